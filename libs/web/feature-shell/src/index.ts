export * from './lib/guards';
export * from './lib/i18n/title-strategy';
export * from './lib/routes';
