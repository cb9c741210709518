import { Injectable, Logger } from '@nestjs/common';
import {
  alertsFrom,
  baselineAt,
  RECENT_WINDOW_MIN,
  SEASONAL_HALF_WINDOW_MIN,
  SEASONAL_WEEKS,
  countsIntervalMs,
  evaluateAlerts,
  MINUTE_MS,
  monitorXQuery,
  searchAllowance,
  topTerms,
  utcDay,
  utcMonth,
  X_READ_PRICES_MICRO_USD,
  type CountedMinute,
} from '@xp/server/domain';
import { msg } from '@xp/shared';
import { AccountRepository, type AccountRecord } from '../accounts/account.ports';
import { Notifier } from '../audit/audit.ports';
import { Clock, MembershipRepository } from '../ports';
import {
  ListeningSettings,
  MonitorRepository,
  XSearch,
  type MonitorCursor,
  type MonitorRecord,
} from './listening.ports';
import { ListeningInbox, receivesFor } from './listening-inbox';
import { workspaceCap } from './workspace-cap';

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
/** A monitor's first read counts the last day, so the baseline has history at once. */
export const FIRST_COUNT_WINDOW_MS = DAY_MS;
/** How long a claimed monitor is kept from other workers (a worker that dies frees it after this). */
export const POLL_LEASE_MS = 2 * 60_000;
/** Counts stop at the last complete minute at least this long ago (X indexes a post within seconds). */
const INDEX_LAG_MS = 10_000;
/** Share of a posts-mode monitor's daily budget kept for counts requests (volume first). */
const COUNTS_SHARE_POSTS = 0.5;
/** Posts read to explain an alert of a volume-only monitor (one search page). */
const ALERT_SAMPLE = 50;
const MONITORS_PER_POLL = 50;

/** A monitor's accounts in one poll: the one whose token reads X, and the inbox its posts are filed in (if routed). */
interface Readers {
  accountId: string;
  inbox: AccountRecord | null;
}

/**
 * The listening poller (docs/listening.md), in the worker process: claims due monitors (leased, so several workers
 * never read the same minutes twice), asks X for the new minutes' counts (one request returns every minute since
 * the last), stores them with their baseline, runs the alert rule, and in posts mode reads the new matching posts.
 * Every read is checked against the monitor's daily budget and the workspace's monthly cap before it is made, and
 * billed (counts request or post read) as soon as X answered.
 */
@Injectable()
export class ListeningPollService {
  private readonly logger = new Logger('Listening');

  constructor(
    private readonly monitors: MonitorRepository,
    private readonly x: XSearch,
    private readonly accounts: AccountRepository,
    private readonly memberships: MembershipRepository,
    private readonly notifier: Notifier,
    private readonly settings: ListeningSettings,
    private readonly inbox: ListeningInbox,
    private readonly clock: Clock,
  ) {}

  /** Polls every monitor due now; returns how many were polled. */
  async pollDue(): Promise<number> {
    let polled = 0;
    for (;;) {
      const now = this.clock.now();
      const due = await this.monitors.claimDue(now, new Date(now.getTime() + POLL_LEASE_MS), MONITORS_PER_POLL);
      for (const m of due) {
        try {
          await this.poll(m);
        } catch (e) {
          this.logger.warn(`monitor ${m.id}: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      polled += due.length;
      if (due.length < MONITORS_PER_POLL) return polled;
    }
  }

  private async poll(m: MonitorRecord): Promise<void> {
    const now = this.clock.now();
    const budget = new ReadBudget(
      m.dailyReadBudget - (await this.usageToday(m, now)),
      await this.capLeftMicro(m.workspaceId, now),
    );
    const share = m.mode === 'posts' ? COUNTS_SHARE_POSTS : 1;
    const interval = countsIntervalMs(m.dailyReadBudget, share);
    const next = (paused: 'budget' | 'cap' | null, cursor: Omit<MonitorCursor, 'nextPollAt' | 'paused'> = {}) =>
      this.monitors.saveCursor(m.id, {
        ...cursor,
        paused,
        nextPollAt: new Date(
          paused === 'budget' ? Math.floor(now.getTime() / DAY_MS) * DAY_MS + DAY_MS : now.getTime() + interval,
        ),
      });
    if (budget.exhausted) return next(budget.reason);
    const brandAccounts = (await this.accounts.list(m.workspaceId, null)).filter((a) => receivesFor(a, m.brandId));
    const account = brandAccounts[0];
    if (!account) return next(null);
    // Who reads X for the monitor (the brand's first connected account), and whose inbox receives its posts, if any.
    const via: Readers = {
      accountId: account.id,
      inbox: brandAccounts.find((a) => a.id === m.inboxAccountId) ?? null,
    };
    const query = monitorXQuery(m.query, m.languages);

    // 1. Counts of the complete minutes since the last read.
    const end = Math.floor((now.getTime() - INDEX_LAG_MS) / MINUTE_MS) * MINUTE_MS;
    const start = Math.max(
      m.countedUntil?.getTime() ?? end - FIRST_COUNT_WINDOW_MS,
      Math.ceil((now.getTime() - WEEK_MS) / MINUTE_MS) * MINUTE_MS + MINUTE_MS,
    );
    let countedUntil = m.countedUntil ?? undefined;
    let newPosts = 0;
    let warmUp: Pick<MonitorCursor, 'activeSince' | 'firstReadEnd'> = {};
    const minutes = new Map<number, number>();
    if (end > start) {
      let token: string | undefined;
      do {
        if (!budget.take(1)) return next(budget.reason, { countedUntil });
        const r = await this.x.countsByMinute(account.id, query, new Date(start), new Date(end), token);
        if (r.kind !== 'ok') {
          budget.refund(1);
          this.logger.warn(`counts for monitor ${m.id} failed: ${r.detail}`);
          return next(null, { countedUntil });
        }
        await this.monitors.addReads(m.id, m.workspaceId, utcDay(now), {
          countRequests: 1,
          microUsd: X_READ_PRICES_MICRO_USD.countRequest,
        });
        for (const b of r.value.buckets) minutes.set(b.start.getTime(), b.count);
        token = r.value.nextToken ?? undefined;
      } while (token);
      for (let t = start; t < end; t += MINUTE_MS) if (!minutes.has(t)) minutes.set(t, 0);
      newPosts = [...minutes.values()].reduce((a, b) => a + b, 0);
      warmUp = await this.ingestMinutes(m, start, end, minutes);
      countedUntil = new Date(end);
    }

    // 2. Posts mode: the new matching posts (only when the counts say there are some), sampled when the budget is tight.
    let sinceId = m.sinceId ?? undefined;
    if (m.mode === 'posts' && newPosts > 0) {
      const countsLeft = Math.ceil((DAY_MS - (now.getTime() % DAY_MS)) / interval);
      const max = searchAllowance(budget.left, countsLeft);
      if (max >= 10) {
        const from = sinceId ? { sinceId } : { startTime: new Date(Math.max(start, now.getTime() - 3600_000)) };
        sinceId = (await this.readPosts(m, via, query, from, max, budget, now)) ?? sinceId;
      }
    }

    // 3. The alert in progress: what explains it, and who hears about it when it opens.
    await this.explainAlert(m, via, query, budget, now, end);
    return next(null, { countedUntil, sinceId, ...warmUp });
  }

  /** Stores the new minutes with their baselines and runs the alert rule over them, in order. */
  private async ingestMinutes(
    m: MonitorRecord,
    start: number,
    end: number,
    fresh: Map<number, number>,
  ): Promise<Pick<MonitorCursor, 'activeSince' | 'firstReadEnd'>> {
    // What the baselines of the new minutes look at (the hour before, and ±31 min around the same minutes of the
    // 4 weeks before), stored before `start`: one query over those ranges.
    const ranges: [Date, Date][] = [[new Date(start - RECENT_WINDOW_MIN * MINUTE_MS), new Date(start)]];
    for (let w = 1; w <= SEASONAL_WEEKS; w++) {
      const from = start - w * WEEK_MS - (SEASONAL_HALF_WINDOW_MIN + 1) * MINUTE_MS;
      const to = Math.min(end - w * WEEK_MS + (SEASONAL_HALF_WINDOW_MIN + 1) * MINUTE_MS, start);
      if (to > from) ranges.push([new Date(from), new Date(to)]);
    }
    const history = await this.monitors.countsIn(m.id, ranges);
    const counted: CountedMinute[] = [];
    for (let t = start; t < end; t += MINUTE_MS) {
      const count = fresh.get(t) ?? 0;
      counted.push({ start: t, count, baseline: baselineAt(history, t) });
      history.set(t, count);
    }
    await this.monitors.saveCounts(
      m.id,
      counted.map((c) => ({ minute: c.start, count: c.count, baseline: c.baseline?.value ?? null })),
    );
    const firstActive = counted.find((c) => c.count > 0)?.start;
    const activeSince = m.activeSince?.getTime() ?? firstActive ?? null;
    const firstReadEnd = m.firstReadEnd?.getTime() ?? (m.countedUntil === null ? end : null);
    const current = await this.monitors.currentAlert(m.id);
    const { events, open } = evaluateAlerts(counted, current, m, alertsFrom(activeSince, firstReadEnd));
    let alertId = current?.id;
    for (const e of events) {
      if (e.kind === 'opened') {
        const a = await this.monitors.openAlert(
          m.workspaceId,
          m.id,
          { ...e.alert, topTerms: [], sampleTweetIds: [] },
          this.clock.now(),
        );
        alertId = a.id;
        await this.notify(m, a.id, e.alert.factor, e.alert.peakCount);
      } else if (e.kind === 'resolved' && alertId) {
        await this.monitors.updateAlert(alertId, { ...e.alert, endedAt: new Date(e.endedAt) });
        alertId = undefined;
      }
    }
    // The alert still open keeps its peak and its quiet minutes, so it ends after ALERT_QUIET_MINUTES across polls.
    if (alertId && open) await this.monitors.updateAlert(alertId, open);
    return {
      ...(activeSince !== null ? { activeSince: new Date(activeSince) } : {}),
      ...(firstReadEnd !== null ? { firstReadEnd: new Date(firstReadEnd) } : {}),
    };
  }

  /**
   * One search page of at most `max` posts, if the budget holds them: the reads billed (the posts X returned) and the
   * posts kept. Returns the newest post's id, or null when nothing was read.
   */
  private async readPosts(
    m: MonitorRecord,
    via: Readers,
    query: string,
    from: { sinceId: string } | { startTime: Date },
    max: number,
    budget: ReadBudget,
    now: Date,
  ): Promise<string | null> {
    if (!budget.take(max)) return null;
    const r = await this.x.search(via.accountId, query, from, max);
    budget.refund(max);
    if (r.kind !== 'ok') {
      this.logger.warn(`search for monitor ${m.id} failed: ${r.detail}`);
      return null;
    }
    budget.take(r.value.posts.length);
    await this.monitors.addReads(m.id, m.workspaceId, utcDay(now), {
      searchRequests: 1,
      postReads: r.value.posts.length,
      microUsd: r.value.posts.length * X_READ_PRICES_MICRO_USD.postRead,
    });
    const posts = r.value.posts.map(({ id, text, authorUsername, createdAt, lang, ...xContext }) => ({
      tweetId: id,
      text,
      authorUsername,
      createdAt,
      lang,
      xContext,
    }));
    await this.monitors.savePosts(m.id, posts);
    // Routed to the inbox: the posts just read are filed in the chosen account's inbox (docs/listening.md).
    if (via.inbox) await this.inbox.file(via.inbox, posts);
    return r.value.newestId;
  }

  /** Names the words of the alert in progress (re-read while it grows): from stored posts, or one sample search. */
  private async explainAlert(
    m: MonitorRecord,
    via: Readers,
    query: string,
    budget: ReadBudget,
    now: Date,
    end: number,
  ): Promise<void> {
    const alert = await this.monitors.currentAlert(m.id);
    if (!alert) return;
    const since = alert.startedAt;
    if (m.mode === 'volume' && alert.sampleTweetIds.length === 0)
      await this.readPosts(m, via, query, { startTime: new Date(since) }, ALERT_SAMPLE, budget, now);
    const spike = await this.monitors.postTexts(m.id, new Date(since), new Date(Math.max(end, since + MINUTE_MS)), 500);
    if (spike.length === 0) return;
    const before = await this.monitors.postTexts(m.id, new Date(since - 3600_000), new Date(since), 500);
    const { startedAt, peakCount, baseline, factor, quietMinutes } = alert;
    await this.monitors.updateAlert(alert.id, {
      startedAt,
      peakCount,
      baseline,
      factor,
      quietMinutes,
      topTerms: topTerms(
        spike.map((p) => p.text),
        before.map((p) => p.text),
        m.query,
      ),
      sampleTweetIds: spike.slice(0, 5).map((p) => p.tweetId),
    });
  }

  private async notify(m: MonitorRecord, alertId: string, factor: number, count: number): Promise<void> {
    const brandAccounts = (await this.accounts.list(m.workspaceId, null))
      .filter((a) => a.brandId === m.brandId)
      .map((a) => a.id);
    const members = await this.memberships.list(m.workspaceId, { limit: 500 });
    const recipients = members.items
      .filter(
        (x) =>
          ['owner', 'admin', 'manager'].includes(x.role) &&
          (x.accountIds === null || x.accountIds.some((id) => brandAccounts.includes(id))),
      )
      .map((x) => x.userId);
    await this.notifier.notify({
      workspaceId: m.workspaceId,
      event: 'monitor.alert',
      recipientIds: recipients,
      subjectType: 'monitor',
      subjectId: m.id,
      title: msg('NOTIFY_MONITOR_ALERT', { monitor: m.name, factor: Math.round(factor * 10) / 10, count }),
      data: { monitorId: m.id, alertId, brandId: m.brandId },
    });
  }

  private async usageToday(m: MonitorRecord, now: Date): Promise<number> {
    const u = await this.monitors.usage(m.workspaceId, [m.id], utcDay(now), utcMonth(now));
    return u.get(m.id)?.readsToday ?? 0;
  }

  private async capLeftMicro(workspaceId: string, now: Date): Promise<number> {
    const { capMicroUsd, spentMicroUsd } = await workspaceCap(this.monitors, this.settings, workspaceId, now);
    return capMicroUsd - spentMicroUsd;
  }
}

/** Reads left today for one monitor and under the workspace's cap this month (each read costs $0.005). */
class ReadBudget {
  private capReads: number;

  constructor(
    public left: number,
    capLeftMicro: number,
  ) {
    this.capReads = Math.floor(capLeftMicro / X_READ_PRICES_MICRO_USD.postRead);
  }

  get exhausted(): boolean {
    return this.left < 1 || this.capReads < 1;
  }

  get reason(): 'budget' | 'cap' {
    return this.left < 1 ? 'budget' : 'cap';
  }

  /** Reserves n reads; false (nothing reserved) when either budget lacks them. */
  take(n: number): boolean {
    if (n > this.left || n > this.capReads) return false;
    this.left -= n;
    this.capReads -= n;
    return true;
  }

  refund(n: number): void {
    this.left += n;
    this.capReads += n;
  }
}
