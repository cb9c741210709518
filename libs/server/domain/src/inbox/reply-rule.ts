import { msg, type MessageRef } from '@xp/shared';

/**
 * X's February 2026 reply rule (self-serve API plans): a reply is accepted only when the post answered is the
 * brand's own, belongs to a thread the brand started, or its author engaged the brand (mentioned it, replied to one
 * of its posts, or quoted one). Checked before a reply is written, so the agent learns it now rather than when the
 * scheduler meets X's 403.
 */
export interface ReplyTarget {
  /** The X user id of the post's author. */
  authorXId: string;
  authorUsername: string;
  /** Whether the post mentions the brand, replies to one of its posts or quotes one (computed at ingestion). */
  engagesBrand: boolean;
}

export interface ReplyRuleInput {
  brand: { xUserId: string; handle: string };
  /** The post answered; null when it is not part of the conversation (unknown to the product). */
  target: ReplyTarget | null;
  /** The X user id of the author of the conversation's first post, when known (a thread the brand started). */
  conversationRootAuthorXId: string | null;
}

export type ReplyRuleDecision =
  | { ok: true; reason: 'own_post' | 'own_thread' | 'engaged' }
  | { ok: false; code: 'REPLY_TARGET_UNKNOWN' | 'REPLY_NOT_ALLOWED_BY_X'; message: MessageRef };

export function replyAllowed(input: ReplyRuleInput): ReplyRuleDecision {
  const { brand, target } = input;
  if (!target) return { ok: false, code: 'REPLY_TARGET_UNKNOWN', message: msg('REPLY_TARGET_UNKNOWN') };
  if (target.authorXId === brand.xUserId) return { ok: true, reason: 'own_post' };
  if (input.conversationRootAuthorXId === brand.xUserId) return { ok: true, reason: 'own_thread' };
  if (target.engagesBrand) return { ok: true, reason: 'engaged' };
  return {
    ok: false,
    code: 'REPLY_NOT_ALLOWED_BY_X',
    message: msg('REPLY_NOT_ALLOWED_BY_X', { handle: brand.handle, author: `@${target.authorUsername}` }),
  };
}

/** What ingestion knows of a post from X, enough to tell whether it engages the brand. */
export interface InboundPostFacts {
  text: string;
  /** Usernames mentioned (X's entities), if X sent them. */
  mentionedUsernames?: readonly string[];
  inReplyToUserId?: string | null;
  /** The author of the quoted post, when the post quotes one. */
  quotedAuthorXId?: string | null;
}

/** The explicit `@username` mentions of a text, lower case (X's rule: letters, digits and `_`, at most 15). */
export function mentionsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|[^A-Za-z0-9_@])@([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_])/g)) {
    out.push(m[1]!.toLowerCase());
  }
  return out;
}

/** Whether the post mentions the brand, replies to one of its posts or quotes one of them. */
export function engagesBrand(post: InboundPostFacts, brand: { xUserId: string; handle: string }): boolean {
  const handle = brand.handle.toLowerCase();
  const mentioned = [...(post.mentionedUsernames ?? []).map((u) => u.toLowerCase()), ...mentionsIn(post.text)];
  return mentioned.includes(handle) || post.inReplyToUserId === brand.xUserId || post.quotedAuthorXId === brand.xUserId;
}
