import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  AccountRepository,
  OAuthStateRepository,
  type AccountPatch,
  type AccountRecord,
  type OAuthStateRecord,
  type XTokenSet,
} from '@xp/server/application';
import { AccountEntity, OAuthStateEntity } from '../entities';
import { fields, pick } from './record-fields';
import { TokenCipher } from './token-cipher';
import { TransactionHost } from './transaction-host';

/** A new account needs one approval from an owner, admin or manager until configured otherwise. */
export const DEFAULT_APPROVAL_POLICY = { requiredApprovals: 1, approverRoles: ['owner', 'admin', 'manager'] };

/** What an account record carries: never the token columns (ciphertext, key id, scopes) nor the relations. */
const ACCOUNT_FIELDS = fields(
  'id workspaceId brandId xUserId handle name avatarUrl status timezone approvalPolicy postingSlots rateLimitTier',
  'longPosts replyApproval firstResponseMinutes tokenExpiresAt version createdAt updatedAt',
);

const record = (e: AccountEntity): AccountRecord => pick(e, ACCOUNT_FIELDS);

@Injectable()
export class TypeormAccountRepository extends AccountRepository {
  constructor(
    private readonly tx: TransactionHost,
    private readonly cipher: TokenCipher,
  ) {
    super();
  }

  async list(workspaceId: string, scope: string[] | null): Promise<AccountRecord[]> {
    const qb = this.tx
      .repo(AccountEntity)
      .createQueryBuilder('a')
      .where('a.workspace_id = :workspaceId', { workspaceId });
    if (scope) qb.andWhere('a.id = ANY(:scope)', { scope });
    return (await qb.orderBy('a.handle', 'ASC').getMany()).map(record);
  }

  async find(workspaceId: string, id: string): Promise<AccountRecord | null> {
    const e = await this.tx.repo(AccountEntity).findOneBy({ workspaceId, id });
    return e ? record(e) : null;
  }

  async findByXUser(workspaceId: string, xUserId: string): Promise<AccountRecord | null> {
    const e = await this.tx.repo(AccountEntity).findOneBy({ workspaceId, xUserId });
    return e ? record(e) : null;
  }

  async upsertConnected(
    input: Pick<AccountRecord, 'workspaceId' | 'brandId' | 'xUserId' | 'handle' | 'name' | 'avatarUrl'>,
    tokens: XTokenSet,
    at: Date,
  ): Promise<{ account: AccountRecord; created: boolean }> {
    return this.tx.run(async () => {
      const repo = this.tx.repo(AccountEntity);
      const rows: { id: string; created: boolean }[] = await this.tx.manager.query(
        `INSERT INTO accounts (workspace_id, brand_id, x_user_id, handle, name, avatar_url, status, approval_policy, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'connected', $8, $7, $7)
         ON CONFLICT (workspace_id, x_user_id) DO UPDATE
           SET handle = EXCLUDED.handle, name = EXCLUDED.name, avatar_url = EXCLUDED.avatar_url,
               status = 'connected', updated_at = EXCLUDED.updated_at, version = accounts.version + 1
         RETURNING id, (xmax = 0) AS created`,
        [
          input.workspaceId,
          input.brandId,
          input.xUserId,
          input.handle,
          input.name,
          input.avatarUrl,
          at,
          JSON.stringify(DEFAULT_APPROVAL_POLICY),
        ],
      );
      const { id, created } = rows[0]!;
      await this.saveTokens(id, tokens, at);
      return { account: record((await repo.findOneByOrFail({ id }))!), created };
    });
  }

  async update(
    workspaceId: string,
    id: string,
    version: number,
    patch: AccountPatch,
    at: Date,
  ): Promise<AccountRecord | 'stale' | null> {
    const changed = await this.tx.update(
      AccountEntity,
      { ...(patch as Partial<AccountEntity>), updatedAt: at, version: () => 'version + 1' },
      'id = :id AND workspace_id = :workspaceId AND version = :version',
      { id, workspaceId, version },
    );
    if (changed) return this.find(workspaceId, id);
    return (await this.find(workspaceId, id)) ? 'stale' : null;
  }

  async loadTokens(accountId: string): Promise<XTokenSet | null> {
    const e = await this.tx.repo(AccountEntity).findOneBy({ id: accountId });
    return e ? this.decrypt(e) : null;
  }

  async loadTokensMany(accountIds: string[]): Promise<Map<string, XTokenSet>> {
    const out = new Map<string, XTokenSet>();
    if (!accountIds.length) return out;
    const rows = await this.tx.repo(AccountEntity).findBy({ id: In([...new Set(accountIds)]) });
    for (const e of rows) {
      const tokens = this.decrypt(e);
      if (tokens) out.set(e.id, tokens);
    }
    return out;
  }

  async saveTokens(accountId: string, tokens: XTokenSet | null, at: Date): Promise<void> {
    await this.tx.repo(AccountEntity).update(
      { id: accountId },
      tokens
        ? {
            accessTokenEnc: this.cipher.encrypt(tokens.accessToken, `${accountId}:access`),
            refreshTokenEnc: tokens.refreshToken
              ? this.cipher.encrypt(tokens.refreshToken, `${accountId}:refresh`)
              : null,
            tokenKeyId: this.cipher.activeKeyId,
            tokenExpiresAt: tokens.expiresAt,
            tokenScopes: tokens.scopes,
            updatedAt: at,
          }
        : {
            accessTokenEnc: null,
            refreshTokenEnc: null,
            tokenKeyId: null,
            tokenExpiresAt: null,
            tokenScopes: [],
            updatedAt: at,
          },
    );
  }

  async withAccountLock<T>(accountId: string, fn: (current: XTokenSet | null) => Promise<T>): Promise<T> {
    return this.tx.run(async () => {
      const e = await this.tx
        .repo(AccountEntity)
        .createQueryBuilder('a')
        .setLock('pessimistic_write')
        .where('a.id = :accountId', { accountId })
        .getOne();
      return fn(e ? this.decrypt(e) : null);
    });
  }

  private decrypt(e: AccountEntity): XTokenSet | null {
    if (!e.accessTokenEnc || !e.tokenExpiresAt) return null;
    return {
      accessToken: this.cipher.decrypt(e.accessTokenEnc, `${e.id}:access`),
      ...(e.refreshTokenEnc ? { refreshToken: this.cipher.decrypt(e.refreshTokenEnc, `${e.id}:refresh`) } : {}),
      expiresAt: e.tokenExpiresAt,
      scopes: e.tokenScopes,
    };
  }

  /** Boot check: every key id used by stored tokens is configured and decrypts them. Throws KeyringError otherwise. */
  async verifyKeys(): Promise<void> {
    const rows: { id: string }[] = await this.tx.manager.query(
      `SELECT DISTINCT ON (token_key_id) id FROM accounts WHERE access_token_enc IS NOT NULL ORDER BY token_key_id, updated_at DESC`,
    );
    for (const { id } of rows) await this.loadTokens(id);
  }
}

@Injectable()
export class TypeormOAuthStateRepository extends OAuthStateRepository {
  constructor(
    private readonly tx: TransactionHost,
    private readonly cipher: TokenCipher,
  ) {
    super();
  }

  async insert(s: Omit<OAuthStateRecord, 'id'> & { stateHash: string }, at: Date): Promise<void> {
    const repo = this.tx.repo(OAuthStateEntity);
    const e = repo.create({
      stateHash: s.stateHash,
      workspaceId: s.workspaceId,
      brandId: s.brandId,
      userId: s.userId,
      codeVerifierEnc: this.cipher.encrypt(s.codeVerifier, `oauth:${s.stateHash}`),
      redirectUri: s.redirectUri,
      expiresAt: s.expiresAt,
      usedAt: null,
      createdAt: at,
    });
    await repo.save(e);
  }

  async ownerOf(stateHash: string, now: Date): Promise<string | null> {
    const rows: { userId: string }[] = await this.tx.manager.query(
      `SELECT user_id AS "userId" FROM oauth_states WHERE state_hash = $1 AND used_at IS NULL AND expires_at > $2`,
      [stateHash, now],
    );
    return rows[0]?.userId ?? null;
  }

  async consume(stateHash: string, userId: string, now: Date): Promise<OAuthStateRecord | null> {
    const rows: OAuthStateEntity[][] | [OAuthStateEntity[], number] = await this.tx.manager.query(
      `UPDATE oauth_states SET used_at = $2
        WHERE state_hash = $1 AND user_id = $3 AND used_at IS NULL AND expires_at > $2
       RETURNING id, workspace_id AS "workspaceId", brand_id AS "brandId", user_id AS "userId",
                 code_verifier_enc AS "codeVerifierEnc", redirect_uri AS "redirectUri", expires_at AS "expiresAt"`,
      [stateHash, now, userId],
    );
    const row = (rows[0] as unknown as OAuthStateEntity[])[0];
    if (!row) return null;
    return {
      id: row.id,
      workspaceId: row.workspaceId,
      brandId: row.brandId,
      userId: row.userId,
      codeVerifier: this.cipher.decrypt(row.codeVerifierEnc, `oauth:${stateHash}`),
      redirectUri: row.redirectUri,
      expiresAt: row.expiresAt,
    };
  }
}
