export * from './snapshot-rules';
export * from './thinning';
export * from './self-promotion-report';
export * from './best-hours';
export * from './live-report';
