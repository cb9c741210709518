export * from './account.ports';
export * from './account.service';
export * from './brand-scope';
