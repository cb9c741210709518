// The rule book: pure rules both the web app and the server apply (no framework, no clock: `now` is a parameter).
export * from './zoned-time';
export * from './slots';
export * from './tier-budgets';
export * from './tags';
export * from './hold-coverage';
export * from './tweet-text';
export * from './permissions';
export * from './x-search-query';
