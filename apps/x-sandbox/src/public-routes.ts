// Admin routes of the listening issue: posts by the public (any sandbox user, no API app: no plan rules, no rate
// limits, no cost) and the pay-per-use usage ledger.
import type { FastifyInstance } from 'fastify';
import { type SandboxContext, XProblemError } from './context';
import { iso } from './render';
import { validateTweetBody } from './tweet-body';
import { createTweet } from './tweet-create';

function obj(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** The first human-readable message of an X problem body. */
function problemMessage(body: unknown): string {
  const b = obj(body);
  const errors = Array.isArray(b.errors) ? b.errors.map(obj) : [];
  const first = errors.find((e) => typeof e.message === 'string');
  return first ? String(first.message) : typeof b.detail === 'string' ? b.detail : 'refused';
}

export function registerPublicRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  const { state } = ctx;

  app.post('/_sandbox/tweets', (req, reply) => {
    const b = obj(req.body);
    const user = typeof b.username === 'string' ? state.userByName(b.username) : undefined;
    if (!user) return reply.code(404).send({ error: `unknown user ${JSON.stringify(b.username ?? null)}` });
    if (b.lang !== undefined && (typeof b.lang !== 'string' || !/^[a-z]{2,3}$/.test(b.lang)))
      return reply.code(400).send({ error: 'lang must be a 2 or 3 letter language code' });
    const xBody: Record<string, unknown> = { text: b.text };
    if (b.in_reply_to_tweet_id !== undefined) xBody.reply = { in_reply_to_tweet_id: b.in_reply_to_tweet_id };
    if (b.quote_tweet_id !== undefined) xBody.quote_tweet_id = b.quote_tweet_id;
    try {
      const out = createTweet(ctx, user, validateTweetBody(xBody), { lang: b.lang as string | undefined });
      if ('refused' in out) return reply.code(out.refused.status).send({ error: problemMessage(out.refused.body) });
      const t = out.tweet;
      return reply.code(201).send({
        data: {
          id: t.id,
          text: t.text,
          username: user.username,
          created_at: iso(t.createdAt),
          conversation_id: t.conversationId,
        },
      });
    } catch (e) {
      if (e instanceof XProblemError) return reply.code(e.status).send({ error: problemMessage(e.body) });
      throw e;
    }
  });

  app.get('/_sandbox/usage', (req, reply) => {
    const clientId = (req.query as Record<string, string | undefined>).clientId;
    if (clientId && !state.apps.has(clientId)) return reply.code(404).send({ error: `unknown clientId ${clientId}` });
    return { data: ctx.ledger.report(clientId || undefined) };
  });
}
