export * from './recruiting.ports';
export * from './recruiting-access';
export * from './job-offer.service';
export * from './queue.service';
export * from './recurrence.service';
export * from './live-event.service';
export * from './bulk-import.service';
export * from './calendar-feed.service';
