import { Param } from '@nestjs/common';
import { LiveReportService, type LiveReportView } from '@xp/server/application';
import { LIVE_REPORT_BUCKET_MINUTES } from '@xp/server/domain';
import * as wire from '@xp/shared';
import { Caller, WorkspaceController } from '../auth/auth.decorators';
import { GetResult } from '../http/api-response';
import { iso, isoOrNull } from './mappers';
import { toLiveSession } from './recruiting-mappers';

const toLiveReport = (r: LiveReportView): wire.LiveReportDto => ({
  session: toLiveSession(r.session),
  measuredAt: isoOrNull(r.measuredAt),
  totals: r.totals,
  bucketMinutes: LIVE_REPORT_BUCKET_MINUTES,
  timeline: r.timeline.map((b) => ({ ...b, start: iso(b.start) })),
  topPosts: r.topPosts.map((p) => ({ ...p, publishedAt: iso(p.publishedAt) })),
  publishing: r.publishing,
});

/** A live session's report: what its posts did (their latest snapshots) and how its publishing went. */
@WorkspaceController('live', 'live-sessions')
export class LiveReportController {
  constructor(private readonly reports: LiveReportService) {}

  @GetResult(':id/report', wire.LiveReportSchema)
  async report(@Caller() { ws, actor }: Caller, @Param('id') id: string): Promise<wire.LiveReportDto> {
    return toLiveReport(await this.reports.report(ws, actor, id));
  }
}
