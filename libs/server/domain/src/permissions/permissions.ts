import type { Role } from '@xp/shared';

/**
 * The role/permission matrix: the one place that says who may do what in a workspace.
 * docs/permissions.md is this table in prose; a test keeps them in step.
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
  'posts.write': ['owner', 'admin', 'manager', 'editor'],
  'posts.approve': ['owner', 'admin', 'manager'],
  'posts.override_charter': ['owner', 'admin'],
  'holds.place': ['owner', 'admin', 'manager', 'editor'],
  'holds.release': ['owner', 'admin', 'manager'],
  'outbox.read': ['owner', 'admin'],
  'audit.read': ['owner', 'admin', 'manager'],
  'webhooks.manage': ['owner', 'admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
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
