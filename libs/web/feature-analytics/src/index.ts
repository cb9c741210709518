// Pages of this feature, loaded lazily by the shell's routes (libs/web/feature-shell/src/lib/routes.ts).
export * from './lib/analytics-page';
