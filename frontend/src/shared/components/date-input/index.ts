export * from './DateInput';
