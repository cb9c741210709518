export * from './lib/components/api-error-alert';
export * from './lib/guards';
export * from './lib/i18n/language';
export * from './lib/i18n/title-strategy';
export * from './lib/routes';
