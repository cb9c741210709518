import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { msg, normalizeTags, type PostListView, type Role } from '@xp/shared';
import {
  catalogueError,
  checkCalendarRange,
  contentHash,
  coversAccount,
  DomainError,
  newPostLifecycleState,
  staleVersion,
  type ApprovalPolicy,
  type Charter,
  type Finding,
  type LifecycleAction,
  type PostKind,
  type PostStatus,
} from '@xp/server/domain';
import { AccountRepository, type AccountRecord } from '../accounts/account.ports';
import { AuditLog, Notifier } from '../audit/audit.ports';
import { AuditRepository, type AuditEventRecord } from '../audit/audit-store.ports';
import { AccessService, isUuid, type Actor } from '../identity/access.service';
import { Clock, MembershipRepository, UnitOfWork } from '../ports';
import { CALENDAR_ANSWER_FORMAT, calendarScope, loadCalendarRange, type CalendarRange } from './calendar-range';
import {
  checkInput,
  checkTimes,
  isHeld,
  mentionedMembers,
  measure,
  postNotFound,
  sameTime,
  validSegments,
  type CalendarQuery,
  type PostInput,
  type PostView,
  type SegmentInput,
  type SegmentView,
} from './post-content';
import { hiddenMedia, mediaVisible } from './media-scope';
import { PostTransitions } from './post-transitions';
import { lightView, PostViews } from './post-views';
import {
  CharterRepository,
  MediaRepository,
  PostRepository,
  type CalendarItemRecord,
  type CommentRecord,
  type MediaRecord,
  type PostQuery,
  type PostRecord,
} from './post.ports';

export type { CalendarQuery, PostInput, PostView, SegmentInput, SegmentView } from './post-content';

/** Posts whose content a media's alt text change rewrites (terminal posts keep the content they had). */
const REWRITTEN_STATUSES: readonly PostStatus[] = ['draft', 'changes_requested', 'in_review', 'scheduled'];
/** Posts possibly on their way to X: their media cannot change now. */
const IN_FLIGHT: readonly PostStatus[] = ['publishing', 'unconfirmed'];
export const MAX_ALT_TEXT_LENGTH = 1000;

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
  ) {
    this.views = new PostViews(posts, accounts, charters, clock);
    this.transitions = new PostTransitions(posts, accounts, memberships, this.views, audit, notifier, clock);
  }

  private readonly views: PostViews;
  private readonly transitions: PostTransitions;

  // ---- reading ---------------------------------------------------------------------------------------

  async get(workspaceId: string, actor: Actor, id: string): Promise<PostView> {
    const m = await this.access.require(workspaceId, actor, 'posts.read');
    const post = isUuid(id) ? await this.posts.find(workspaceId, id) : null;
    if (!post || !coversAccount(m.accountIds, post.accountId)) throw postNotFound();
    return this.views.view(post);
  }

  /**
   * The calendar range query. With a range (both ends, at most 62 days) it answers every post in it, up to a ceiling
   * of CALENDAR_MAX_POSTS beyond which it refuses rather than cutting silently; without one, every post matching
   * the other filters up to `limit` (default 5000). No charter run per post (the composer and the post page show
   * findings) and no per-post queries: one query for the posts, one for holds, one for accounts.
   */
  async list(workspaceId: string, actor: Actor, q: CalendarQuery): Promise<PostView[]> {
    const { rows, accounts, holds } = await this.range(workspaceId, actor, q, (pq) => this.posts.list(workspaceId, pq));
    return rows.map((p) => lightView(p, accounts.get(p.accountId), holds));
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
      return { item, held: account ? isHeld(holds, account, item.status) : false };
    });
  }

  private async range<T>(
    workspaceId: string,
    actor: Actor,
    q: CalendarQuery,
    load: (q: PostQuery) => Promise<T[]>,
  ): Promise<CalendarRange<T>> {
    const m = await this.access.require(workspaceId, actor, 'posts.read');
    return loadCalendarRange(this.posts, this.accounts, workspaceId, m.accountIds, q, load);
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
    const m = await this.access.require(workspaceId, actor, 'posts.read');
    const account = await this.account(workspaceId, actor, input.accountId);
    const hidden = await this.hidden(workspaceId, m.accountIds, input.segments);
    const segments = await validSegments(this.media, workspaceId, input.segments, false, undefined, hidden);
    const findings = await this.views.findings(workspaceId, account, {
      id: input.postId ?? null,
      kind: input.kind ?? 'standard',
      segments,
      tags: input.tags ?? [],
      scheduledAt: input.scheduledAt ?? null,
    });
    return { segments: measure(segments, account), findings };
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
    const m = await this.access.require(workspaceId, actor, 'posts.write');
    const account = await this.account(workspaceId, actor, input.accountId);
    checkInput(input);
    const hidden = await this.hidden(workspaceId, m.accountIds, input.segments);
    const segments = await validSegments(this.media, workspaceId, input.segments, true, account, hidden);
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
        inReplyToTweetId: input.inReplyToTweetId ?? null,
        publishedAt: null,
        statusReason: null,
        createdAt: now,
        updatedAt: now,
      });
      const revision = { workspaceId, postId: post.id, segments, contentHash: hash, authorId: actor.userId, at: now };
      await this.posts.addRevision(revision);
      await this.audit.record({
        workspaceId,
        actorId: actor.userId,
        action: 'post.created',
        subjectType: 'post',
        subjectId: post.id,
        data: { accountId: account.id, contentHash: hash, scheduledAt: post.scheduledAt },
      });
      return this.views.view(post);
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
    const m = await this.access.require(workspaceId, actor, 'posts.write');
    return this.uow.run(async () => {
      const { post, account, policy } = await this.lockPost(workspaceId, actor, id);
      if (post.version !== version) throw staleVersion();
      let current = post;
      const now = this.clock.now();
      if (patch.segments) {
        const hidden = await this.hidden(workspaceId, m.accountIds, patch.segments);
        const segments = await validSegments(this.media, workspaceId, patch.segments, true, account, hidden);
        current = (await this.transitions.editContent(current, account, policy, segments, actor)) ?? current;
      }
      const scheduledAt = patch.scheduledAt === undefined ? current.scheduledAt : patch.scheduledAt;
      const publishBy = patch.publishBy === undefined ? current.publishBy : patch.publishBy;
      if (!sameTime(scheduledAt, current.scheduledAt) || !sameTime(publishBy, current.publishBy)) {
        checkTimes(scheduledAt, publishBy);
        const action: LifecycleAction = scheduledAt
          ? { type: 'reschedule', actorId: actor.userId, scheduledAt, publishBy }
          : { type: 'unschedule', actorId: actor.userId };
        current = await this.transitions.transition(
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
      if (patch.kind) extra.kind = this.views.kindChange(current, patch.kind);
      if (Object.keys(extra).length) current = await this.transitions.persist(current, { ...extra, updatedAt: now });
      return this.views.view(current);
    });
  }

  /** Submits for review; a blocking charter finding refuses it unless an owner/admin overrides with a reason. */
  submit(workspaceId: string, actor: Actor, id: string, overrideReason?: string): Promise<PostView> {
    return this.act(workspaceId, actor, id, 'posts.write', (m) => ({
      type: 'submit',
      actorId: actor.userId,
      actorRole: m.role,
      ...(overrideReason !== undefined ? { charterOverride: { reason: overrideReason } } : {}),
    }));
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
    await this.access.require(workspaceId, actor, 'posts.comment');
    const view = await this.get(workspaceId, actor, id);
    const existing = input.parentId
      ? (await this.posts.comments(workspaceId, id)).find((c) => c.id === input.parentId)
      : undefined;
    if (input.parentId && !existing)
      throw catalogueError('invalid', 'COMMENT_NOT_FOUND', {}, [{ field: 'parentId', message: 'unknown comment' }]);
    const mentions = await mentionedMembers(this.memberships, workspaceId, input.body);
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
          title: msg('NOTIFY_COMMENT_MENTION'),
          body: c.body,
        });
      }
      return c;
    });
  }

  /**
   * Changes a media's alt text. The alt text is published, so it is content: every post in progress that uses the
   * media (draft, changes requested, in review, scheduled) gets the new alt text as a content edit by `actor` — a new
   * revision, approvals invalidated, a post in review or scheduled sent back to review, audited like any edit (and
   * `actor` becomes one of its writers, who cannot approve it). Published, failed, missed and cancelled posts keep
   * what they had. Refused (409 MEDIA_IN_FLIGHT) while a post using it may be on its way to X. A member limited to
   * some accounts cannot see a media used by another account's post (404).
   */
  async changeMediaAltText(
    workspaceId: string,
    actor: Actor,
    mediaId: string,
    altText: string | null,
  ): Promise<MediaRecord> {
    const m = await this.access.require(workspaceId, actor, 'posts.write');
    const next = altText?.trim() || null;
    if (next && next.length > MAX_ALT_TEXT_LENGTH)
      throw new DomainError('invalid', 'ALT_TEXT_TOO_LONG', 'Alt text is at most 1000 characters', [
        { field: 'altText', message: `at most ${MAX_ALT_TEXT_LENGTH} characters` },
      ]);
    return this.uow.run(async () => {
      const media = isUuid(mediaId) ? (await this.media.findMany(workspaceId, [mediaId]))[0] : undefined;
      const uses = media ? await this.posts.usingMedia(workspaceId, [mediaId]) : [];
      if (!media || !mediaVisible(m.accountIds, uses)) throw catalogueError('not_found', 'MEDIA_NOT_FOUND');
      if (media.altText === next) return media;
      if (uses.some((u) => IN_FLIGHT.includes(u.status))) throw catalogueError('conflict', 'MEDIA_IN_FLIGHT');
      const saved = await this.media.setAltText(workspaceId, mediaId, next);
      if (!saved) throw catalogueError('not_found', 'MEDIA_NOT_FOUND');
      // One post at a time, in id order (a stable lock order), each re-read under its lock.
      const postIds = [...new Set(uses.filter((u) => REWRITTEN_STATUSES.includes(u.status)).map((u) => u.postId))];
      for (const postId of postIds.sort()) {
        const { post, account, policy } = await this.lockPost(workspaceId, actor, postId);
        if (IN_FLIGHT.includes(post.status)) throw catalogueError('conflict', 'MEDIA_IN_FLIGHT');
        if (!REWRITTEN_STATUSES.includes(post.status)) continue;
        const segments = post.segments.map((s) => ({
          ...s,
          media: s.media.map((x) => (x.id === mediaId ? { ...x, altText: next } : x)),
        }));
        const edited = await this.transitions.editContent(post, account, policy, segments, actor);
        if (!edited) continue;
        await this.audit.record({
          workspaceId,
          actorId: actor.userId,
          action: 'post.media_alt_text_changed',
          subjectType: 'post',
          subjectId: post.id,
          data: { mediaId, from: media.altText, to: next, contentHash: edited.contentHash },
        });
      }
      return saved;
    });
  }

  // ---- internals ------------------------------------------------------------------------------------

  /** The media of these segments that a member with this scope may not see. */
  private hidden(workspaceId: string, scope: string[] | null, segments: SegmentInput[]): Promise<Set<string>> {
    return hiddenMedia(this.posts, workspaceId, scope, segments.flatMap((s) => s.mediaIds ?? []).filter(isUuid));
  }

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
      const next = await this.transitions.transition(post, account, policy, action(m), {}, actor);
      return this.views.view(next);
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
    return { post, account, policy: this.views.policyOf(account, post.kind) };
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

  charterFor(workspaceId: string, brandId: string): Promise<Charter> {
    return this.views.charterFor(workspaceId, brandId);
  }
}
