import { Injectable, Logger } from '@nestjs/common';
import { engagesBrand, firstResponseDue, statusOnInbound } from '@xp/server/domain';
import { excerpt, msg } from '@xp/shared';
import { Notifier } from '../audit/audit.ports';
import { Clock, MembershipRepository, UnitOfWork } from '../ports';
import { coversAccount } from '@xp/server/domain';
import { ConversationRepository, XListener, type ListenedAccount, type XInboundPost } from './inbox.ports';

/** The preview of a conversation in the list: the customer's latest message, cut. */
export const PREVIEW_LENGTH = 200;
/** How many accounts one poll reads at once (each one's pages and filings stay in order). */
export const POLL_CONCURRENCY = 4;
/** An account polled for the first time brings the mentions of this last stretch into the inbox. */
export const FIRST_POLL_WINDOW_MS = 24 * 3600_000;

/**
 * Ingestion, one result whichever way a post came (webhook or polling): the post lands once per workspace (the
 * item's tweet id is UNIQUE, inserted with ON CONFLICT DO NOTHING), in the conversation of its X conversation on
 * the account, which it reopens and whose first-response deadline it starts.
 */
@Injectable()
export class InboxIngestService {
  private readonly logger = new Logger('Inbox');

  constructor(
    private readonly conversations: ConversationRepository,
    private readonly x: XListener,
    private readonly notifier: Notifier,
    private readonly memberships: MembershipRepository,
    private readonly clock: Clock,
    private readonly uow: UnitOfWork,
  ) {}

  /** Files one post of X on one account. True when it landed (false: already there, or the brand's own). */
  async ingest(account: ListenedAccount, post: XInboundPost): Promise<boolean> {
    if (post.authorId === account.xUserId) return false;
    const now = this.clock.now();
    return this.uow.run(async () => {
      const brand = { xUserId: account.xUserId, handle: account.handle };
      const rootIsBrandPost =
        post.conversationId !== post.id
          ? await this.conversations.brandPost(account.workspaceId, account.id, post.conversationId)
          : null;
      const brandAnswered = post.inReplyToTweetId === post.conversationId && post.inReplyToUserId === brand.xUserId;
      const conversation = await this.conversations.upsertLocked(
        {
          workspaceId: account.workspaceId,
          accountId: account.id,
          xConversationId: post.conversationId,
          rootAuthorXId:
            post.conversationId === post.id ? post.authorId : rootIsBrandPost || brandAnswered ? brand.xUserId : null,
          brandTweetId: rootIsBrandPost || brandAnswered ? post.conversationId : null,
          brandPostId: rootIsBrandPost?.postId ?? null,
        },
        now,
      );
      const file = (p: XInboundPost) =>
        this.conversations.insertItem({
          workspaceId: account.workspaceId,
          conversationId: conversation.id,
          tweetId: p.id,
          direction: 'in',
          authorXId: p.authorId,
          authorUsername: p.authorUsername,
          text: p.text,
          inReplyToTweetId: p.inReplyToTweetId,
          engagesBrand: engagesBrand(
            {
              text: p.text,
              mentionedUsernames: p.mentions,
              inReplyToUserId: p.inReplyToUserId,
              quotedAuthorXId: p.quotedAuthorId,
            },
            brand,
          ),
          postId: null,
          createdAt: p.createdAt,
          receivedAt: now,
        });
      // The post it answers, as context of the thread (a customer's post the brand was not mentioned in, say).
      const context = post.repliedTo;
      if (context && context.authorId !== brand.xUserId && context.conversationId === post.conversationId)
        await file(context);
      if (!(await file(post))) return false;
      const newest = !conversation.lastInboundAt || conversation.lastInboundAt <= post.createdAt;
      const { status } = statusOnInbound(conversation.status);
      await this.conversations.update(
        account.workspaceId,
        conversation.id,
        {
          status,
          firstResponseDueAt: firstResponseDue(
            conversation.firstResponseDueAt,
            post.createdAt,
            account.firstResponseMinutes,
          ),
          ...(newest
            ? {
                lastInboundAt: post.createdAt,
                previewAuthor: post.authorUsername,
                previewText: excerpt(post.text, PREVIEW_LENGTH),
              }
            : {}),
        },
        now,
      );
      return true;
    });
  }

  /**
   * Polls one account's mentions since its cursor (every page, so a gap is filled) and files them, oldest first;
   * an account without a cursor yet, those of the last FIRST_POLL_WINDOW_MS. The cursor moves only after the posts
   * are filed. Returns how many landed.
   */
  async pollAccount(account: ListenedAccount): Promise<number> {
    const from = account.mentionsSinceId
      ? { sinceId: account.mentionsSinceId }
      : { startTime: new Date(this.clock.now().getTime() - FIRST_POLL_WINDOW_MS) };
    const r = await this.x.mentions(account.id, account.xUserId, from);
    if (r.kind !== 'ok') {
      this.logger.warn(`polling the mentions of @${account.handle} failed: ${r.detail}`);
      return 0;
    }
    let landed = 0;
    for (const post of r.value.posts) if (await this.ingest(account, post)) landed++;
    if (r.value.newestId && r.value.newestId !== account.mentionsSinceId)
      await this.conversations.saveSinceId(account.id, r.value.newestId);
    return landed;
  }

  /**
   * Polls every connected account (the worker's interval), `POLL_CONCURRENCY` accounts at a time: a crisis on one
   * account does not hold the others' mentions back until its own are filed.
   */
  async pollAll(): Promise<number> {
    if (!this.x.configured) return 0;
    const accounts = await this.conversations.listenedAccounts();
    let landed = 0;
    let next = 0;
    const worker = async () => {
      while (next < accounts.length) landed += await this.pollAccount(accounts[next++]!);
    };
    await Promise.all(Array.from({ length: Math.min(POLL_CONCURRENCY, accounts.length) }, worker));
    return landed;
  }

  /** Tells the assignee (or, unassigned, every member who may answer on the account) of deadlines passed. */
  async notifyBreaches(): Promise<number> {
    const breached = await this.conversations.claimBreaches(this.clock.now(), 100);
    for (const c of breached) {
      const due = c.firstResponseDueAt!;
      const minutes = Math.max(1, Math.round((due.getTime() - (c.lastInboundAt ?? due).getTime()) / 60_000));
      const recipients = c.assigneeId ? [c.assigneeId] : await this.answerers(c.workspaceId, c.accountId);
      await this.notifier.notify({
        workspaceId: c.workspaceId,
        event: 'conversation.breached',
        recipientIds: recipients,
        subjectType: 'conversation',
        subjectId: c.id,
        title: msg('NOTIFY_CONVERSATION_BREACHED', { author: c.previewAuthor, minutes }),
        body: c.previewText,
        data: { accountId: c.accountId },
      });
    }
    return breached.length;
  }

  private async answerers(workspaceId: string, accountId: string): Promise<string[]> {
    const members = await this.memberships.list(workspaceId, { limit: 500 });
    return members.items
      .filter((m) => ['owner', 'admin', 'manager', 'editor'].includes(m.role) && coversAccount(m.accountIds, accountId))
      .map((m) => m.userId);
  }
}
