import type { Role } from '@xp/shared';
import { ROLES } from '@xp/shared';

const COMMON = new Set([
  'password',
  'password1',
  'password123',
  '1234567890',
  '0123456789',
  'azertyuiop',
  'qwertyuiop',
  'motdepasse',
  'motdepasse1',
  'iloveyou12',
  'changeme123',
  'administrator',
  'welcome123',
  'bienvenue1',
  'soleil1234',
]);

/** Why a password is refused, or null. Length first (NIST 800-63B): 10–128 characters, not a known weak one. */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < 10) return 'Password must be at least 10 characters long';
  if (password.length > 128) return 'Password must be at most 128 characters long';
  if (new Set(password).size < 4) return 'Password is too repetitive';
  if (COMMON.has(password.toLowerCase())) return 'This password is too common';
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && password.toLowerCase().includes(local))
    return 'Password must not contain your email address';
  return null;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function isRole(v: unknown): v is Role {
  return typeof v === 'string' && (ROLES as readonly string[]).includes(v);
}

/** Invitation links are valid for 7 days. */
export const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

/** A sign-up confirmation link (REGISTRATION_VERIFY_EMAIL) is valid for 24 hours, once. */
export const REGISTRATION_TTL_MS = 24 * 3600 * 1000;
