export * from './UnsavedChanges';
