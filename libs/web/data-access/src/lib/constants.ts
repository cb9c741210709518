import type { Locale, Role } from '@xp/shared';

// The web imports only *types* from @xp/shared: its barrel also carries server-grade code
// (twitter-text and its core-js polyfills) that must not land in the browser bundle by accident.
// These copies are checked against the shared unions at compile time.

export const WEB_ROLES = ['owner', 'admin', 'manager', 'editor', 'viewer'] as const satisfies readonly Role[];
export const WEB_LOCALES = ['fr', 'en'] as const satisfies readonly Locale[];

type Exhaustive<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false;
export const ROLES_ARE_EXHAUSTIVE: Exhaustive<Role, (typeof WEB_ROLES)[number]> = true;
export const LOCALES_ARE_EXHAUSTIVE: Exhaustive<Locale, (typeof WEB_LOCALES)[number]> = true;

/** Roles that manage members, invitations and read the outbox. */
export const MANAGER_ROLES: readonly Role[] = ['owner', 'admin'];
