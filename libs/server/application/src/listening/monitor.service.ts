import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { catalogueError, checkMonitorQuery, staleVersion, utcDay, utcMonth } from '@xp/server/domain';
import {
  formatMessage,
  MONITOR_DEFAULT_MIN_VOLUME,
  MONITOR_DEFAULT_SPIKE_FACTOR,
  type CreateMonitorRequest,
  type MonitorAlertStatus,
  type SeriesGranularity,
  type UpdateMonitorRequest,
} from '@xp/shared';
import { AccountRepository, type AccountRecord } from '../accounts/account.ports';
import { memberBrands, requireBrandInScope } from '../accounts/brand-scope';
import { HoldService } from '../holds/hold.service';
import type { HoldRecord } from '../holds/holds.ports';
import { AccessService, isUuid, type Actor } from '../identity/access.service';
import { decodeCursor, encodeCursor } from '../identity/secrets';
import { BrandRepository, Clock } from '../ports';
import {
  ListeningSettings,
  MonitorRepository,
  type MonitorAlertRecord,
  type MonitorPostRecord,
  type MonitorRecord,
  type MonitorUsage,
  type SeriesRow,
} from './listening.ports';
import { ListeningInbox, receivesFor } from './listening-inbox';
import { workspaceCap, type WorkspaceCap } from './workspace-cap';

const DAY_MS = 86_400_000;
/** The longest series one request may ask for, by granularity (a month of minutes, a year of hours or days). */
const SERIES_SPAN_MAX_MS: Record<SeriesGranularity, number> = {
  minute: 31 * DAY_MS,
  hour: 366 * DAY_MS,
  day: 3 * 366 * DAY_MS,
};

export interface MonitorView {
  monitor: MonitorRecord;
  usage: MonitorUsage;
}

export interface AlertView {
  alert: MonitorAlertRecord;
  samplePosts: MonitorPostRecord[];
}

/** The most posts one alert files into the inbox (newest first). */
const ALERT_INBOX_MAX = 500;

const NO_USAGE: MonitorUsage = { readsToday: 0, microUsdToday: 0, readsThisMonth: 0, microUsdThisMonth: 0 };

/**
 * Monitors of what is said on X (docs/listening.md): everyone who reads the workspace reads them (a member limited
 * to some accounts: those of their accounts' brands); owners, admins and managers keep them, since every read is
 * billed. A query X would refuse is refused here first (400 MONITOR_QUERY_INVALID), before any read is spent.
 */
@Injectable()
export class MonitorService {
  constructor(
    private readonly monitors: MonitorRepository,
    private readonly brands: BrandRepository,
    private readonly accounts: AccountRepository,
    private readonly access: AccessService,
    private readonly holds: HoldService,
    private readonly settings: ListeningSettings,
    private readonly inbox: ListeningInbox,
    private readonly clock: Clock,
  ) {}

  /** The workspace's monthly cap on listening reads (its own, or the product's default) and this month's spend. */
  async capAndSpend(workspaceId: string, actor: Actor): Promise<WorkspaceCap> {
    await this.access.require(workspaceId, actor, 'listening.read');
    return workspaceCap(this.monitors, this.settings, workspaceId, this.clock.now());
  }

  /** Owners and admins set the cap (money); the pollers stop reading once the month's spend reaches it. */
  async setCap(workspaceId: string, actor: Actor, monthlyCapUsd: number): Promise<WorkspaceCap> {
    await this.access.require(workspaceId, actor, 'workspace.update');
    await this.monitors.setMonthlyCapMicroUsd(workspaceId, Math.round(monthlyCapUsd * 1e6));
    return this.capAndSpend(workspaceId, actor);
  }

  async list(workspaceId: string, actor: Actor, q: { brandId?: string }): Promise<MonitorView[]> {
    const m = await this.access.require(workspaceId, actor, 'listening.read');
    const scope = await memberBrands(this.accounts, workspaceId, m);
    const brandIds = q.brandId ? (scope && !scope.includes(q.brandId) ? [] : [q.brandId]) : scope;
    return this.withUsage(workspaceId, await this.monitors.list(workspaceId, brandIds));
  }

  async get(workspaceId: string, actor: Actor, id: string): Promise<MonitorView> {
    const monitor = await this.visible(workspaceId, actor, id, 'listening.read');
    return (await this.withUsage(workspaceId, [monitor]))[0]!;
  }

  async create(workspaceId: string, actor: Actor, input: CreateMonitorRequest): Promise<MonitorView> {
    const m = await this.access.require(workspaceId, actor, 'listening.manage');
    await requireBrandInScope(this.brands, this.accounts, workspaceId, m, input.brandId);
    checkMonitorQuery(input.query, input.languages);
    if (input.inboxAccountId) await this.inboxAccount(workspaceId, m.accountIds, input.brandId, input.inboxAccountId);
    const monitor = await this.monitors.insert(
      {
        workspaceId,
        brandId: input.brandId,
        name: input.name,
        query: input.query.trim(),
        languages: input.languages,
        mode: input.mode,
        dailyReadBudget: input.dailyReadBudget,
        spikeFactor: input.spikeFactor ?? MONITOR_DEFAULT_SPIKE_FACTOR,
        minVolume: input.minVolume ?? MONITOR_DEFAULT_MIN_VOLUME,
        active: input.active ?? true,
        inboxAccountId: input.inboxAccountId ?? null,
        createdBy: actor.userId,
      },
      this.clock.now(),
    );
    return { monitor, usage: NO_USAGE };
  }

  async update(workspaceId: string, actor: Actor, id: string, input: UpdateMonitorRequest): Promise<MonitorView> {
    const { monitor: current, accountIds } = await this.visibleTo(workspaceId, actor, id, 'listening.manage');
    const { version, ...patch } = input;
    if (patch.inboxAccountId) await this.inboxAccount(workspaceId, accountIds, current.brandId, patch.inboxAccountId);
    const query = patch.query ?? current.query;
    const languages = patch.languages ?? current.languages;
    if (patch.query !== undefined || patch.languages !== undefined) checkMonitorQuery(query, languages);
    // A new query or language set is a new series: it starts again from now, without the old one's cursor.
    const resetCursor =
      (patch.query !== undefined && patch.query.trim() !== current.query) ||
      (patch.languages !== undefined && patch.languages.join(',') !== current.languages.join(','));
    return this.save(workspaceId, id, version, {
      ...patch,
      ...(patch.query !== undefined ? { query: patch.query.trim() } : {}),
      resetCursor,
    });
  }

  /** Writes a monitor's change at its version (409 when stale, 404 when gone); the monitor with its usage. */
  private async save(
    workspaceId: string,
    id: string,
    version: number,
    patch: Parameters<MonitorRepository['update']>[3],
  ): Promise<MonitorView> {
    const r = await this.monitors.update(workspaceId, id, version, patch, this.clock.now());
    if (r === 'stale') throw staleVersion();
    if (!r) throw catalogueError('not_found', 'MONITOR_NOT_FOUND');
    return (await this.withUsage(workspaceId, [r]))[0]!;
  }

  async remove(workspaceId: string, actor: Actor, id: string): Promise<void> {
    await this.visible(workspaceId, actor, id, 'listening.manage');
    if (!(await this.monitors.delete(workspaceId, id))) throw catalogueError('not_found', 'MONITOR_NOT_FOUND');
  }

  /**
   * A series answer: its validator (ETag and cache key: the monitor, its settings' version, the end of what it
   * counted, which moves at every read, and the query) and what produces it, once access and the range are checked.
   * Minutes are written before the monitor's `countedUntil` moves, so an answer kept under a validator is never
   * older than it says.
   */
  async series(
    workspaceId: string,
    actor: Actor,
    id: string,
    q: { from: Date; to: Date; granularity: SeriesGranularity },
  ): Promise<{ version: string; monitor: MonitorRecord; rows: (from?: Date, to?: Date) => Promise<SeriesRow[]> }> {
    const monitor = await this.checkedSeries(workspaceId, actor, id, q);
    const key = [
      'series',
      monitor.id,
      monitor.version,
      monitor.countedUntil?.getTime() ?? 0,
      q.from.getTime(),
      q.to.getTime(),
      q.granularity,
    ].join(':');
    return {
      version: createHash('sha256').update(key).digest('base64url').slice(0, 32),
      monitor,
      // The whole range, or a part of it (never more).
      rows: (from = q.from, to = q.to) =>
        this.monitors.series(
          monitor.id,
          new Date(Math.max(from.getTime(), q.from.getTime())),
          new Date(Math.min(to.getTime(), q.to.getTime())),
          q.granularity,
        ),
    };
  }

  private async checkedSeries(
    workspaceId: string,
    actor: Actor,
    id: string,
    q: { from: Date; to: Date; granularity: SeriesGranularity },
  ): Promise<MonitorRecord> {
    const monitor = await this.visible(workspaceId, actor, id, 'listening.read');
    if (q.to.getTime() <= q.from.getTime())
      throw catalogueError('invalid', 'VALIDATION_FAILED', {}, [{ field: 'to', message: 'to must be after from' }]);
    if (q.to.getTime() - q.from.getTime() > SERIES_SPAN_MAX_MS[q.granularity])
      throw catalogueError('invalid', 'VALIDATION_FAILED', {}, [
        {
          field: 'to',
          message: `at most ${SERIES_SPAN_MAX_MS[q.granularity] / DAY_MS} days at ${q.granularity} granularity`,
        },
      ]);
    return monitor;
  }

  async posts(
    workspaceId: string,
    actor: Actor,
    id: string,
    q: { from?: Date; to?: Date; limit?: number; cursor?: string },
  ): Promise<{ items: MonitorPostRecord[]; nextCursor: string | null }> {
    const monitor = await this.visible(workspaceId, actor, id, 'listening.read');
    const limit = q.limit ?? 50;
    const c = q.cursor ? decodeCursor(q.cursor, 2) : undefined;
    const before = c ? { at: new Date(String(c[0])), tweetId: String(c[1]) } : undefined;
    if (c === null || (before && (Number.isNaN(before.at.getTime()) || !/^\d{1,20}$/.test(before.tweetId))))
      throw catalogueError('invalid', 'VALIDATION_FAILED', {}, [{ field: 'cursor', message: 'unknown cursor' }]);
    const rows = await this.monitors.posts(monitor.id, { from: q.from, to: q.to, limit: limit + 1, before });
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor: rows.length > limit && last ? encodeCursor([last.createdAt.toISOString(), last.tweetId]) : null,
    };
  }

  async alerts(workspaceId: string, actor: Actor, id: string): Promise<AlertView[]> {
    const monitor = await this.visible(workspaceId, actor, id, 'listening.read');
    const alerts = await this.monitors.alerts(workspaceId, monitor.id, 100);
    return Promise.all(alerts.map((a) => this.alertView(monitor.id, a)));
  }

  async setAlertStatus(
    workspaceId: string,
    actor: Actor,
    id: string,
    alertId: string,
    status: Exclude<MonitorAlertStatus, 'open'>,
  ): Promise<AlertView> {
    const monitor = await this.visible(workspaceId, actor, id, 'listening.read');
    await this.access.require(workspaceId, actor, 'holds.place');
    const alert = await this.alert(workspaceId, monitor.id, alertId);
    await this.monitors.setAlertStatus(alert.id, status);
    return this.alertView(monitor.id, { ...alert, status });
  }

  /**
   * The crisis radar's one click: a hold on the monitor's brand (the existing hold: every due post of the brand's
   * accounts waits), its reason naming the monitor; the alert is acknowledged and keeps the hold's id.
   */
  async holdFromAlert(
    workspaceId: string,
    actor: Actor,
    id: string,
    alertId: string,
  ): Promise<{ alert: AlertView; hold: HoldRecord }> {
    const monitor = await this.visible(workspaceId, actor, id, 'listening.read');
    const alert = await this.alert(workspaceId, monitor.id, alertId);
    const hold = await this.holds.place(workspaceId, actor, {
      scope: 'brand',
      targetId: monitor.brandId,
      reason: formatMessage('fr', 'LISTENING_ALERT_HOLD_REASON', { monitor: monitor.name }),
    });
    const status = alert.status === 'resolved' ? 'resolved' : 'acknowledged';
    await this.monitors.setAlertStatus(alert.id, status, hold.id);
    return { alert: await this.alertView(monitor.id, { ...alert, status, holdId: hold.id }), hold };
  }

  /**
   * The crisis radar's other click: the alert's posts filed in an account's inbox (the one asked, else the monitor's,
   * else the brand's first connected account the member covers), and the monitor routes what it reads next there too.
   */
  async inboxFromAlert(
    workspaceId: string,
    actor: Actor,
    id: string,
    alertId: string,
    accountId: string | undefined,
  ): Promise<{ accountId: string; routed: number; monitor: MonitorView }> {
    const { monitor, accountIds } = await this.visibleTo(workspaceId, actor, id, 'listening.manage');
    const alert = await this.alert(workspaceId, monitor.id, alertId);
    const chosen =
      accountId ??
      monitor.inboxAccountId ??
      (await this.accounts.list(workspaceId, accountIds)).find((a) => receivesFor(a, monitor.brandId))?.id;
    if (!chosen) throw catalogueError('invalid', 'MONITOR_ACCOUNT_MISSING');
    const account = await this.inboxAccount(workspaceId, accountIds, monitor.brandId, chosen);
    // Since the alert started, up to its end (an alert still open: everything read so far).
    const posts = await this.monitors.posts(monitor.id, {
      from: new Date(alert.startedAt),
      to: alert.endedAt ?? undefined,
      limit: ALERT_INBOX_MAX,
    });
    const routed = await this.inbox.file(account, posts);
    const current =
      monitor.inboxAccountId === account.id
        ? (await this.withUsage(workspaceId, [monitor]))[0]!
        : await this.save(workspaceId, monitor.id, monitor.version, { inboxAccountId: account.id });
    return { accountId: account.id, routed, monitor: current };
  }

  /** A connected account of the brand that the member covers, to receive a monitor's posts; else 400. */
  private async inboxAccount(
    workspaceId: string,
    scope: string[] | null,
    brandId: string,
    accountId: string,
  ): Promise<AccountRecord> {
    const account = await this.inbox.account(workspaceId, brandId, accountId);
    if (!account || (scope && !scope.includes(account.id)))
      throw catalogueError('invalid', 'MONITOR_INBOX_ACCOUNT_INVALID', {}, [
        { field: 'inboxAccountId', message: 'must be a connected account of the monitor’s brand' },
      ]);
    return account;
  }

  private async alert(workspaceId: string, monitorId: string, alertId: string): Promise<MonitorAlertRecord> {
    const alert = isUuid(alertId) ? await this.monitors.findAlert(workspaceId, monitorId, alertId) : null;
    if (!alert) throw catalogueError('not_found', 'MONITOR_ALERT_NOT_FOUND');
    return alert;
  }

  private async alertView(monitorId: string, alert: MonitorAlertRecord): Promise<AlertView> {
    const samples = alert.sampleTweetIds.length ? await this.monitors.postsByIds(monitorId, alert.sampleTweetIds) : [];
    return { alert, samplePosts: samples };
  }

  private async withUsage(workspaceId: string, monitors: MonitorRecord[]): Promise<MonitorView[]> {
    if (monitors.length === 0) return [];
    const now = this.clock.now();
    const usage = await this.monitors.usage(
      workspaceId,
      monitors.map((m) => m.id),
      utcDay(now),
      utcMonth(now),
    );
    return monitors.map((monitor) => ({ monitor, usage: usage.get(monitor.id) ?? NO_USAGE }));
  }

  /** The monitor, if the member may see it (its brand in their scope) and holds `permission`; else 404/403. */
  private async visible(
    workspaceId: string,
    actor: Actor,
    id: string,
    permission: 'listening.read' | 'listening.manage',
  ): Promise<MonitorRecord> {
    return (await this.visibleTo(workspaceId, actor, id, permission)).monitor;
  }

  /** The monitor and the member's account scope (null: every account). */
  private async visibleTo(
    workspaceId: string,
    actor: Actor,
    id: string,
    permission: 'listening.read' | 'listening.manage',
  ): Promise<{ monitor: MonitorRecord; accountIds: string[] | null }> {
    const m = await this.access.require(workspaceId, actor, permission);
    const monitor = isUuid(id) ? await this.monitors.find(workspaceId, id) : null;
    const scope = await memberBrands(this.accounts, workspaceId, m);
    if (!monitor || (scope && !scope.includes(monitor.brandId))) throw catalogueError('not_found', 'MONITOR_NOT_FOUND');
    return { monitor, accountIds: m.accountIds };
  }
}
