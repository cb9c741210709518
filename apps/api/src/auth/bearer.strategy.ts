import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-http-bearer';
import { AccessTokenService } from '@xp/server/application';
import type { SessionUser } from './auth.decorators';

/** `Authorization: Bearer xpat_…` personal access tokens, for scripts and integrations. */
@Injectable()
export class BearerStrategy extends PassportStrategy(Strategy, 'bearer') {
  constructor(private readonly tokens: AccessTokenService) {
    super();
  }

  async validate(token: string): Promise<SessionUser | false> {
    const userId = await this.tokens.authenticate(token);
    return userId ? { id: userId, via: 'token' } : false;
  }
}
