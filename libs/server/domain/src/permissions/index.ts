// The matrix lives in the shared rule book (the web app reads it too); the domain re-exports it.
export { PERMISSIONS, can, canGrantRole, coversAccount, permissionsOf, type Permission } from '@xp/shared';
