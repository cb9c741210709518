export * from './retarget-plugin';
export * from './x-token-store';
export * from './x-outcome';
export * from './x-api-client';
export * from './x-gateway.adapter';
export * from './x-api.module';
export * from './x-listen.adapter';
export * from './sandbox-clock';
