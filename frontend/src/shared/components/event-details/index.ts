export * from './EventDetails';
