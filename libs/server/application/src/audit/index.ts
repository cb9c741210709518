export * from './audit.ports';
export * from './audit-store.ports';
export * from './audit-chain';
export * from './csv';
export * from './notification-preferences';
export * from './webhook-signature';
export * from './audit.service';
export * from './notification.service';
