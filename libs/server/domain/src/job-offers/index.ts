export * from './job-offer-template';
