export * from './listening.ports';
export * from './monitor.service';
export * from './listening-poll.service';
export * from './workspace-cap';
export * from './listening-inbox';
