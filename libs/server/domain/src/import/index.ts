export * from './import-row';
