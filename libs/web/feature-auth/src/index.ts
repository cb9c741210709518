// Pages of this feature, loaded lazily by the shell's routes (libs/web/feature-shell/src/lib/routes.ts).
export * from './lib/accept-invitation-page';
export * from './lib/confirm-registration-page';
export * from './lib/connect-error-page';
export * from './lib/no-workspace-page';
export * from './lib/sign-in-page';
