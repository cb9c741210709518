export * from './lib/composer-page';
