export * from './volume-baseline';
export * from './monitor-rules';
