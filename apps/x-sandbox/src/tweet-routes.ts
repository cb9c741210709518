import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type AuthContext, type SandboxContext, type XResult } from './context';
import { forbidden, notFound } from './problems';
import { type Query, qlist, qstr, renderUser } from './render';
import { isSnowflakeLike } from './snowflake';
import { normaliseForDuplicate, type SandboxUser } from './state';
import { invalid, validateTweetBody } from './tweet-body';
import { createTweet, postCharge } from './tweet-create';
import { isOwnedRead, lookupTweets } from './tweet-lookup';
import { arrayView, page } from './tweet-query';

export { validateTweetBody } from './tweet-body';

const TWEET_SCOPES = ['tweet.read', 'tweet.write', 'users.read'];
const READ_SCOPES = ['tweet.read', 'users.read'];

export function registerTweetRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  const { state, behaviour } = ctx;
  /** The user named by `:id` in the path; X answers 200 with an error when there is none. */
  const pathUser = (req: FastifyRequest): SandboxUser | XResult => {
    const id = (req.params as { id: string }).id;
    return state.users.get(id) ?? { status: 200, body: { errors: [notFound('user', 'id', id)] } };
  };
  const userOf = (auth: AuthContext): SandboxUser => {
    if (auth.kind !== 'user') throw new Error('user context expected');
    return auth.user;
  };

  app.post(
    '/2/tweets',
    ctx.route({ endpoint: 'tweets.create', auth: 'user', scopes: TWEET_SCOPES }, (req, auth): XResult => {
      const user = userOf(auth);
      const body = validateTweetBody(req.body);
      const out = createTweet(ctx, user, body, { app: auth.kind === 'user' ? auth.app : undefined });
      if ('refused' in out) return out.refused;
      const { id, text } = out.tweet;
      return {
        status: 201,
        body: { data: { id, text, edit_history_tweet_ids: [id] } },
        usage: postCharge(out.tweet, out.replyToMention),
      };
    }),
  );

  app.delete(
    '/2/tweets/:id',
    ctx.route(
      { endpoint: 'tweets.delete', auth: 'user', scopes: TWEET_SCOPES },
      (req: FastifyRequest, auth): XResult => {
        const user = userOf(auth);
        const id = (req.params as { id: string }).id;
        if (!isSnowflakeLike(id))
          invalid([
            {
              parameters: { id: [id] },
              message: `The \`id\` query parameter value [${id}] does not match ^[0-9]{1,19}$`,
            },
          ]);
        const t = state.tweets.get(id);
        if (!t || t.deleted) {
          if (behaviour.deleteUnknown === 'not-found')
            return { status: 404, body: { errors: [notFound('tweet', 'id', id)] } };
          return { status: 200, body: { data: { deleted: false } } };
        }
        if (t.authorId !== user.id)
          return { status: 403, body: forbidden('You are not allowed to delete this Tweet.') };
        t.deleted = true;
        const texts = state.recentTexts.get(t.authorId);
        if (texts?.get(normaliseForDuplicate(t.text)) === t.createdAt) texts.delete(normaliseForDuplicate(t.text));
        ctx.changed();
        return { status: 200, body: { data: { deleted: true } } };
      },
    ),
  );

  app.get(
    '/2/users/me',
    ctx.route({ endpoint: 'users.me', auth: 'user', scopes: READ_SCOPES }, (req, auth): XResult => {
      const user = userOf(auth);
      return {
        status: 200,
        body: { data: renderUser(user, qlist(req.query as Query, 'user.fields'), ctx) },
        usage: { userIds: [user.id] },
      };
    }),
  );

  const userLookup = (u: SandboxUser | undefined, param: string, value: string, q: Query): XResult =>
    u
      ? { status: 200, body: { data: renderUser(u, qlist(q, 'user.fields'), ctx) }, usage: { userIds: [u.id] } }
      : { status: 200, body: { errors: [notFound('user', param, value)] } };

  app.get(
    '/2/users/:id',
    ctx.route({ auth: 'any', scopes: READ_SCOPES }, (req): XResult => {
      const id = (req.params as { id: string }).id;
      return userLookup(state.users.get(id), 'id', id, req.query as Query);
    }),
  );
  app.get(
    '/2/users/by/username/:username',
    ctx.route({ auth: 'any', scopes: READ_SCOPES }, (req): XResult => {
      const name = (req.params as { username: string }).username;
      return userLookup(state.userByName(name), 'username', name, req.query as Query);
    }),
  );

  app.get(
    '/2/users/:id/tweets',
    ctx.route({ endpoint: 'users.tweets', auth: 'any', scopes: READ_SCOPES }, (req, auth): XResult => {
      const q = req.query as Query;
      const user = pathUser(req);
      if ('status' in user) return user;
      const exclude = qlist(q, 'exclude');
      let list = (state.timelines.get(user.id) ?? []).filter((t) => !t.deleted);
      if (exclude.has('replies')) list = list.filter((t) => !t.inReplyToTweetId);
      return page(ctx, arrayView(list), q, {
        tokenParam: 'pagination_token',
        minMax: 5,
        maxMax: 100,
        defMax: 10,
        cap: 3200,
        owned: isOwnedRead(auth, user),
      });
    }),
  );

  app.get(
    '/2/tweets',
    ctx.route({ endpoint: 'tweets.lookup', auth: 'any', scopes: READ_SCOPES }, (req, auth): XResult => {
      const q = req.query as Query;
      const raw = qstr(q, 'ids');
      if (!raw) invalid([{ parameters: { ids: [] }, message: 'The `ids` query parameter can not be empty' }]);
      const ids = raw.split(',');
      if (ids.length > 100) {
        invalid([
          {
            parameters: { ids: [raw] },
            message: `The number of values in the \`ids\` query parameter list [${ids.length}] is not between 1 and 100`,
          },
        ]);
      }
      return lookupTweets(ctx, auth, ids, 'ids', q, false);
    }),
  );

  app.get(
    '/2/tweets/:id',
    ctx.route({ endpoint: 'tweets.lookup', auth: 'any', scopes: READ_SCOPES }, (req, auth): XResult => {
      const id = (req.params as { id: string }).id;
      return lookupTweets(ctx, auth, [id], 'id', req.query as Query, true);
    }),
  );
}
