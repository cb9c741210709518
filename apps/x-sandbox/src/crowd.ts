// The crowd: members of the public posting about some accounts and keywords at a scenario's rate, on the sandbox
// clock. Posts go through the public's path (POST /_sandbox/tweets: X's checks, no plan rules, no rate limits, no
// cost), so they are indexed for search, counts and mentions and raise webhook events. A timer generates them as
// time passes; when POST /_sandbox/clock jumps, every post of the skipped window is generated at once, in time
// order across crowds, with its own created_at in the past.
import type { FastifyInstance } from 'fastify';
import { createUser } from './admin-routes';
import type { SandboxContext } from './context';
import {
  type CrowdLang,
  type CrowdSpec,
  crowdMember,
  planPost,
  poolSize,
  postTime,
  type Scenario,
} from './crowd-model';
import type { SandboxTweet, SandboxUser } from './state';
import { createTweet } from './tweet-create';

const SCENARIOS: Scenario[] = ['calm', 'launch', 'crisis'];
const LANGS: CrowdLang[] = ['fr', 'en', 'mix'];
const MAX_DURATION_MS = 30 * 24 * 3600_000;
/** Timer bounds: the crowd looks at the clock at least every 250 ms (a base clock may run fast), at most every 10. */
const MIN_TICK_MS = 10;
const MAX_TICK_MS = 250;
/** Replies go under one of the brand's latest posts. */
const LATEST_POSTS = 3;

interface Crowd {
  id: string;
  spec: CrowdSpec;
  startAt: number;
  endAt: number;
  /** Index of the next post, and its absolute time (Infinity: no more). */
  n: number;
  nextAt: number;
  generated: number;
  stopped: boolean;
}

export type CrowdInput = Partial<Record<keyof CrowdSpec, unknown>>;

/** Validates a POST /_sandbox/crowd body; returns the spec or the first problem. */
export function parseCrowd(ctx: SandboxContext, b: CrowdInput): CrowdSpec | string {
  if (!SCENARIOS.includes(b.scenario as Scenario)) return `scenario must be one of ${SCENARIOS.join('|')}`;
  const strings = (v: unknown, name: string): string[] | string => {
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || !s.trim())) return `${name} must list strings`;
    return v.map((s: string) => s.trim());
  };
  const about = strings(b.about, 'about');
  if (typeof about === 'string') return about;
  const keywords = strings(b.keywords, 'keywords');
  if (typeof keywords === 'string') return keywords;
  const users = about.map((u) => ctx.state.userByName(u));
  const unknown = about.find((_, i) => !users[i]);
  if (unknown !== undefined) return `unknown account @${unknown.replace(/^@/, '')}`;
  if (about.length + keywords.length === 0) return 'about or keywords must name something to talk about';
  const num = (v: unknown, def: number) => (v === undefined ? def : typeof v === 'number' ? v : NaN);
  const perMinute = num(b.perMinute, 30);
  if (!(perMinute > 0 && perMinute <= 100_000)) return 'perMinute must be a number in (0, 100000]';
  const durationMs = num(b.durationMs, 3600_000);
  if (!(durationMs > 0 && durationMs <= MAX_DURATION_MS)) return 'durationMs must be a number in (0, 30 days]';
  const seed = num(b.seed, 1);
  if (!Number.isSafeInteger(seed)) return 'seed must be an integer';
  const lang = (b.lang ?? 'fr') as CrowdLang;
  if (!LANGS.includes(lang)) return `lang must be one of ${LANGS.join('|')}`;
  return {
    scenario: b.scenario as Scenario,
    about: users.map((u) => (u as SandboxUser).username),
    keywords,
    perMinute,
    durationMs,
    seed,
    lang,
  };
}

export class CrowdManager {
  private readonly crowds = new Map<string, Crowd>();
  private seq = 0;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly ctx: SandboxContext) {}

  start(spec: CrowdSpec): string {
    const now = this.ctx.now();
    const c: Crowd = {
      id: String(++this.seq),
      spec,
      startAt: now,
      endAt: now + spec.durationMs,
      n: 0,
      nextAt: Number.POSITIVE_INFINITY,
      generated: 0,
      stopped: false,
    };
    // The members exist from the start: creating one later, during a catch-up, would take an id from the present.
    for (let k = 0; k < poolSize(spec); k++) this.member(c, k);
    this.plan(c);
    this.crowds.set(c.id, c);
    this.catchUp();
    return c.id;
  }

  describe(id: string): { id: string; generated: number; running: boolean } | undefined {
    const c = this.crowds.get(id);
    if (!c) return undefined;
    const now = this.ctx.now();
    this.catchUp(now); // what is due is generated before it is counted
    return { id: c.id, generated: c.generated, running: !c.stopped && now < c.endAt };
  }

  stop(id: string): boolean {
    const c = this.crowds.get(id);
    if (!c) return false;
    c.stopped = true;
    c.nextAt = Number.POSITIVE_INFINITY;
    this.arm();
    return true;
  }

  reset(): void {
    this.crowds.clear();
    this.arm();
  }

  close(): void {
    this.closed = true;
    this.crowds.clear();
    this.arm();
  }

  /** Generates every post due by now, oldest first across crowds, then sets the timer for the next one. */
  catchUp(now = this.ctx.now()): void {
    for (;;) {
      let next: Crowd | undefined;
      for (const c of this.crowds.values()) if (c.nextAt <= now && (!next || c.nextAt < next.nextAt)) next = c;
      if (!next) break;
      this.generate(next);
      next.n++;
      this.plan(next);
    }
    this.arm();
  }

  private plan(c: Crowd): void {
    const t = c.stopped ? undefined : postTime(c.spec, c.n);
    c.nextAt = t === undefined ? Number.POSITIVE_INFINITY : c.startAt + t;
  }

  private arm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.closed) return;
    let first = Number.POSITIVE_INFINITY;
    for (const c of this.crowds.values()) first = Math.min(first, c.nextAt);
    if (first === Number.POSITIVE_INFINITY) return;
    const delay = Math.min(MAX_TICK_MS, Math.max(MIN_TICK_MS, first - this.ctx.now()));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.catchUp();
    }, delay);
    this.timer.unref();
  }

  private member(c: Crowd, k: number): SandboxUser {
    const m = crowdMember(c.spec, k);
    return (
      this.ctx.state.userByName(m.username) ??
      createUser(this.ctx, { username: m.username, name: m.name, followersCount: m.followersCount })
    );
  }

  /** The brand's newest top-level posts, newest first. */
  private latestPosts(username: string): SandboxTweet[] {
    const user = this.ctx.state.userByName(username);
    const timeline = user ? (this.ctx.state.timelines.get(user.id) ?? []) : [];
    const out: SandboxTweet[] = [];
    const oldest = Math.max(0, timeline.length - 500); // the brand's own replies are skipped: a bounded look back
    for (let i = timeline.length - 1; i >= oldest && out.length < LATEST_POSTS; i--) {
      const t = timeline[i];
      if (!t.deleted && !t.inReplyToTweetId) out.push(t);
    }
    return out;
  }

  /** Posts the crowd's n-th post at its own time (never before the newest post: created_at stays in order). */
  private generate(c: Crowd): void {
    const newest = this.ctx.state.allTweets[this.ctx.state.allTweets.length - 1];
    const at = Math.max(c.nextAt, newest?.createdAt ?? 0);
    // A member cannot say the same thing twice within a day (X's duplicate rule): another variant is drawn.
    for (let variant = 0; variant < 20; variant++) {
      const plan = planPost(c.spec, c.n, variant);
      let text = plan.text;
      let replyTo: string | undefined;
      if (plan.kind === 'reply' && plan.brand) {
        const latest = this.latestPosts(plan.brand);
        if (latest.length) replyTo = latest[Math.floor(plan.target ** 2 * latest.length)].id;
        else text = plan.fallback ?? text;
      }
      try {
        const body = { text, ...(replyTo ? { reply: { in_reply_to_tweet_id: replyTo } } : {}) };
        if ('tweet' in createTweet(this.ctx, this.member(c, plan.author), body, { lang: plan.lang, at })) {
          c.generated++;
          return;
        }
      } catch {
        return; // a text X would refuse outright: skipped
      }
    }
  }
}

export function registerCrowdRoutes(app: FastifyInstance, ctx: SandboxContext): CrowdManager {
  const crowds = new CrowdManager(ctx);
  ctx.resetHooks.push(() => crowds.reset());
  ctx.clockListeners.push(() => crowds.catchUp());
  app.addHook('onClose', async () => crowds.close());

  app.post('/_sandbox/crowd', (req, reply) => {
    const spec = parseCrowd(ctx, (req.body ?? {}) as CrowdInput);
    if (typeof spec === 'string') return reply.code(400).send({ error: spec });
    return reply.code(201).send({ data: { id: crowds.start(spec) } });
  });
  app.get('/_sandbox/crowd/:id', (req, reply) => {
    const d = crowds.describe((req.params as { id: string }).id);
    return d ? { data: d } : reply.code(404).send({ error: 'unknown crowd' });
  });
  app.delete('/_sandbox/crowd/:id', (req, reply) => {
    const id = (req.params as { id: string }).id;
    if (!crowds.stop(id)) return reply.code(404).send({ error: 'unknown crowd' });
    return { data: crowds.describe(id) };
  });
  return crowds;
}
