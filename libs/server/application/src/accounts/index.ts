export * from './account.ports';
export * from './account.service';
