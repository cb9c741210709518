export * from './lib/inbox-page';
export * from './lib/post-page';
