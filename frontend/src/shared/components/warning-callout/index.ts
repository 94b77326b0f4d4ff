export * from './WarningCallout';
