export * from './snapshot-rules';
export * from './thinning';
