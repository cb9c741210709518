export * from './publishing.ports';
export * from './publishing.service';
export * from './rate-budget';
