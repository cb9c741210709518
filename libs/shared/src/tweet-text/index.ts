export * from './tweet-text';
