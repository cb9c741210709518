import { Injectable, Logger } from '@nestjs/common';
import { catalogueError, coversAccount, DomainError, forbidden, staleVersion } from '@xp/server/domain';
import { BrandRepository, Clock, PublicUrls, UnitOfWork } from '../ports';
import { AuditLog } from '../audit/audit.ports';
import { AccessService, isUuid, type Actor } from '../identity/access.service';
import { hashSecret, newSecret } from '../identity/secrets';
import {
  AccountRepository,
  OAuthStateRepository,
  XGateway,
  type AccountPatch,
  type AccountRecord,
  type XSegmentInput,
} from './account.ports';

const OAUTH_STATE_TTL_MS = 10 * 60 * 1000;

/** Connecting X accounts (OAuth 2.0 with PKCE), their settings, and disconnecting them. */
@Injectable()
export class AccountService {
  private readonly logger = new Logger('Accounts');

  constructor(
    private readonly accounts: AccountRepository,
    private readonly states: OAuthStateRepository,
    private readonly brands: BrandRepository,
    private readonly x: XGateway,
    private readonly access: AccessService,
    private readonly urls: PublicUrls,
    private readonly clock: Clock,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditLog,
  ) {}

  get callbackUrl(): string {
    return `${this.urls.base}/api/oauth/x/callback`;
  }

  /** Starts the PKCE flow: a single-use state bound to this user, workspace and brand, valid 10 minutes. */
  async startConnect(workspaceId: string, actor: Actor, brandId: string): Promise<{ authorizeUrl: string }> {
    await this.access.require(workspaceId, actor, 'accounts.connect');
    if (!isUuid(brandId) || !(await this.brands.find(workspaceId, brandId))) {
      throw new DomainError('invalid', 'BRAND_NOT_FOUND', 'Choose a brand of this workspace for the account', [
        { field: 'brandId', message: 'unknown brand' },
      ]);
    }
    if (!this.x.configured) {
      throw catalogueError('refused', 'X_NOT_CONFIGURED');
    }
    const state = newSecret('st', 24);
    const { url, codeVerifier } = this.x.authorizeLink(this.callbackUrl, state);
    const now = this.clock.now();
    await this.states.insert(
      {
        stateHash: hashSecret(state),
        workspaceId,
        brandId,
        userId: actor.userId,
        codeVerifier,
        redirectUri: this.callbackUrl,
        expiresAt: new Date(now.getTime() + OAUTH_STATE_TTL_MS),
      },
      now,
    );
    return { authorizeUrl: url };
  }

  /**
   * The OAuth callback: consumes the state (it must belong to the signed-in user), exchanges the code, reads the
   * profile and stores the account with its tokens encrypted. Reconnecting the same X account updates it.
   */
  async completeConnect(
    actor: Actor | null,
    input: { state?: string; code?: string; error?: string },
  ): Promise<{ workspaceId: string; account: AccountRecord; created: boolean }> {
    if (!input.state) throw catalogueError('invalid', 'OAUTH_STATE_MISSING');
    // The owner is checked before the state is consumed: another user's callback must not burn the rightful
    // user's flow.
    const stateHash = hashSecret(input.state);
    const st = actor ? await this.states.consume(stateHash, actor.userId, this.clock.now()) : null;
    if (!st) {
      const owner = await this.states.ownerOf(stateHash, this.clock.now());
      // Signed out here (the session expired, or it lives under another host name): not someone else's flow.
      if (owner && !actor) throw catalogueError('unauthenticated', 'OAUTH_SIGN_IN_REQUIRED');
      if (owner && owner !== actor?.userId) throw catalogueError('forbidden', 'OAUTH_STATE_OTHER_USER');
      throw catalogueError('invalid', 'OAUTH_STATE_INVALID');
    }
    if (!actor) throw new DomainError('forbidden', 'OAUTH_STATE_OTHER_USER', 'Sign in to finish connecting');
    await this.access.require(st.workspaceId, actor, 'accounts.connect');
    if (input.error || !input.code) throw catalogueError('refused', 'X_AUTHORIZATION_DENIED');
    const res = await this.x.exchangeCode({
      code: input.code,
      codeVerifier: st.codeVerifier,
      redirectUri: st.redirectUri,
    });
    if (res.kind !== 'ok')
      throw new DomainError('refused', 'X_EXCHANGE_FAILED', `X refused the connection: ${res.detail}`);
    const { tokens, user } = res.value;
    const { account, created } = await this.uow.run(async () => {
      const r = await this.accounts.upsertConnected(
        {
          workspaceId: st.workspaceId,
          brandId: st.brandId,
          xUserId: user.id,
          handle: user.username,
          name: user.name,
          avatarUrl: user.profileImageUrl ?? null,
        },
        tokens,
        this.clock.now(),
      );
      await this.audit.record({
        workspaceId: st.workspaceId,
        actorId: actor.userId,
        action: r.created ? 'account.connected' : 'account.reconnected',
        subjectType: 'account',
        subjectId: r.account.id,
        data: { handle: r.account.handle, xUserId: user.id, brandId: st.brandId },
      });
      return r;
    });
    return { workspaceId: st.workspaceId, account, created };
  }

  async list(workspaceId: string, actor: Actor): Promise<AccountRecord[]> {
    const m = await this.access.require(workspaceId, actor, 'accounts.read');
    return this.accounts.list(workspaceId, m.accountIds);
  }

  async get(workspaceId: string, actor: Actor, id: string): Promise<AccountRecord> {
    const m = await this.access.require(workspaceId, actor, 'accounts.read');
    const a = isUuid(id) ? await this.accounts.find(workspaceId, id) : null;
    if (!a || !coversAccount(m.accountIds, a.id)) throw catalogueError('not_found', 'ACCOUNT_NOT_FOUND');
    return a;
  }

  async update(
    workspaceId: string,
    actor: Actor,
    id: string,
    patch: AccountPatch,
    version: number,
  ): Promise<AccountRecord> {
    const m = await this.access.require(workspaceId, actor, 'accounts.configure');
    if (!coversAccount(m.accountIds, id)) throw catalogueError('not_found', 'ACCOUNT_NOT_FOUND');
    if (
      patch.brandId !== undefined &&
      (!isUuid(patch.brandId) || !(await this.brands.find(workspaceId, patch.brandId)))
    ) {
      throw new DomainError('invalid', 'BRAND_NOT_FOUND', 'Unknown brand', [
        { field: 'brandId', message: 'unknown brand' },
      ]);
    }
    if (patch.timezone !== undefined && !isTimeZone(patch.timezone)) {
      throw new DomainError(
        'invalid',
        'BAD_TIMEZONE',
        `Unknown timezone "${patch.timezone}" (use an IANA name such as Europe/Paris)`,
        [{ field: 'timezone', message: 'unknown IANA timezone' }],
      );
    }
    return this.uow.run(async () => {
      const res = isUuid(id) ? await this.accounts.update(workspaceId, id, version, patch, this.clock.now()) : null;
      return this.audited(res, workspaceId, actor, id, 'account.updated', { ...patch });
    });
  }

  /** Disconnects: revokes the tokens at X (best effort), forgets them, and marks the account disconnected. */
  async disconnect(workspaceId: string, actor: Actor, id: string): Promise<AccountRecord> {
    const m = await this.access.require(workspaceId, actor, 'accounts.connect');
    const a = isUuid(id) ? await this.accounts.find(workspaceId, id) : null;
    if (!a || !coversAccount(m.accountIds, a.id)) throw catalogueError('not_found', 'ACCOUNT_NOT_FOUND');
    const tokens = await this.accounts.loadTokens(a.id);
    if (tokens) {
      for (const [token, hint] of [
        [tokens.refreshToken, 'refresh_token'],
        [tokens.accessToken, 'access_token'],
      ] as const) {
        if (!token) continue;
        const r = await this.x.revoke(token, hint);
        if (r.kind !== 'ok') this.logger.warn(`revoking a token of @${a.handle} failed: ${r.detail}`);
      }
    }
    return this.uow.run(async () => {
      await this.accounts.saveTokens(a.id, null, this.clock.now());
      const res = await this.accounts.update(
        workspaceId,
        a.id,
        a.version,
        { status: 'disconnected' },
        this.clock.now(),
      );
      return this.audited(res, workspaceId, actor, a.id, 'account.disconnected', { handle: a.handle });
    });
  }

  /**
   * Publishes a thread now (used by the scheduler and by operators). Media are uploaded first with their alt text.
   */
  async publishThreadNow(
    workspaceId: string,
    actor: Actor,
    accountId: string,
    segments: { text: string; media?: { data: Buffer; mimeType: string; altText?: string }[] }[],
  ): Promise<{ tweetIds: string[] }> {
    const account = await this.get(workspaceId, actor, accountId);
    const m = await this.access.require(workspaceId, actor, 'posts.approve');
    if (!coversAccount(m.accountIds, account.id)) throw forbidden();
    if (account.status !== 'connected')
      throw new DomainError(
        'conflict',
        'ACCOUNT_NOT_CONNECTED',
        `@${account.handle} is ${account.status}; reconnect it first`,
      );
    const prepared: XSegmentInput[] = [];
    for (const s of segments) {
      const mediaIds: string[] = [];
      for (const media of s.media ?? []) {
        const up = await this.x.uploadMedia(account.id, media);
        if (up.kind !== 'ok') {
          if (up.kind === 'auth') await this.markNeedsReauth(account);
          throw new DomainError('refused', 'X_MEDIA_FAILED', `X refused the media: ${up.detail}`);
        }
        mediaIds.push(up.value.mediaId);
      }
      prepared.push({ text: s.text, ...(mediaIds.length ? { mediaIds } : {}) });
    }
    const r = await this.x.publishThread(account.id, prepared);
    if (r.kind !== 'published') {
      if (r.kind === 'auth') await this.markNeedsReauth(account);
      throw new DomainError('refused', 'X_PUBLISH_FAILED', `X did not publish: ${r.detail}`);
    }
    return { tweetIds: r.tweetIds };
  }

  /** X refused the account's credentials (expired grant, refresh rejected): its owners must reconnect it. */
  async markNeedsReauth(account: AccountRecord): Promise<void> {
    const current = await this.accounts.find(account.workspaceId, account.id);
    if (!current || current.status !== 'connected') return;
    const res = await this.accounts.update(
      account.workspaceId,
      account.id,
      current.version,
      { status: 'needs_reauth' },
      this.clock.now(),
    );
    if (res !== null && res !== 'stale')
      this.logger.warn(`@${account.handle} needs to be reconnected (X refused its credentials)`);
  }

  /** The outcome of a member's update of an account: not found, stale, or the updated account, audited as `action`. */
  private async audited(
    res: AccountRecord | 'stale' | null,
    workspaceId: string,
    actor: Actor,
    id: string,
    action: string,
    data: Record<string, unknown>,
  ): Promise<AccountRecord> {
    if (res === null) throw catalogueError('not_found', 'ACCOUNT_NOT_FOUND');
    if (res === 'stale') throw staleVersion();
    await this.audit.record({
      workspaceId,
      actorId: actor.userId,
      action,
      subjectType: 'account',
      subjectId: id,
      data,
    });
    return res;
  }
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
