export * from './StatusFilter';
