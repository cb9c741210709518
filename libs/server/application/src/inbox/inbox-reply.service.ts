import { Injectable } from '@nestjs/common';
import { catalogueError, REPLY_WINDOW_MS, replyAllowed } from '@xp/server/domain';
import { AccountRepository } from '../accounts/account.ports';
import { AccessService, type Actor } from '../identity/access.service';
import { Clock, UnitOfWork } from '../ports';
import { PostService, type PostView } from '../posts/post.service';
import { ConversationService, conversationNotFound } from './conversation.service';
import { ConversationRepository } from './inbox.ports';

/**
 * Answering as the brand: a reply is a post of kind `reply` on the conversation's account, answering one message
 * (by default the customer's latest). It goes through everything a post goes through (charter, the account's reply
 * policy, holds, audit trail, the scheduler), due at once and publishable for 24 hours. Before it is written, X's
 * 2026 reply rule is checked: a reply X would refuse is refused now, with the reason (422 REPLY_NOT_ALLOWED_BY_X).
 */
@Injectable()
export class InboxReplyService {
  constructor(
    private readonly conversations: ConversationRepository,
    private readonly triage: ConversationService,
    private readonly accounts: AccountRepository,
    private readonly posts: PostService,
    private readonly access: AccessService,
    private readonly clock: Clock,
    private readonly uow: UnitOfWork,
  ) {}

  async reply(
    workspaceId: string,
    actor: Actor,
    conversationId: string,
    input: { text: string; inReplyToTweetId?: string; submit?: boolean },
  ): Promise<PostView> {
    const m = await this.access.require(workspaceId, actor, 'posts.write');
    const conversation = await this.triage.visible(workspaceId, m, conversationId);
    const account = await this.accounts.find(workspaceId, conversation.accountId);
    if (!account) throw conversationNotFound();
    const items = await this.conversations.items(workspaceId, conversation.id);
    const target = input.inReplyToTweetId
      ? items.find((i) => i.tweetId === input.inReplyToTweetId)
      : [...items].reverse().find((i) => i.direction === 'in');
    const decision = replyAllowed({
      brand: { xUserId: account.xUserId, handle: account.handle },
      target: target?.tweetId
        ? { authorXId: target.authorXId, authorUsername: target.authorUsername, engagesBrand: target.engagesBrand }
        : null,
      conversationRootAuthorXId: conversation.rootAuthorXId,
    });
    if (!decision.ok)
      throw catalogueError('refused', decision.code, decision.message.params ?? {}, [
        { field: 'inReplyToTweetId', message: decision.code },
      ]);
    const now = this.clock.now();
    return this.uow.run(async () => {
      const created = await this.posts.create(workspaceId, actor, {
        accountId: account.id,
        kind: 'reply',
        inReplyToTweetId: target!.tweetId!,
        segments: [{ text: input.text }],
        scheduledAt: now,
        publishBy: new Date(now.getTime() + REPLY_WINDOW_MS),
      });
      await this.conversations.insertItem({
        workspaceId,
        conversationId: conversation.id,
        tweetId: null,
        direction: 'out',
        authorXId: account.xUserId,
        authorUsername: account.handle,
        text: input.text,
        inReplyToTweetId: target!.tweetId,
        engagesBrand: false,
        postId: created.post.id,
        createdAt: now,
        receivedAt: now,
      });
      await this.conversations.update(workspaceId, conversation.id, {}, now);
      return input.submit ? this.posts.submit(workspaceId, actor, created.post.id) : created;
    });
  }
}
