export * from './reply-rule';
export * from './conversation-rules';
