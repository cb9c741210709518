export * from './analytics.ports';
export * from './analytics-budget';
export * from './analytics.service';
export * from './snapshot-worker.service';
export * from './promo-offers-report.service';
export * from './best-hours.service';
