export * from './snapshot-rules';
export * from './thinning';
export * from './live-report';
