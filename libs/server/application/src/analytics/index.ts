export * from './analytics.ports';
export * from './analytics-budget';
export * from './analytics.service';
export * from './snapshot-worker.service';
export * from './best-hours.service';
