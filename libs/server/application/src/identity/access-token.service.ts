import { Injectable } from '@nestjs/common';
import { catalogueError } from '@xp/server/domain';
import { AccessTokenRepository, Clock, type AccessTokenRecord, type PageRequest, type PageResult } from '../ports';
import { isUuid, type Actor } from './access.service';
import { hashSecret, newSecret } from './secrets';

/** A token created without an expiry lasts this long (a forgotten token must not live forever). */
export const DEFAULT_TOKEN_TTL_DAYS = 90;

/** Personal access tokens for scripts: `Authorization: Bearer xpat_…`, stored hashed, shown once. */
@Injectable()
export class AccessTokenService {
  constructor(
    private readonly tokens: AccessTokenRepository,
    private readonly clock: Clock,
  ) {}

  async create(
    actor: Actor,
    name: string,
    expiresInDays?: number,
  ): Promise<{ record: AccessTokenRecord; token: string }> {
    const token = newSecret('xpat');
    const now = this.clock.now();
    const record = await this.tokens.insert({
      userId: actor.userId,
      name: name.trim(),
      tokenHash: hashSecret(token),
      prefix: token.slice(0, 12),
      createdAt: now,
      expiresAt: new Date(now.getTime() + (expiresInDays ?? DEFAULT_TOKEN_TTL_DAYS) * 86_400_000),
    });
    return { record, token };
  }

  list(actor: Actor, page: PageRequest): Promise<PageResult<AccessTokenRecord>> {
    return this.tokens.listForUser(actor.userId, page);
  }

  async revoke(actor: Actor, id: string): Promise<void> {
    if (!isUuid(id) || !(await this.tokens.revoke(actor.userId, id, this.clock.now()))) {
      throw catalogueError('not_found', 'TOKEN_NOT_FOUND');
    }
  }

  /** The user id behind a bearer token, or null when it is unknown, revoked or expired. */
  async authenticate(token: string): Promise<string | null> {
    if (!/^xpat_[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
    const now = this.clock.now();
    const rec = await this.tokens.findActiveByHash(hashSecret(token), now);
    if (!rec) return null;
    if (!rec.lastUsedAt || now.getTime() - rec.lastUsedAt.getTime() > 60_000) await this.tokens.touch(rec.id, now);
    return rec.userId;
  }
}
