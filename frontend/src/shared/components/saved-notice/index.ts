export * from './SavedNotice';
