export * from './lib/live-page';
