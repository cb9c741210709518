import { Injectable, Logger } from '@nestjs/common';
import { can, coversAccount, type PostStatus } from '@xp/server/domain';
import type { Locale } from '@xp/shared';
import { MembershipRepository, UserRepository } from '../ports';
import { PostRepository } from '../posts/post.ports';
import { AccessService, type Actor } from '../identity/access.service';
import { NotificationRepository, type NotificationRecord } from './audit-store.ports';
import { ConversationRepository, type ConversationRecord } from '../inbox/inbox.ports';

/** A change committed by any process (API or scheduler): ids only, re-read and filtered before anyone sees it. */
export type LiveSignal =
  | { kind: 'notification'; workspaceId: string; userId: string; notificationId: string }
  | { kind: 'read'; workspaceId: string; userId: string }
  | { kind: 'post'; workspaceId: string; accountId: string; postId: string }
  | { kind: 'conversation'; workspaceId: string; accountId: string; conversationId: string };

/** The committed changes of every process, through PostgreSQL (LISTEN/NOTIFY); implemented in data-access. */
export abstract class LiveSignals {
  /** Listens (opening the connection on first use) and calls `fn` for every signal; resolves to an unsubscribe. */
  abstract subscribe(fn: (s: LiveSignal) => void): Promise<() => void>;
}

/** What one member's stream carries (already filtered to what this member may see). */
export type LiveUpdate =
  | { type: 'notification'; notification: NotificationRecord; unreadCount: number; locale: Locale }
  | { type: 'unread'; unreadCount: number }
  | {
      type: 'post';
      post: { id: string; accountId: string; status: PostStatus; version: number; scheduledAt: Date | null };
    }
  | { type: 'conversation'; conversation: ConversationRecord };

export interface LiveStream {
  /** Stops listening (the client left). */
  close(): void;
}

/**
 * A signed-in member's live updates in one workspace: their own new notifications and unread count, and the posts of
 * the accounts their membership covers. Membership and scope are read again for every signal: a member removed or
 * re-scoped while connected sees nothing more of what they lost (a removed member's stream ends).
 */
@Injectable()
export class LiveUpdatesService {
  private readonly logger = new Logger('LiveUpdates');

  constructor(
    private readonly signals: LiveSignals,
    private readonly access: AccessService,
    private readonly memberships: MembershipRepository,
    private readonly notifications: NotificationRepository,
    private readonly posts: PostRepository,
    private readonly users: UserRepository,
    private readonly conversations: ConversationRepository,
  ) {}

  /** Opens the stream (404 for a non-member); `push` gets updates in commit order, `end` when access is lost. */
  async open(
    workspaceId: string,
    actor: Actor,
    push: (u: LiveUpdate) => void,
    end: () => void,
    locale?: Locale,
  ): Promise<LiveStream> {
    await this.access.membership(workspaceId, actor);
    let closed = false;
    let chain = Promise.resolve();
    const unsubscribe = await this.signals.subscribe((s) => {
      if (closed || s.workspaceId !== workspaceId) return;
      chain = chain
        .then(async () => {
          if (closed) return;
          const update = await this.visible(workspaceId, actor, s, locale);
          if (update === 'gone') {
            stream.close();
            end();
          } else if (update && !closed) push(update);
        })
        .catch((e: unknown) => this.logger.warn(`live update dropped: ${e instanceof Error ? e.message : String(e)}`));
    });
    const stream: LiveStream = {
      close: () => {
        if (closed) return;
        closed = true;
        unsubscribe();
      },
    };
    // The stream opens with the current count: the client starts from it, and knows it is listening.
    const unreadCount = await this.notifications.countUnread(workspaceId, actor.userId);
    chain = chain.then(() => (closed ? undefined : push({ type: 'unread', unreadCount })));
    return stream;
  }

  private async visible(
    workspaceId: string,
    actor: Actor,
    s: LiveSignal,
    locale?: Locale,
  ): Promise<LiveUpdate | 'gone' | null> {
    if (s.kind !== 'post' && s.kind !== 'conversation' && s.userId !== actor.userId) return null;
    const m = await this.memberships.find(workspaceId, actor.userId);
    if (!m) return 'gone';
    if (s.kind === 'read') {
      return { type: 'unread', unreadCount: await this.notifications.countUnread(workspaceId, actor.userId) };
    }
    if (s.kind === 'notification') {
      const notification = await this.notifications.find(workspaceId, actor.userId, s.notificationId);
      if (!notification) return null;
      const unreadCount = await this.notifications.countUnread(workspaceId, actor.userId);
      const user = locale ? null : await this.users.findById(actor.userId);
      return { type: 'notification', notification, unreadCount, locale: locale ?? user?.locale ?? 'fr' };
    }
    if (!can(m.role, 'posts.read') || !coversAccount(m.accountIds, s.accountId)) return null;
    if (s.kind === 'conversation') {
      const conversation = await this.conversations.find(workspaceId, s.conversationId);
      return conversation && coversAccount(m.accountIds, conversation.accountId)
        ? { type: 'conversation', conversation }
        : null;
    }
    const post = await this.posts.find(workspaceId, s.postId);
    if (!post || !coversAccount(m.accountIds, post.accountId)) return null;
    return {
      type: 'post',
      post: {
        id: post.id,
        accountId: post.accountId,
        status: post.status,
        version: post.version,
        scheduledAt: post.scheduledAt,
      },
    };
  }
}
