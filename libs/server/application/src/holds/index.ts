export * from './holds.ports';
export * from './hold.service';
