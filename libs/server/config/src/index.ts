export * from './app-config';
export * from './sandbox-config';
