import { Query } from '@nestjs/common';
import { BestHoursService } from '@xp/server/application';
import * as wire from '@xp/shared';
import { Caller, WorkspaceController } from '../auth/auth.decorators';
import { BestHoursQueryDto } from '../dto/best-hours.dto';
import { GetResult } from '../http/api-response';
import { iso } from './mappers';

/** The best hours to publish on an account: its weekday × hour map (docs/analytics.md, "Best hours"). */
@WorkspaceController('analytics')
export class BestHoursController {
  constructor(private readonly bestHours: BestHoursService) {}

  @GetResult('analytics/best-hours', wire.BestHoursSchema)
  async get(@Caller() { ws, actor }: Caller, @Query() q: BestHoursQueryDto): Promise<wire.BestHoursDto> {
    const r = await this.bestHours.report(ws, actor, q);
    return {
      accountId: r.accountId,
      timezone: r.timezone,
      from: iso(r.from),
      to: iso(r.to),
      minPosts: r.minPosts,
      cells: r.cells.map((c) => ({
        weekday: c.weekday,
        hour: c.hour,
        posts: c.posts,
        impressions: c.impressions,
        engagementRate: c.engagementRate,
        score: c.score,
      })),
      best: r.best.map((b) => ({ weekday: b.weekday, hour: b.hour })),
    };
  }
}
