export * from './api/auth';
export * from './rules';
export * from './api/posts';
export * from './api/recruiting';
export * from './messages';
