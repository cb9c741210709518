import { Body, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  MonitorService,
  type AlertView,
  type MonitorPostRecord,
  type MonitorView,
  type WorkspaceCap,
} from '@xp/server/application';
import * as wire from '@xp/shared';
import { Caller, WorkspaceController } from '../auth/auth.decorators';
import {
  CreateMonitorDto,
  MonitorAlertInboxDto,
  MonitorAlertStatusDto,
  MonitorListQueryDto,
  MonitorPostsQueryDto,
  MonitorSeriesQueryDto,
  UpdateListeningSettingsDto,
  UpdateMonitorDto,
} from '../dto/listening.dto';
import { ApiResult, DeleteResult, GetResult, PatchResult, PostResult } from '../http/api-response';
import { MinuteSeriesAnswers } from '../http/minute-series';
import { GzipBody, VersionedJsonResponder } from '../http/versioned-json';
import { toHold } from './holds.controller';
import { iso, isoOrNull } from './mappers';

const usd = (micro: number) => Math.round(micro) / 1_000_000;

const toMonitor = ({ monitor: m, usage: u }: MonitorView): wire.MonitorDto => ({
  id: m.id,
  brandId: m.brandId,
  name: m.name,
  query: m.query,
  languages: m.languages,
  mode: m.mode,
  dailyReadBudget: m.dailyReadBudget,
  spikeFactor: m.spikeFactor,
  minVolume: m.minVolume,
  active: m.active,
  readsToday: u.readsToday,
  costTodayUsd: usd(u.microUsdToday),
  readsThisMonth: u.readsThisMonth,
  costThisMonthUsd: usd(u.microUsdThisMonth),
  countedUntil: isoOrNull(m.countedUntil),
  paused: m.paused,
  openAlerts: m.openAlerts,
  inboxAccountId: m.inboxAccountId,
  version: m.version,
  createdAt: iso(m.createdAt),
});

const toPost = (p: MonitorPostRecord): wire.MonitorPostDto => ({
  tweetId: p.tweetId,
  authorUsername: p.authorUsername,
  text: p.text,
  createdAt: iso(p.createdAt),
  lang: p.lang,
});

const toAlert = ({ alert: a, samplePosts }: AlertView): wire.MonitorAlertDto => ({
  id: a.id,
  monitorId: a.monitorId,
  startedAt: new Date(a.startedAt).toISOString(),
  factor: Math.round(a.factor * 100) / 100,
  peakCount: a.peakCount,
  baseline: Math.round(a.baseline * 100) / 100,
  topTerms: a.topTerms,
  samplePosts: samplePosts.map(toPost),
  status: a.status,
  endedAt: isoOrNull(a.endedAt),
  holdId: a.holdId,
});

/** Listening: monitors of what is said on X, their volume against a baseline, the posts and the alerts. */
@WorkspaceController('listening', 'monitors')
export class MonitorsController {
  constructor(
    private readonly monitors: MonitorService,
    private readonly answers: VersionedJsonResponder,
    private readonly minutes: MinuteSeriesAnswers,
  ) {}

  @GetResult('', wire.MonitorPageSchema)
  async list(@Caller() { ws, actor }: Caller, @Query() q: MonitorListQueryDto): Promise<wire.Page<wire.MonitorDto>> {
    return { items: (await this.monitors.list(ws, actor, q)).map(toMonitor), nextCursor: null };
  }

  /** A query X would refuse answers 400 MONITOR_QUERY_INVALID with the reason and the position; no read is spent. */
  @PostResult('', 201, wire.MonitorSchema)
  async create(@Caller() { ws, actor }: Caller, @Body() body: CreateMonitorDto): Promise<wire.MonitorDto> {
    return toMonitor(await this.monitors.create(ws, actor, body));
  }

  @GetResult(':id', wire.MonitorSchema)
  async get(@Caller() { ws, actor }: Caller, @Param('id') id: string): Promise<wire.MonitorDto> {
    return toMonitor(await this.monitors.get(ws, actor, id));
  }

  @PatchResult(':id', wire.MonitorSchema)
  async update(
    @Caller() { ws, actor }: Caller,
    @Param('id') id: string,
    @Body() body: UpdateMonitorDto,
  ): Promise<wire.MonitorDto> {
    return toMonitor(await this.monitors.update(ws, actor, id, body));
  }

  @DeleteResult(':id', wire.MonitorDeletedSchema)
  async remove(@Caller() { ws, actor }: Caller, @Param('id') id: string): Promise<{ id: string; deleted: true }> {
    await this.monitors.remove(ws, actor, id);
    return { id, deleted: true };
  }

  /**
   * The volume series (a month of minutes at most): conditional (weak ETag, 304) and compressed, kept per monitor
   * read, as the calendar's answers are (VersionedJsonResponder): a live chart refreshing asks the same range again.
   */
  @Get(':id/series')
  // Typed by `produce` (the handler writes the answer itself, through the responder).
  @(ApiResult(200, wire.MonitorSeriesSchema) as MethodDecorator)
  async series(
    @Caller() { ws, actor }: Caller,
    @Param('id') id: string,
    @Query() q: MonitorSeriesQueryDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const query = { from: new Date(q.from), to: new Date(q.to), granularity: q.granularity };
    const answer = await this.monitors.series(ws, actor, id, query);
    await this.answers.send(req, res, answer.version, async (): Promise<wire.Page<wire.SeriesPointDto> | GzipBody> =>
      query.granularity === 'minute'
        ? new GzipBody(
            await this.minutes.gzip({
              monitorId: answer.monitor.id,
              version: answer.monitor.version,
              countedUntil: answer.monitor.countedUntil?.getTime() ?? null,
              from: query.from,
              to: query.to,
              rows: answer.rows,
            }),
          )
        : { items: await answer.rows(), nextCursor: null },
    );
  }

  @GetResult(':id/posts', wire.MonitorPostPageSchema)
  async posts(
    @Caller() { ws, actor }: Caller,
    @Param('id') id: string,
    @Query() q: MonitorPostsQueryDto,
  ): Promise<wire.Page<wire.MonitorPostDto>> {
    const page = await this.monitors.posts(ws, actor, id, {
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
      limit: q.limit,
      cursor: q.cursor,
    });
    return { items: page.items.map(toPost), nextCursor: page.nextCursor };
  }

  @GetResult(':id/alerts', wire.MonitorAlertListSchema)
  async alerts(@Caller() { ws, actor }: Caller, @Param('id') id: string): Promise<wire.Page<wire.MonitorAlertDto>> {
    return { items: (await this.monitors.alerts(ws, actor, id)).map(toAlert), nextCursor: null };
  }

  @PostResult(':id/alerts/:alertId/status', 200, wire.MonitorAlertSchema)
  async alertStatus(
    @Caller() { ws, actor }: Caller,
    @Param('id') id: string,
    @Param('alertId') alertId: string,
    @Body() body: MonitorAlertStatusDto,
  ): Promise<wire.MonitorAlertDto> {
    return toAlert(await this.monitors.setAlertStatus(ws, actor, id, alertId, body.status));
  }

  /** The crisis radar's one click: a hold on the monitor's brand (every due post of its accounts waits). */
  @PostResult(':id/alerts/:alertId/hold', 201, wire.MonitorAlertHoldSchema)
  async hold(
    @Caller() { ws, actor }: Caller,
    @Param('id') id: string,
    @Param('alertId') alertId: string,
  ): Promise<{ alert: wire.MonitorAlertDto; hold: wire.HoldDto }> {
    const r = await this.monitors.holdFromAlert(ws, actor, id, alertId);
    return { alert: toAlert(r.alert), hold: toHold(r.hold) };
  }

  /** The alert's posts into an account's inbox; the monitor keeps routing what it reads there. */
  @PostResult(':id/alerts/:alertId/inbox', 200, wire.MonitorAlertInboxSchema)
  async inbox(
    @Caller() { ws, actor }: Caller,
    @Param('id') id: string,
    @Param('alertId') alertId: string,
    @Body() body: MonitorAlertInboxDto,
  ): Promise<wire.MonitorAlertInboxDto> {
    const r = await this.monitors.inboxFromAlert(ws, actor, id, alertId, body.accountId);
    return { accountId: r.accountId, routed: r.routed, monitor: toMonitor(r.monitor) };
  }
}

const toSettings = (s: WorkspaceCap): wire.ListeningSettingsDto => ({
  monthlyCapUsd: usd(s.capMicroUsd),
  spentThisMonthUsd: usd(s.spentMicroUsd),
  isDefault: s.isDefault,
});

/** The workspace's monthly cap on listening reads (X bills every read). */
@WorkspaceController('listening', 'listening/settings')
export class ListeningSettingsController {
  constructor(private readonly monitors: MonitorService) {}

  @GetResult('', wire.ListeningSettingsSchema)
  async get(@Caller() { ws, actor }: Caller): Promise<wire.ListeningSettingsDto> {
    return toSettings(await this.monitors.capAndSpend(ws, actor));
  }

  @PatchResult('', wire.ListeningSettingsSchema)
  async update(
    @Caller() { ws, actor }: Caller,
    @Body() body: UpdateListeningSettingsDto,
  ): Promise<wire.ListeningSettingsDto> {
    return toSettings(await this.monitors.setCap(ws, actor, body.monthlyCapUsd));
  }
}
