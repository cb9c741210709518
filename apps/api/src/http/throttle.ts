import { applyDecorators, UseGuards } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerOptions } from '@nestjs/throttler';
import type { AppConfig } from '@xp/server/config';

const address = (req: Record<string, unknown>) => String(req['ip']);
const addressAndEmail = (req: Record<string, unknown>) => {
  const body = req['body'] as { email?: unknown } | undefined;
  const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
  return `${address(req)}|${email}`;
};

/**
 * Two limits on login, registration and password attempts, both must pass:
 * - per address and e-mail (LOGIN_THROTTLE_LIMIT): one account cannot be brute-forced, and one attacker cannot
 *   lock everybody else out of their account;
 * - per address alone (LOGIN_THROTTLE_ADDRESS_LIMIT): one address cannot spray a password over many e-mails.
 */
export function loginThrottlers(config: AppConfig): ThrottlerOptions[] {
  const ttl = config.loginThrottle.ttlSeconds * 1000;
  return [
    { name: 'auth', ttl, limit: config.loginThrottle.limit, getTracker: addressAndEmail },
    { name: 'auth-address', ttl, limit: config.loginThrottle.addressLimit, getTracker: address },
  ];
}

/** Login, registration and password attempts, throttled by `loginThrottlers`. */
export const LoginThrottled = () => applyDecorators(UseGuards(ThrottlerGuard));
