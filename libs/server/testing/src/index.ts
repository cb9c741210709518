export * from './test-clock';
export * from './test-config';
export * from './test-database';
export * from './post-factory';
export * from './post-seeding';
