import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import {
  LONG_POST_MAX_WEIGHTED_LENGTH,
  parseTweetText,
  TWEET_MAX_WEIGHTED_LENGTH,
  type PostListView,
  type Role,
} from '@xp/shared';
import {
  blocking,
  CALENDAR_MAX_POSTS,
  checkCalendarRange,
  checkCharter,
  contentHash,
  coversAccount,
  decide,
  defaultCharter,
  DomainError,
  LIFECYCLE_REFUSAL_KINDS,
  newPostLifecycleState,
  staleVersion,
  type ApprovalPolicy,
  type Charter,
  type Finding,
  type LifecycleAction,
  type LifecycleEffect,
  type PostKind,
  type PostLifecycleState,
  type PostStatus,
  type Approval,
} from '@xp/server/domain';
import { AccountRepository, type AccountRecord } from '../accounts/account.ports';
import { AuditLog, Notifier, type NotificationEvent } from '../audit/audit.ports';
import { AuditRepository, type AuditEventRecord } from '../audit/audit-store.ports';
import { AccessService, isUuid, type Actor } from '../identity/access.service';
import { Clock, MembershipRepository, UnitOfWork } from '../ports';
import {
  CharterRepository,
  MediaRepository,
  PostRepository,
  type CalendarItemRecord,
  type CommentRecord,
  type PostQuery,
  type PostRecord,
  type PostSegment,
} from './post.ports';

export interface SegmentInput {
  text: string;
  mediaIds?: string[];
  poll?: { options: string[]; durationMinutes: number } | null;
}
export interface PostInput {
  accountId: string;
  segments: SegmentInput[];
  scheduledAt?: Date | null;
  publishBy?: Date | null;
  tags?: string[];
  kind?: PostKind;
}
export interface SegmentView extends PostSegment {
  weightedLength: number;
  maxWeightedLength: number;
  valid: boolean;
}
export interface PostView {
  post: PostRecord;
  segments: SegmentView[];
  held: boolean;
  approvals: (Approval & { current: boolean })[];
  approvalsRequired: number;
  findings: Finding[];
  /** What was last approved, when the current content differs from it (the reviewer's diff). */
  lastApprovedSegments: PostSegment[] | null;
}

/** The calendar range query's filters. */
export interface CalendarQuery {
  from?: Date;
  to?: Date;
  accountId?: string;
  brandId?: string;
  status?: PostStatus[];
  tag?: string;
  limit?: number;
}

/** Bump when the calendar answer's content changes for the same data (it is part of its validator). */
const CALENDAR_ANSWER_FORMAT = 1;

/** The accounts a calendar query covers: the member's scope, narrowed by `accountId`; 'none' when outside it. */
function calendarScope(scope: string[] | null, accountId: string | undefined): string[] | null | 'none' {
  if (!accountId) return scope;
  return coversAccount(scope, accountId) ? [accountId] : 'none';
}

const MAX_SEGMENTS = 25;
const postNotFound = () => new DomainError('not_found', 'POST_NOT_FOUND', 'Post not found');

/**
 * The editorial workflow: drafts, threads, review, approvals bound to content, charter findings, cancel.
 * Every transition is decided by the domain state machine (`decide`), audited, and notified.
 */
@Injectable()
export class PostService {
  constructor(
    private readonly posts: PostRepository,
    private readonly accounts: AccountRepository,
    private readonly charters: CharterRepository,
    private readonly media: MediaRepository,
    private readonly memberships: MembershipRepository,
    private readonly access: AccessService,
    private readonly audit: AuditLog,
    private readonly auditTrail: AuditRepository,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
    private readonly uow: UnitOfWork,
  ) {}

  // ---- reading ---------------------------------------------------------------------------------------

  async get(workspaceId: string, actor: Actor, id: string): Promise<PostView> {
    const m = await this.access.require(workspaceId, actor, 'posts.read');
    const post = isUuid(id) ? await this.posts.find(workspaceId, id) : null;
    if (!post || !coversAccount(m.accountIds, post.accountId)) throw postNotFound();
    return this.view(post);
  }

  /**
   * The calendar range query. With a range (both ends, at most 62 days) it answers every post in it, up to a ceiling
   * of CALENDAR_MAX_POSTS beyond which it refuses rather than cutting silently; without one, every post matching
   * the other filters up to `limit` (default 5000). No charter run per post (the composer and the post page show
   * findings) and no per-post queries: one query for the posts, one for holds, one for accounts.
   */
  async list(workspaceId: string, actor: Actor, q: CalendarQuery): Promise<PostView[]> {
    const { rows, accounts, holds } = await this.range(workspaceId, actor, q, (pq) => this.posts.list(workspaceId, pq));
    return rows.map((p) => this.lightView(p, accounts.get(p.accountId), holds));
  }

  /** The calendar's lighter answer: the posts of `list`, each with whether a hold covers it, lengths not measured. */
  async calendar(
    workspaceId: string,
    actor: Actor,
    q: CalendarQuery,
  ): Promise<{ item: CalendarItemRecord; held: boolean }[]> {
    const { rows, accounts, holds } = await this.range(workspaceId, actor, q, (pq) =>
      this.posts.calendarItems(workspaceId, pq),
    );
    return rows.map((item) => {
      const account = accounts.get(item.accountId);
      return { item, held: account ? isHeld(holds, account) : false };
    });
  }

  private async range<T>(
    workspaceId: string,
    actor: Actor,
    q: CalendarQuery,
    load: (q: PostQuery) => Promise<T[]>,
  ): Promise<{ rows: T[]; accounts: Map<string, AccountRecord>; holds: { scope: string; targetId: string }[] }> {
    const m = await this.access.require(workspaceId, actor, 'posts.read');
    checkCalendarRange(q.from, q.to);
    const accountIds = calendarScope(m.accountIds, q.accountId);
    if (accountIds === 'none') return { rows: [], accounts: new Map<string, AccountRecord>(), holds: [] };
    const ranged = !!(q.from && q.to);
    const limit = q.limit ?? (ranged ? CALENDAR_MAX_POSTS + 1 : 5000);
    const rows = await load({
      from: q.from,
      to: q.to,
      accountIds,
      brandId: q.brandId,
      statuses: q.status,
      tag: q.tag,
      limit,
    });
    if (q.limit === undefined && ranged && rows.length > CALENDAR_MAX_POSTS) {
      throw new DomainError(
        'invalid',
        'RANGE_TOO_DENSE',
        `More than ${CALENDAR_MAX_POSTS} posts in this range: narrow the range or filter by brand, account or status`,
        [{ field: 'to', message: 'narrow the range' }],
      );
    }
    const holds = await this.posts.activeHolds(workspaceId);
    const accounts = new Map((await this.accounts.list(workspaceId, null)).map((a) => [a.id, a]));
    return { rows, accounts, holds };
  }

  /**
   * A validator for the calendar range answer to this actor and query: it changes whenever the answer may change
   * (any post, hold or account of the workspace written, another account scope, another query), costs a few index
   * probes whatever the number of posts, and is null while it cannot be trusted (a write may still commit), in
   * which case the caller computes the answer without one. Same checks and errors as `list`.
   */
  async listVersion(
    workspaceId: string,
    actor: Actor,
    q: CalendarQuery,
    view: PostListView = 'full',
  ): Promise<string | null> {
    const m = await this.access.require(workspaceId, actor, 'posts.read');
    checkCalendarRange(q.from, q.to);
    const accountIds = calendarScope(m.accountIds, q.accountId);
    const stamp = await this.posts.calendarStamp(workspaceId);
    if (stamp === null) return null;
    return createHash('sha256')
      .update(
        JSON.stringify([
          CALENDAR_ANSWER_FORMAT,
          view,
          stamp,
          accountIds,
          q.from?.getTime() ?? null,
          q.to?.getTime() ?? null,
          q.brandId ?? null,
          q.status ? [...q.status].sort() : null,
          q.tag?.toLowerCase().replace(/^#/, '') ?? null,
          q.limit ?? null,
        ]),
      )
      .digest('base64url')
      .slice(0, 32);
  }

  /** Length and charter findings for content not yet saved. */
  async check(
    workspaceId: string,
    actor: Actor,
    input: PostInput & { postId?: string },
  ): Promise<{ segments: SegmentView[]; findings: Finding[] }> {
    await this.access.require(workspaceId, actor, 'posts.read');
    const account = await this.account(workspaceId, actor, input.accountId);
    const segments = await this.segments(workspaceId, input.segments, false);
    const findings = await this.findings(workspaceId, account, {
      id: input.postId ?? null,
      kind: input.kind ?? 'standard',
      segments,
      tags: input.tags ?? [],
      scheduledAt: input.scheduledAt ?? null,
    });
    return { segments: this.measure(segments, account), findings };
  }

  /** The post's status timeline, from the audit trail (oldest first). */
  async history(workspaceId: string, actor: Actor, id: string): Promise<AuditEventRecord[]> {
    await this.get(workspaceId, actor, id);
    const page = await this.auditTrail.list(workspaceId, { subjectType: 'post', subjectId: id }, { limit: 500 });
    return page.items.reverse();
  }

  async comments(workspaceId: string, actor: Actor, id: string): Promise<CommentRecord[]> {
    await this.get(workspaceId, actor, id);
    return this.posts.comments(workspaceId, id);
  }

  // ---- writing ---------------------------------------------------------------------------------------

  async create(workspaceId: string, actor: Actor, input: PostInput): Promise<PostView> {
    await this.access.require(workspaceId, actor, 'posts.write');
    const account = await this.account(workspaceId, actor, input.accountId);
    this.checkTimes(input.scheduledAt ?? null, input.publishBy ?? null);
    const segments = await this.segments(workspaceId, input.segments, true, account);
    const hash = contentHash(segments);
    const now = this.clock.now();
    return this.uow.run(async () => {
      const state = newPostLifecycleState({
        authorId: actor.userId,
        contentHash: hash,
        scheduledAt: input.scheduledAt ?? null,
        publishBy: input.publishBy ?? null,
      });
      const post = await this.posts.insert({
        workspaceId,
        accountId: account.id,
        authorId: actor.userId,
        status: state.status,
        kind: input.kind ?? 'standard',
        segments,
        contentHash: hash,
        tags: normalizeTags(input.tags),
        scheduledAt: state.scheduledAt,
        publishBy: state.publishBy,
        notBefore: null,
        leaseOwner: null,
        leaseUntil: null,
        charterOverride: null,
        tweetIds: [],
        publishedAt: null,
        statusReason: null,
        createdAt: now,
        updatedAt: now,
      });
      await this.posts.addRevision(workspaceId, post.id, segments, hash, actor.userId, now);
      await this.audit.record({
        workspaceId,
        actorId: actor.userId,
        action: 'post.created',
        subjectType: 'post',
        subjectId: post.id,
        data: { accountId: account.id, contentHash: hash, scheduledAt: post.scheduledAt },
      });
      return this.view(post);
    });
  }

  /** Edits content and/or time. A content change after approval returns the post to review; a move in time keeps approvals (audited). */
  async update(
    workspaceId: string,
    actor: Actor,
    id: string,
    patch: {
      segments?: SegmentInput[];
      scheduledAt?: Date | null;
      publishBy?: Date | null;
      tags?: string[];
      kind?: PostKind;
    },
    version: number,
  ): Promise<PostView> {
    await this.access.require(workspaceId, actor, 'posts.write');
    return this.uow.run(async () => {
      const { post, account, policy } = await this.lockPost(workspaceId, actor, id);
      if (post.version !== version) throw staleVersion();
      let current = post;
      const now = this.clock.now();
      if (patch.segments) {
        const segments = await this.segments(workspaceId, patch.segments, true, account);
        const hash = contentHash(segments);
        if (hash !== post.contentHash) {
          current = await this.transition(
            current,
            account,
            policy,
            { type: 'edit_content', actorId: actor.userId, contentHash: hash },
            { segments, contentHash: hash },
            actor,
          );
          await this.posts.addRevision(workspaceId, post.id, segments, hash, actor.userId, now);
        }
      }
      const scheduledAt = patch.scheduledAt === undefined ? current.scheduledAt : patch.scheduledAt;
      const publishBy = patch.publishBy === undefined ? current.publishBy : patch.publishBy;
      if (!sameTime(scheduledAt, current.scheduledAt) || !sameTime(publishBy, current.publishBy)) {
        this.checkTimes(scheduledAt, publishBy);
        const action: LifecycleAction = scheduledAt
          ? { type: 'reschedule', actorId: actor.userId, scheduledAt, publishBy }
          : { type: 'unschedule', actorId: actor.userId };
        current = await this.transition(
          current,
          account,
          policy,
          action,
          { publishBy: scheduledAt ? publishBy : null },
          actor,
        );
      }
      const extra: Partial<PostRecord> = {};
      if (patch.tags) extra.tags = normalizeTags(patch.tags);
      if (patch.kind) extra.kind = patch.kind;
      if (Object.keys(extra).length) current = await this.persist(current, { ...extra, updatedAt: now });
      return this.view(current);
    });
  }

  submit(workspaceId: string, actor: Actor, id: string): Promise<PostView> {
    return this.act(workspaceId, actor, id, 'posts.write', () => ({ type: 'submit', actorId: actor.userId }));
  }

  async approve(
    workspaceId: string,
    actor: Actor,
    id: string,
    input: { contentHash: string; overrideReason?: string; comment?: string },
  ): Promise<PostView> {
    const view = await this.act(workspaceId, actor, id, 'posts.approve', (m) => ({
      type: 'approve',
      actorId: actor.userId,
      actorRole: m.role,
      contentHash: input.contentHash,
      ...(input.overrideReason !== undefined ? { charterOverride: { reason: input.overrideReason } } : {}),
    }));
    if (input.comment?.trim()) await this.comment(workspaceId, actor, id, { body: input.comment });
    return view;
  }

  async requestChanges(workspaceId: string, actor: Actor, id: string, comment: string): Promise<PostView> {
    const view = await this.act(workspaceId, actor, id, 'posts.approve', (m) => ({
      type: 'request_changes',
      actorId: actor.userId,
      actorRole: m.role,
      comment,
    }));
    await this.comment(workspaceId, actor, id, { body: comment });
    return view;
  }

  cancel(workspaceId: string, actor: Actor, id: string, reason?: string): Promise<PostView> {
    return this.act(workspaceId, actor, id, 'posts.write', () => ({ type: 'cancel', actorId: actor.userId, reason }));
  }

  reopen(workspaceId: string, actor: Actor, id: string): Promise<PostView> {
    return this.act(workspaceId, actor, id, 'posts.write', () => ({ type: 'reopen', actorId: actor.userId }));
  }

  async comment(
    workspaceId: string,
    actor: Actor,
    id: string,
    input: { body: string; parentId?: string },
  ): Promise<CommentRecord> {
    await this.access.require(workspaceId, actor, 'posts.read');
    const view = await this.get(workspaceId, actor, id);
    const existing = input.parentId
      ? (await this.posts.comments(workspaceId, id)).find((c) => c.id === input.parentId)
      : undefined;
    if (input.parentId && !existing)
      throw new DomainError('invalid', 'COMMENT_NOT_FOUND', 'The comment you reply to does not exist', [
        { field: 'parentId', message: 'unknown comment' },
      ]);
    const mentions = await this.mentions(workspaceId, input.body);
    return this.uow.run(async () => {
      const c = await this.posts.addComment(workspaceId, {
        postId: id,
        authorId: actor.userId,
        parentId: input.parentId ?? null,
        body: input.body.trim(),
        mentions,
        createdAt: this.clock.now(),
      });
      await this.audit.record({
        workspaceId,
        actorId: actor.userId,
        action: 'post.commented',
        subjectType: 'post',
        subjectId: id,
        data: { commentId: c.id },
      });
      if (mentions.length) {
        await this.notifier.notify({
          workspaceId,
          event: 'comment.mention',
          recipientIds: mentions.filter((u) => u !== actor.userId),
          subjectType: 'post',
          subjectId: view.post.id,
          title: { fr: 'Vous avez été mentionné dans un commentaire', en: 'You were mentioned in a comment' },
          body: { fr: c.body, en: c.body },
        });
      }
      return c;
    });
  }

  // ---- internals ------------------------------------------------------------------------------------

  private async act(
    workspaceId: string,
    actor: Actor,
    id: string,
    permission: 'posts.write' | 'posts.approve',
    action: (m: { role: Role }) => LifecycleAction,
  ): Promise<PostView> {
    const m = await this.access.require(workspaceId, actor, permission);
    return this.uow.run(async () => {
      const { post, account, policy } = await this.lockPost(workspaceId, actor, id);
      const next = await this.transition(post, account, policy, action(m), {}, actor);
      return this.view(next);
    });
  }

  private async lockPost(
    workspaceId: string,
    actor: Actor,
    id: string,
  ): Promise<{ post: PostRecord; account: AccountRecord; policy: ApprovalPolicy }> {
    const m = await this.access.membership(workspaceId, actor);
    const post = isUuid(id) ? await this.posts.findForUpdate(workspaceId, id) : null;
    if (!post || !coversAccount(m.accountIds, post.accountId)) throw postNotFound();
    const account = await this.accounts.find(workspaceId, post.accountId);
    if (!account) throw postNotFound();
    return { post, account, policy: account.approvalPolicy };
  }

  /** Runs one domain decision and persists its outcome (state, approvals, audit, notifications). */
  private async transition(
    post: PostRecord,
    account: AccountRecord,
    policy: ApprovalPolicy,
    action: LifecycleAction,
    contentPatch: Partial<PostRecord>,
    actor: Actor,
  ): Promise<PostRecord> {
    const now = this.clock.now();
    const approvals = await this.posts.approvals(post.workspaceId, post.id);
    const candidate = { ...post, ...contentPatch };
    const findings = await this.findings(post.workspaceId, account, {
      id: post.id,
      kind: candidate.kind,
      segments: candidate.segments,
      tags: candidate.tags,
      scheduledAt: candidate.scheduledAt,
    });
    const holds = await this.posts.activeHolds(post.workspaceId);
    const state: PostLifecycleState = {
      status: post.status,
      authorId: post.authorId,
      contentHash: post.contentHash,
      approvals,
      scheduledAt: post.scheduledAt,
      publishBy: post.publishBy,
      notBefore: post.notBefore,
      lease: post.leaseOwner && post.leaseUntil ? { owner: post.leaseOwner, until: post.leaseUntil } : null,
      charterOverride: post.charterOverride ? { ...post.charterOverride, at: new Date(post.charterOverride.at) } : null,
    };
    const d = decide(state, action, {
      now,
      policy,
      charterBlocked: blocking(findings),
      held: isHeld(holds, account),
      accountConnected: account.status === 'connected',
    });
    if (!d.ok) {
      const kind = LIFECYCLE_REFUSAL_KINDS[d.refusal.code];
      throw new DomainError(
        kind === 'conflict' ? 'conflict' : kind === 'forbidden' ? 'forbidden' : 'refused',
        d.refusal.code,
        d.refusal.message.en,
        [{ field: 'fr', message: d.refusal.message.fr }],
      );
    }
    const s = d.state;
    for (const e of d.effects) await this.applyEffect(post, e);
    const saved = await this.persist(post, {
      ...contentPatch,
      status: s.status,
      contentHash: s.contentHash,
      scheduledAt: s.scheduledAt,
      publishBy: s.publishBy,
      notBefore: s.notBefore,
      leaseOwner: s.lease?.owner ?? null,
      leaseUntil: s.lease?.until ?? null,
      charterOverride: s.charterOverride ? { ...s.charterOverride, at: s.charterOverride.at.toISOString() } : null,
      statusReason: statusReason(d.effects) ?? (s.status === post.status ? post.statusReason : null),
      updatedAt: now,
    });
    await this.audit.record({
      workspaceId: post.workspaceId,
      actorId: actor.userId,
      action: `post.${action.type}`,
      subjectType: 'post',
      subjectId: post.id,
      data: { from: post.status, to: s.status, contentHash: s.contentHash, effects: d.effects.map(summarizeEffect) },
    });
    for (const e of d.effects) if (e.type === 'notify') await this.notify(saved, e.event, actor);
    return saved;
  }

  private async applyEffect(post: PostRecord, e: LifecycleEffect): Promise<void> {
    switch (e.type) {
      case 'approval_recorded':
        await this.posts.addApproval(post.workspaceId, post.id, e.approval);
        return;
      case 'approvals_invalidated':
        await this.posts.invalidateApprovals(post.workspaceId, post.id);
        return;
      default:
        return;
    }
  }

  private async persist(post: PostRecord, patch: Partial<PostRecord>): Promise<PostRecord> {
    const { id: _id, workspaceId: _ws, version: _v, ...rest } = patch;
    const res = await this.posts.save(post.workspaceId, post.id, post.version, rest);
    if (res === 'stale') throw staleVersion();
    return res;
  }

  private async notify(post: PostRecord, event: string, actor: Actor): Promise<void> {
    const map: Record<string, NotificationEvent | undefined> = {
      submitted: 'post.submitted',
      approved: 'post.approved',
      changes_requested: 'post.changes_requested',
      published: 'post.published',
      failed: 'post.failed',
      missed: 'post.missed',
    };
    const ev = map[event];
    if (!ev) return;
    const recipients = ev === 'post.submitted' ? await this.approvers(post) : [post.authorId];
    const excerpt = post.segments[0]?.text.slice(0, 80) ?? '';
    await this.notifier.notify({
      workspaceId: post.workspaceId,
      event: ev,
      recipientIds: recipients.filter((u) => u !== actor.userId),
      subjectType: 'post',
      subjectId: post.id,
      title: TITLES[ev],
      body: { fr: excerpt, en: excerpt },
    });
  }

  private async approvers(post: PostRecord): Promise<string[]> {
    const account = await this.accounts.find(post.workspaceId, post.accountId);
    const roles = account?.approvalPolicy.approverRoles ?? ['owner', 'admin', 'manager'];
    const members = await this.memberships.list(post.workspaceId, { limit: 500 });
    return members.items
      .filter((m) => (roles as string[]).includes(m.role) && coversAccount(m.accountIds, post.accountId))
      .map((m) => m.userId);
  }

  private async mentions(workspaceId: string, body: string): Promise<string[]> {
    const handles = [...body.matchAll(/@([\p{L}\p{N}._-]+)/gu)].map((m) => m[1]!.toLowerCase());
    if (!handles.length) return [];
    const members = await this.memberships.list(workspaceId, { limit: 500 });
    return members.items
      .filter((m) =>
        handles.some(
          (h) => m.email.toLowerCase().startsWith(`${h}@`) || m.displayName.toLowerCase().replace(/\s+/g, '') === h,
        ),
      )
      .map((m) => m.userId);
  }

  private async account(workspaceId: string, actor: Actor, accountId: string): Promise<AccountRecord> {
    const m = await this.access.membership(workspaceId, actor);
    const account = isUuid(accountId) ? await this.accounts.find(workspaceId, accountId) : null;
    if (!account || !coversAccount(m.accountIds, account.id)) {
      throw new DomainError('invalid', 'ACCOUNT_NOT_FOUND', 'Unknown account for this workspace', [
        { field: 'accountId', message: 'unknown account' },
      ]);
    }
    return account;
  }

  private checkTimes(scheduledAt: Date | null, publishBy: Date | null): void {
    if (publishBy && !scheduledAt) {
      throw new DomainError('invalid', 'PUBLISH_BY_WITHOUT_DATE', 'A deadline (publishBy) needs a scheduled time', [
        { field: 'publishBy', message: 'needs scheduledAt' },
      ]);
    }
    if (publishBy && scheduledAt && publishBy.getTime() <= scheduledAt.getTime()) {
      throw new DomainError('invalid', 'INVALID_WINDOW', 'publishBy must be after scheduledAt', [
        { field: 'publishBy', message: 'must be after scheduledAt' },
      ]);
    }
  }

  /** Validates segments (count, length for the account, media, polls) and resolves media alt texts. */
  private async segments(
    workspaceId: string,
    input: SegmentInput[],
    enforceLength: boolean,
    account?: AccountRecord,
  ): Promise<PostSegment[]> {
    if (input.length < 1 || input.length > MAX_SEGMENTS) {
      throw new DomainError('invalid', 'BAD_SEGMENTS', `A post has 1 to ${MAX_SEGMENTS} segments`, [
        { field: 'segments', message: `1 to ${MAX_SEGMENTS} segments` },
      ]);
    }
    const ids = [...new Set(input.flatMap((s) => s.mediaIds ?? []))];
    const found = ids.length ? await this.media.findMany(workspaceId, ids.filter(isUuid)) : [];
    const byId = new Map(found.map((m) => [m.id, m]));
    const details: { field: string; message: string }[] = [];
    const out = input.map((s, i): PostSegment => {
      const media = (s.mediaIds ?? []).map((id) => {
        const m = byId.get(id);
        if (!m) details.push({ field: `segments.${i}.mediaIds`, message: `unknown media ${id}` });
        return { id, altText: m?.altText ?? null };
      });
      if (media.length > 4) details.push({ field: `segments.${i}.mediaIds`, message: 'at most 4 media per segment' });
      if (s.poll && media.length)
        details.push({ field: `segments.${i}.poll`, message: 'a segment has either media or a poll, not both' });
      if (!s.text.trim() && !media.length)
        details.push({ field: `segments.${i}.text`, message: 'text is required unless media are attached' });
      return { text: s.text, media, poll: s.poll ?? null };
    });
    if (details.length) throw new DomainError('invalid', 'BAD_SEGMENTS', details[0]!.message, details);
    if (enforceLength && account) {
      const max = maxLength(account);
      const tooLong = out
        .map((s, i) => ({ i, len: parseTweetText(s.text, { maxWeightedLength: max }).weightedLength }))
        .filter((x) => x.len > max)
        .map((x) => ({ field: `segments.${x.i}.text`, message: `${x.len} weighted characters; at most ${max}` }));
      if (tooLong.length)
        throw new DomainError(
          'invalid',
          'POST_TOO_LONG',
          `Segment too long for @${account.handle} (at most ${max} weighted characters)`,
          tooLong,
        );
    }
    return out;
  }

  private measure(segments: PostSegment[], account: AccountRecord | undefined): SegmentView[] {
    const max = account ? maxLength(account) : TWEET_MAX_WEIGHTED_LENGTH;
    const measured = measuredFor(max);
    return segments.map((s) => {
      const p = measured(s.text);
      return {
        text: s.text,
        media: s.media,
        poll: s.poll,
        weightedLength: p.weightedLength,
        maxWeightedLength: max,
        valid: p.valid || (s.text === '' && s.media.length > 0),
      };
    });
  }

  private async findings(
    workspaceId: string,
    account: AccountRecord,
    post: { id: string | null; kind: PostKind; segments: PostSegment[]; tags: string[]; scheduledAt: Date | null },
  ): Promise<Finding[]> {
    const charter = await this.charterFor(workspaceId, account.brandId);
    const siblings = (await this.accounts.list(workspaceId, null))
      .filter((a) => a.brandId === account.brandId && a.id !== account.id)
      .map((a) => a.id);
    const recent = await this.posts.recent(workspaceId, [account.id, ...siblings], 50);
    const around = post.scheduledAt ?? this.clock.now();
    const neighbours = await this.posts.neighbours(workspaceId, account.id, around, 10);
    return checkCharter(
      {
        postId: post.id,
        accountId: account.id,
        kind: post.kind,
        segments: post.segments,
        tags: post.tags,
        scheduledAt: post.scheduledAt,
      },
      charter,
      {
        siblingAccountIds: siblings,
        recentPosts: recent.filter((r) => r.id !== post.id),
        accountPosts: neighbours
          .filter((n) => n.id !== post.id && (n.scheduledAt ?? n.publishedAt))
          .map((n) => ({ id: n.id, at: (n.scheduledAt ?? n.publishedAt)!, tags: n.tags })),
      },
    );
  }

  async charterFor(workspaceId: string, brandId: string): Promise<Charter> {
    const stored = await this.charters.get(workspaceId, brandId);
    return stored ? ({ ...defaultCharter(), ...(stored.config as Partial<Charter>) } as Charter) : defaultCharter();
  }

  private async view(post: PostRecord): Promise<PostView> {
    const account = await this.accounts.find(post.workspaceId, post.accountId);
    const approvals = await this.posts.approvals(post.workspaceId, post.id);
    const holds = await this.posts.activeHolds(post.workspaceId);
    const findings = account
      ? await this.findings(post.workspaceId, account, {
          id: post.id,
          kind: post.kind,
          segments: post.segments,
          tags: post.tags,
          scheduledAt: post.scheduledAt,
        })
      : [];
    return {
      post,
      segments: this.measure(post.segments, account ?? undefined),
      held: account ? isHeld(holds, account) : false,
      approvals: approvals.map((a) => ({ ...a, current: a.contentHash === post.contentHash })),
      approvalsRequired: account?.approvalPolicy.requiredApprovals ?? 1,
      findings,
      lastApprovedSegments: await this.changedSinceApproval(post),
    };
  }

  private async changedSinceApproval(post: PostRecord): Promise<PostSegment[] | null> {
    const last = await this.posts.lastApprovedSegments(post.workspaceId, post.id);
    return last && contentHash(last) !== post.contentHash ? last : null;
  }

  /** The calendar's view: no charter run per post (the composer and the post page show findings). */
  private lightView(
    post: PostRecord,
    account: AccountRecord | undefined,
    holds: { scope: string; targetId: string }[],
  ): PostView {
    return {
      post,
      segments: this.measure(post.segments, account),
      held: account ? isHeld(holds, account) : false,
      approvals: [],
      approvalsRequired: account?.approvalPolicy.requiredApprovals ?? 1,
      findings: [],
      lastApprovedSegments: null,
    };
  }
}

const TITLES: Record<NotificationEvent, { fr: string; en: string }> = {
  'post.submitted': { fr: 'Une publication attend votre validation', en: 'A post is waiting for your approval' },
  'post.approved': { fr: 'Votre publication a été validée', en: 'Your post was approved' },
  'post.changes_requested': { fr: 'Des modifications sont demandées', en: 'Changes were requested' },
  'post.published': { fr: 'Publication en ligne', en: 'Post published' },
  'post.failed': { fr: 'Échec de publication', en: 'Post failed' },
  'post.missed': { fr: 'Publication manquée', en: 'Post missed' },
  'hold.placed': { fr: 'Publication suspendue', en: 'Publishing on hold' },
  'hold.released': { fr: 'Publication reprise', en: 'Publishing resumed' },
  'comment.mention': { fr: 'Vous avez été mentionné', en: 'You were mentioned' },
};

/**
 * twitter-text's weighted length of texts for a limit, remembered: parsing costs tens of microseconds, and a
 * calendar month re-measures tens of thousands of segments that rarely change. Bounded (oldest entries go first).
 */
const MEASURED = new Map<number, Map<string, { weightedLength: number; valid: boolean }>>();
const MEASURED_MAX = 100_000;
function measuredFor(max: number): (text: string) => { weightedLength: number; valid: boolean } {
  let byText = MEASURED.get(max);
  if (!byText) MEASURED.set(max, (byText = new Map()));
  const memo = byText;
  return (text) => {
    let m = memo.get(text);
    if (!m) {
      const p = parseTweetText(text, { maxWeightedLength: max });
      m = { weightedLength: p.weightedLength, valid: p.valid };
      if (memo.size >= MEASURED_MAX) {
        let drop = MEASURED_MAX / 10;
        for (const k of memo.keys()) {
          memo.delete(k);
          if (--drop <= 0) break;
        }
      }
      memo.set(text, m);
    }
    return m;
  };
}

function maxLength(account: AccountRecord): number {
  return account.longPosts ? LONG_POST_MAX_WEIGHTED_LENGTH : TWEET_MAX_WEIGHTED_LENGTH;
}

function isHeld(holds: { scope: string; targetId: string }[], account: AccountRecord): boolean {
  return holds.some(
    (h) =>
      h.scope === 'workspace' ||
      (h.scope === 'brand' && h.targetId === account.brandId) ||
      (h.scope === 'account' && h.targetId === account.id),
  );
}

function normalizeTags(tags: string[] | undefined): string[] {
  return [...new Set((tags ?? []).map((t) => t.trim().replace(/^#/, '').toLowerCase()).filter(Boolean))];
}

function sameTime(a: Date | null, b: Date | null): boolean {
  return (a?.getTime() ?? null) === (b?.getTime() ?? null);
}

function statusReason(effects: LifecycleEffect[]): string | null {
  for (const e of effects) {
    if (e.type === 'awaiting') return `awaiting_${e.reason}`;
    if (e.type === 'failed') return e.reason;
    if (e.type === 'cancelled') return e.reason ?? 'cancelled';
    if (e.type === 'changes_requested') return 'changes_requested';
  }
  return null;
}

function summarizeEffect(e: LifecycleEffect): Record<string, unknown> {
  switch (e.type) {
    case 'approval_recorded':
      return { type: e.type, approverId: e.approval.approverId, role: e.approval.role };
    case 'moved_in_time':
      return { type: e.type, from: e.from?.toISOString() ?? null, to: e.to?.toISOString() ?? null };
    default:
      return { ...e } as Record<string, unknown>;
  }
}
