// What the app needs before any page: the UI language and where to go after sign-in. No components here, so
// that importing it eagerly (app config, guards) does not pull components into the initial bundle.
export * from './lib/language';
export * from './lib/navigation';
export * from './lib/numbers';
export * from './lib/week-hours';
