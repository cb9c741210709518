import { createHmac, timingSafeEqual } from 'node:crypto';
import type { XInboundPost } from './inbox.ports';

/** X's signature of a payload: `sha256=` + base64(HMAC-SHA256(consumer secret, payload)); also the CRC answer. */
export function xSignature(secret: string, payload: string | Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(payload).digest('base64')}`;
}

/** Whether `header` is X's signature of `body` (constant-time comparison). */
export function validXSignature(secret: string, body: Buffer, header: string | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(xSignature(secret, body));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** A post as X renders it (API v2, `tweet.fields` and expansions). */
export interface XTweetJson {
  id: string;
  text: string;
  author_id?: string;
  created_at?: string;
  conversation_id?: string;
  in_reply_to_user_id?: string;
  referenced_tweets?: { type: string; id: string }[];
  entities?: { mentions?: { username: string }[] };
}
export interface XIncludesJson {
  users?: { id: string; username: string }[];
  tweets?: XTweetJson[];
}

/** The inbox's view of a post X sent, with the usernames and referenced posts of `includes`. */
export function inboundPost(t: XTweetJson, includes: XIncludesJson | undefined, now: Date): XInboundPost | null {
  if (!t?.id || typeof t.text !== 'string' || !t.author_id) return null;
  const ref = (type: string) => t.referenced_tweets?.find((r) => r.type === type)?.id ?? null;
  const quoted = ref('quoted');
  return {
    id: t.id,
    text: t.text,
    authorId: t.author_id,
    authorUsername: includes?.users?.find((u) => u.id === t.author_id)?.username ?? t.author_id,
    createdAt: t.created_at ? new Date(t.created_at) : now,
    conversationId: t.conversation_id ?? t.id,
    inReplyToTweetId: ref('replied_to'),
    inReplyToUserId: t.in_reply_to_user_id ?? null,
    quotedAuthorId: quoted ? (includes?.tweets?.find((q) => q.id === quoted)?.author_id ?? null) : null,
    mentions: (t.entities?.mentions ?? []).map((m) => m.username),
    ...withRepliedTo(ref('replied_to'), includes, now),
  };
}

function withRepliedTo(
  id: string | null,
  includes: XIncludesJson | undefined,
  now: Date,
): { repliedTo?: XInboundPost } {
  const t = id ? includes?.tweets?.find((x) => x.id === id) : undefined;
  const post = t ? inboundPost({ ...t, referenced_tweets: [] }, includes, now) : null;
  return post ? { repliedTo: post } : {};
}

/** One delivery of the X Activity API: `{ data: { event_uuid, filter: { user_id }, event_type, payload, includes } }`. */
export interface XActivityEvent {
  eventId: string;
  userId: string;
  eventType: string;
  post: XInboundPost;
}

export function parseActivityDelivery(body: unknown, now: Date): XActivityEvent[] {
  const root = body as { data?: unknown } | null;
  const events = Array.isArray(root?.data) ? root.data : root?.data ? [root.data] : [];
  const out: XActivityEvent[] = [];
  for (const e of events as Record<string, unknown>[]) {
    const filter = e?.['filter'] as { user_id?: unknown } | undefined;
    const post = inboundPost(e?.['payload'] as XTweetJson, e?.['includes'] as XIncludesJson | undefined, now);
    if (typeof e?.['event_uuid'] !== 'string' || typeof filter?.user_id !== 'string' || !post) continue;
    out.push({ eventId: e['event_uuid'], userId: filter.user_id, eventType: String(e['event_type'] ?? ''), post });
  }
  return out;
}
