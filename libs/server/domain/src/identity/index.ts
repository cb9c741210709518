export * from './identity-rules';
