// The delivery protocol of X's webhooks as the sandbox plays it: at-least-once POSTs signed with the app's consumer
// secret, a bounded number in flight per webhook, retries with exponential backoff when the receiver fails (non-2xx,
// network error, timeout), occasional duplicates, and a 24-hour log of attempted events for POST /2/webhooks/replay.
import { createHmac } from 'node:crypto';
import * as http from 'node:http';
import * as https from 'node:https';

export interface DeliverySettings {
  /** Share of successful deliveries sent a second time, 100–1,000 ms later (X: "duplicates happen"). */
  duplicateRate: number;
  /** Delay before the first retry; each next one is 4 times longer. */
  retryBaseMs: number;
  /** Attempts per event (the first one included) before giving up; the event stays replayable. */
  maxAttempts: number;
  /** A receiver that has not answered after this long has failed (the request is abandoned). */
  timeoutMs: number;
  /** Deliveries in flight per webhook. */
  concurrency: number;
}

export const DEFAULT_DELIVERY: DeliverySettings = {
  duplicateRate: 0,
  retryBaseMs: 1000,
  maxAttempts: 6,
  timeoutMs: 10_000,
  concurrency: 32,
};

/** One event raised for one subscription, as logged for replay (the body is rendered when it is sent). */
export interface WebhookEvent {
  uuid: string;
  /** The post's created_at (sandbox clock): what the replay window selects on. */
  at: number;
  tweetId: string;
  eventType: string;
  filter: { user_id: string };
  tag: string | null;
}

export interface DeliveryTarget {
  url: string;
  secret: string;
}

export interface DeliveryStats {
  /** Events handed to the engine (replays excluded). */
  events: number;
  /** Events queued again by replay jobs. */
  replayed: number;
  attempts: number;
  /** Attempts answered 2xx (duplicates included). */
  delivered: number;
  /** Attempts that failed (non-2xx, network error, timeout). */
  failures: number;
  retries: number;
  duplicates: number;
  /** Events abandoned after `maxAttempts` failures. */
  gaveUp: number;
  /** Queued, in flight or waiting for a retry or a duplicate. */
  pending: number;
  /** Failed attempts by cause: the status answered, `timeout`, or the network error's code. */
  failuresBy: Record<string, number>;
}

interface Job {
  webhookId: string;
  event: WebhookEvent;
  attempt: number;
  duplicate: boolean;
  body?: string;
  /** Sent again at once after a reset of a reused connection (once). */
  resent?: boolean;
}

interface Lane {
  queue: Job[];
  head: number;
  inFlight: number;
  /** Keep-alive connections to the webhook (https for an https URL). */
  agent?: http.Agent;
  /** Attempted events, oldest first (by `at`), for replay; entries before `logHead` are forgotten. */
  log: WebhookEvent[];
  logHead: number;
}

export const sign = (secret: string, data: string) =>
  `sha256=${createHmac('sha256', secret).update(data).digest('base64')}`;

const REPLAY_WINDOW_MS = 24 * 3600_000;
const IDLE_SOCKET_MS = 4000;
const MAX_LOG = 500_000;

export interface DeliveryEngineOptions {
  settings: () => DeliverySettings;
  /** The webhook's URL and signing secret, or undefined once it is gone (its queue is dropped). */
  target: (webhookId: string) => DeliveryTarget | undefined;
  /** The envelope of an event, rendered when it is first sent. */
  render: (event: WebhookEvent) => string;
  /** Sandbox time (log retention). */
  now: () => number;
  random?: () => number;
}

export class DeliveryEngine {
  private readonly lanes = new Map<string, Lane>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private counters = {
    events: 0,
    replayed: 0,
    attempts: 0,
    delivered: 0,
    failures: 0,
    retries: 0,
    duplicates: 0,
    gaveUp: 0,
  };
  private failuresBy: Record<string, number> = {};
  private readonly random: () => number;

  constructor(private readonly opts: DeliveryEngineOptions) {
    this.random = opts.random ?? Math.random;
  }

  private lane(webhookId: string): Lane {
    let lane = this.lanes.get(webhookId);
    if (!lane) {
      lane = {
        queue: [],
        head: 0,
        inFlight: 0,
        log: [],
        logHead: 0,
      };
      this.lanes.set(webhookId, lane);
    }
    return lane;
  }

  /** Queues a new event for a webhook and logs it for replay. */
  deliver(webhookId: string, event: WebhookEvent): void {
    const lane = this.lane(webhookId);
    this.counters.events++;
    lane.log.push(event);
    this.prune(lane);
    this.push(lane, { webhookId, event, attempt: 0, duplicate: false });
  }

  /** Queues again the events logged for a webhook with `from <= at < to`; returns how many. */
  replay(webhookId: string, from: number, to: number): number {
    const lane = this.lanes.get(webhookId);
    if (!lane) return 0;
    this.prune(lane);
    const { log } = lane;
    let i = lowerBound(log, lane.logHead, from);
    let n = 0;
    for (; i < log.length && log[i].at < to; i++, n++) {
      this.push(lane, { webhookId, event: log[i], attempt: 0, duplicate: false });
    }
    this.counters.replayed += n;
    return n;
  }

  /** Forgets a deleted webhook: its queue and its log (pending retries are dropped when they come due). */
  forget(webhookId: string): void {
    const lane = this.lanes.get(webhookId);
    if (!lane) return;
    lane.agent?.destroy();
    this.lanes.delete(webhookId);
  }

  stats(): DeliveryStats {
    let queued = 0;
    for (const lane of this.lanes.values()) queued += lane.queue.length - lane.head + lane.inFlight;
    return { ...this.counters, pending: queued + this.timers.size, failuresBy: { ...this.failuresBy } };
  }

  /** Drops everything (POST /_sandbox/reset, close). */
  reset(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    for (const lane of this.lanes.values()) lane.agent?.destroy();
    this.lanes.clear();
    for (const k of Object.keys(this.counters) as Array<keyof typeof this.counters>) this.counters[k] = 0;
    this.failuresBy = {};
  }

  private prune(lane: Lane): void {
    const oldest = this.opts.now() - REPLAY_WINDOW_MS;
    const { log } = lane;
    while (lane.logHead < log.length && (log[lane.logHead].at < oldest || log.length - lane.logHead > MAX_LOG))
      lane.logHead++;
    if (lane.logHead > 4096 && lane.logHead * 2 > log.length) {
      log.splice(0, lane.logHead);
      lane.logHead = 0;
    }
  }

  private push(lane: Lane, job: Job): void {
    lane.queue.push(job);
    this.pump(lane);
  }

  private later(ms: number, fn: () => void): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      fn();
    }, ms);
    t.unref();
    this.timers.add(t);
  }

  private pump(lane: Lane): void {
    const limit = Math.max(1, this.opts.settings().concurrency);
    while (lane.inFlight < limit && lane.head < lane.queue.length) {
      const job = lane.queue[lane.head];
      lane.queue[lane.head++] = undefined as unknown as Job;
      if (lane.head > 1024 && lane.head * 2 > lane.queue.length) {
        lane.queue.splice(0, lane.head);
        lane.head = 0;
      }
      this.send(lane, job);
    }
  }

  private send(lane: Lane, job: Job): void {
    const target = this.opts.target(job.webhookId);
    if (!target || this.lanes.get(job.webhookId) !== lane) return;
    const settings = this.opts.settings();
    job.body ??= this.opts.render(job.event);
    const body = job.body;
    lane.inFlight++;
    this.counters.attempts++;
    let settled = false;
    const done = (ok: boolean, cause = '') => {
      if (settled) return;
      settled = true;
      lane.inFlight--;
      if (ok) this.succeeded(lane, job, settings);
      else {
        this.failuresBy[cause] = (this.failuresBy[cause] ?? 0) + 1;
        this.failed(lane, job, settings);
      }
      this.pump(lane);
    };
    const url = new URL(target.url);
    const client = url.protocol === 'https:' ? https : http;
    // Idle connections are closed after 4 s, before a receiver's own keep-alive timeout (Node's default is 5 s).
    lane.agent ??= new client.Agent({ keepAlive: true, maxSockets: 256, timeout: IDLE_SOCKET_MS });
    const req = client.request(
      {
        hostname: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port || (url.protocol === 'https:' ? 443 : 80),
        path: `${url.pathname}${url.search}`,
        method: 'POST',
        agent: lane.agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'x-twitter-webhooks-signature': sign(target.secret, body),
        },
      },
      (res) => {
        res.resume();
        const status = res.statusCode ?? 0;
        res.on('end', () => done(status >= 200 && status < 300, String(status)));
        res.on('error', (e: NodeJS.ErrnoException) => done(false, e.code ?? e.message));
      },
    );
    req.setTimeout(settings.timeoutMs, () => req.destroy(Object.assign(new Error('timeout'), { code: 'timeout' })));
    req.on('error', (e: NodeJS.ErrnoException) => {
      // A kept-alive connection the receiver closed as it was reused: the request never reached it, send it again.
      if (e.code === 'ECONNRESET' && req.reusedSocket && !settled && !job.resent) {
        settled = true;
        lane.inFlight--;
        this.counters.attempts--;
        lane.queue.splice(lane.head, 0, { ...job, resent: true });
        this.pump(lane);
        return;
      }
      done(false, e.code ?? e.message);
    });
    req.end(body);
  }

  private succeeded(lane: Lane, job: Job, settings: DeliverySettings): void {
    this.counters.delivered++;
    if (job.duplicate || settings.duplicateRate <= 0 || this.random() >= settings.duplicateRate) return;
    this.counters.duplicates++;
    this.later(100 + Math.floor(this.random() * 900), () => {
      if (this.lanes.get(job.webhookId) === lane) this.push(lane, { ...job, duplicate: true, resent: false });
    });
  }

  private failed(lane: Lane, job: Job, settings: DeliverySettings): void {
    this.counters.failures++;
    if (job.duplicate) return;
    const attempt = job.attempt + 1;
    if (attempt >= settings.maxAttempts) {
      this.counters.gaveUp++;
      return;
    }
    this.counters.retries++;
    this.later(settings.retryBaseMs * 4 ** (attempt - 1), () => {
      if (this.lanes.get(job.webhookId) === lane) this.push(lane, { ...job, attempt, resent: false });
    });
  }
}

/** The first index ≥ `from` whose event is at or after `at` (the log is sorted by `at`). */
function lowerBound(log: WebhookEvent[], from: number, at: number): number {
  let lo = from;
  let hi = log.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (log[mid].at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
