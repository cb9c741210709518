import { Injectable } from '@nestjs/common';
import {
  catalogueError,
  coversAccount,
  isConversationStatus,
  searchTerms,
  type ConversationStatus,
} from '@xp/server/domain';
import { msg } from '@xp/shared';
import { AuditLog, Notifier } from '../audit/audit.ports';
import { AccessService, isUuid, type Actor } from '../identity/access.service';
import { Clock, MembershipRepository, UnitOfWork, type MembershipRecord } from '../ports';
import {
  ConversationRepository,
  type ConversationItemRecord,
  type ConversationNoteRecord,
  type ConversationRecord,
} from './inbox.ports';

export const conversationNotFound = () => catalogueError('not_found', 'CONVERSATION_NOT_FOUND');

export interface ConversationListInput {
  accountId?: string;
  status?: ConversationStatus;
  /** 'me', 'none' or a user id. */
  assignee?: string;
  breached?: boolean;
  q?: string;
  limit?: number;
  cursor?: string;
}

export interface ConversationView {
  conversation: ConversationRecord;
  items: ConversationItemRecord[];
  notes: ConversationNoteRecord[];
  brandPost: { tweetId: string; postId: string | null; text: string | null } | null;
}

/**
 * The inbox's conversations: reading (every role, within its account scope: another account's conversation is
 * unknown, 404), and triage by the roles that write posts (assign, status, notes). Every change is audited.
 */
@Injectable()
export class ConversationService {
  constructor(
    private readonly conversations: ConversationRepository,
    private readonly access: AccessService,
    private readonly memberships: MembershipRepository,
    private readonly audit: AuditLog,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
    private readonly uow: UnitOfWork,
  ) {}

  async list(
    workspaceId: string,
    actor: Actor,
    q: ConversationListInput,
  ): Promise<{ items: ConversationRecord[]; nextCursor: string | null; openCount: number }> {
    const m = await this.access.require(workspaceId, actor, 'posts.read');
    if (q.accountId && !coversAccount(m.accountIds, q.accountId)) return { items: [], nextCursor: null, openCount: 0 };
    const terms = searchTerms(q.q);
    const page = await this.conversations.list(workspaceId, {
      scope: m.accountIds,
      ...(q.accountId ? { accountId: q.accountId } : {}),
      ...(q.status ? { status: q.status } : {}),
      ...(q.assignee ? { assignee: q.assignee === 'me' ? actor.userId : q.assignee } : {}),
      ...(q.breached ? { breachedAt: this.clock.now() } : {}),
      ...(terms.length ? { terms } : {}),
      limit: q.limit ?? 50,
      ...(q.cursor ? { cursor: q.cursor } : {}),
    });
    return { ...page, openCount: await this.conversations.countOpen(workspaceId, m.accountIds) };
  }

  async get(workspaceId: string, actor: Actor, id: string): Promise<ConversationView> {
    const m = await this.access.require(workspaceId, actor, 'posts.read');
    const conversation = await this.visible(workspaceId, m, id);
    return this.view(conversation);
  }

  async view(conversation: ConversationRecord): Promise<ConversationView> {
    const { workspaceId, id } = conversation;
    const items = await this.conversations.items(workspaceId, id);
    const notes = await this.conversations.notes(workspaceId, id);
    const brandPost = conversation.brandTweetId
      ? await this.conversations.brandPost(workspaceId, conversation.accountId, conversation.brandTweetId)
      : null;
    return {
      conversation,
      items,
      notes,
      brandPost: conversation.brandTweetId
        ? { tweetId: conversation.brandTweetId, postId: brandPost?.postId ?? null, text: brandPost?.text ?? null }
        : null,
    };
  }

  async assign(workspaceId: string, actor: Actor, id: string, userId: string | null): Promise<ConversationView> {
    const m = await this.access.require(workspaceId, actor, 'posts.write');
    return this.uow.run(async () => {
      const c = await this.visible(workspaceId, m, id, true);
      if (userId !== null) {
        const assignee = isUuid(userId) ? await this.memberships.find(workspaceId, userId) : null;
        if (!assignee || assignee.role === 'viewer' || !coversAccount(assignee.accountIds, c.accountId))
          throw catalogueError('invalid', 'CONVERSATION_ASSIGNEE_INVALID', {}, [
            { field: 'userId', message: 'not a member who may answer on this account' },
          ]);
      }
      if (c.assigneeId === userId) return this.view(c);
      const saved = (await this.conversations.update(workspaceId, id, { assigneeId: userId }, this.clock.now()))!;
      await this.record(workspaceId, actor, id, 'conversation.assigned', { from: c.assigneeId, to: userId });
      if (userId && userId !== actor.userId)
        await this.notifier.notify({
          workspaceId,
          event: 'conversation.assigned',
          recipientIds: [userId],
          subjectType: 'conversation',
          subjectId: id,
          title: msg('NOTIFY_CONVERSATION_ASSIGNED', { author: c.previewAuthor }),
          body: c.previewText,
          data: { accountId: c.accountId },
        });
      return this.view(saved);
    });
  }

  async setStatus(workspaceId: string, actor: Actor, id: string, status: string): Promise<ConversationView> {
    const m = await this.access.require(workspaceId, actor, 'posts.write');
    if (!isConversationStatus(status))
      throw catalogueError('invalid', 'VALIDATION_FAILED', {}, [{ field: 'status', message: 'open, pending or done' }]);
    return this.uow.run(async () => {
      const c = await this.visible(workspaceId, m, id, true);
      if (c.status === status) return this.view(c);
      const saved = (await this.conversations.update(workspaceId, id, { status }, this.clock.now()))!;
      await this.record(workspaceId, actor, id, 'conversation.status_changed', { from: c.status, to: status });
      return this.view(saved);
    });
  }

  async addNote(workspaceId: string, actor: Actor, id: string, text: string): Promise<ConversationNoteRecord> {
    const m = await this.access.require(workspaceId, actor, 'posts.write');
    const body = text.trim();
    if (!body) throw catalogueError('invalid', 'VALIDATION_FAILED', {}, [{ field: 'text', message: 'required' }]);
    return this.uow.run(async () => {
      await this.visible(workspaceId, m, id);
      const note = await this.conversations.addNote(workspaceId, {
        conversationId: id,
        authorId: actor.userId,
        text: body,
        createdAt: this.clock.now(),
      });
      await this.record(workspaceId, actor, id, 'conversation.note_added', { noteId: note.id });
      return note;
    });
  }

  /** The conversation if the member's scope covers its account; otherwise it does not exist for them (404). */
  async visible(workspaceId: string, m: MembershipRecord, id: string, lock = false): Promise<ConversationRecord> {
    const c = isUuid(id)
      ? await (lock ? this.conversations.findForUpdate(workspaceId, id) : this.conversations.find(workspaceId, id))
      : null;
    if (!c || !coversAccount(m.accountIds, c.accountId)) throw conversationNotFound();
    return c;
  }

  private record(workspaceId: string, actor: Actor, id: string, action: string, data: Record<string, unknown>) {
    return this.audit.record({
      workspaceId,
      actorId: actor.userId,
      action,
      subjectType: 'conversation',
      subjectId: id,
      data,
    });
  }
}
