export * from './inbox.ports';
export * from './x-events';
export * from './inbox-ingest.service';
export * from './x-webhook.service';
export * from './conversation.service';
export * from './inbox-reply.service';
export * from './saved-reply.service';
