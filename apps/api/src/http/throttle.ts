import { applyDecorators, Injectable, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';

/** Throttles per client address and email, so one attacker cannot lock everybody out and one account cannot be brute-forced. */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const body = req['body'] as { email?: unknown } | undefined;
    const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
    return `${String(req['ip'])}|${email}`;
  }
}

/** Login, registration and password attempts: LOGIN_THROTTLE_LIMIT per LOGIN_THROTTLE_TTL_SECONDS. */
export const LoginThrottled = () => applyDecorators(UseGuards(LoginThrottlerGuard));
