export * from './lib/calendar-page';
