export * from './api/common';
export * from './api/auth';
export * from './tweet-text';
export * from './api/posts';
export * from './api/recruiting';
