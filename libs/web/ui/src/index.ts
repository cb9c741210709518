export * from './lib/alert';
export * from './lib/badge';
export * from './lib/copy-button';
export * from './lib/language-switch';
export * from './lib/message.pipe';
