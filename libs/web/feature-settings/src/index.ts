// Pages of this feature, loaded lazily by the shell's routes (libs/web/feature-shell/src/lib/routes.ts).
export * from './lib/account-page';
export * from './lib/calendar-feeds-page';
export * from './lib/outbox-page';
export * from './lib/owner/audit-page';
export * from './lib/owner/webhooks-page';
export * from './lib/owner/charter-page';
