import type { Role } from '../api/identity';

/**
 * The role/permission matrix: the one place that says who may do what in a workspace. The server enforces it; the
 * web app reads the same table to show or hide actions and to explain each role (`@xp/shared/permissions`).
 * docs/permissions.md is this table in prose; a test keeps them in step.
 *
 * A viewer is a stakeholder who follows the work without changing it (legal, communications, the client of an
 * agency): it reads everything in its scope, comments on posts (comments never change what is published) and may
 * subscribe to the calendar it can read (an iCal feed dies with its membership); it writes no post, places no hold.
 */
export const PERMISSIONS = {
  'workspace.read': ['owner', 'admin', 'manager', 'editor', 'viewer'],
  'workspace.update': ['owner', 'admin'],
  'members.read': ['owner', 'admin', 'manager', 'editor', 'viewer'],
  'members.manage': ['owner', 'admin'],
  'invitations.manage': ['owner', 'admin'],
  'brands.read': ['owner', 'admin', 'manager', 'editor', 'viewer'],
  'brands.write': ['owner', 'admin'],
  'charter.write': ['owner', 'admin', 'manager'],
  'accounts.read': ['owner', 'admin', 'manager', 'editor', 'viewer'],
  'accounts.connect': ['owner', 'admin'],
  'accounts.configure': ['owner', 'admin'],
  'posts.read': ['owner', 'admin', 'manager', 'editor', 'viewer'],
  'posts.comment': ['owner', 'admin', 'manager', 'editor', 'viewer'],
  'posts.write': ['owner', 'admin', 'manager', 'editor'],
  'posts.approve': ['owner', 'admin', 'manager'],
  'posts.override_charter': ['owner', 'admin'],
  'holds.place': ['owner', 'admin', 'manager', 'editor'],
  'holds.release': ['owner', 'admin', 'manager'],
  'calendar.subscribe': ['owner', 'admin', 'manager', 'editor', 'viewer'],
  'outbox.read': ['owner', 'admin'],
  'audit.read': ['owner', 'admin', 'manager'],
  'webhooks.manage': ['owner', 'admin'],
  'listening.read': ['owner', 'admin', 'manager', 'editor', 'viewer'],
  'listening.manage': ['owner', 'admin', 'manager'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return !!role && (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** Every permission a role holds, in the matrix's order (the web's role descriptions). */
export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(role, p));
}

/** Roles that may be granted by a member of role `actor` (nobody grants above themselves; only owners make owners). */
export function canGrantRole(actor: Role, target: Role): boolean {
  if (actor === 'owner') return true;
  if (actor === 'admin') return target !== 'owner';
  return false;
}

/** Whether a membership limited to `scope` (null = every account) covers `accountId`. */
export function coversAccount(scope: readonly string[] | null, accountId: string): boolean {
  return scope === null || scope.includes(accountId);
}
