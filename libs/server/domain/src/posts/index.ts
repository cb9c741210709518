export * from './approval-policy';
export * from './post-lifecycle';
export { sha256Hex } from './sha256';
export * from './calendar-range';
export * from './lifecycle-decide';
export * from './post-history';
export * from './bulk-rules';
