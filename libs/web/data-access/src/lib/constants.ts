import { LOCALES, ROLES, type Locale, type Role } from '@xp/shared';

/** The shared unions, under the names the pages use (listed once, in @xp/shared). */
export const WEB_ROLES = ROLES;
export const WEB_LOCALES = LOCALES;

type Exhaustive<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false;
export const ROLES_ARE_EXHAUSTIVE: Exhaustive<Role, (typeof WEB_ROLES)[number]> = true;
export const LOCALES_ARE_EXHAUSTIVE: Exhaustive<Locale, (typeof WEB_LOCALES)[number]> = true;

/** Roles that manage members, invitations and read the outbox. */
export const MANAGER_ROLES: readonly Role[] = ['owner', 'admin'];
