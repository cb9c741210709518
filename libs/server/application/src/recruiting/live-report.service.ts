import { Injectable } from '@nestjs/common';
import { liveSessionReport, type LivePostFigures, type LiveReport } from '@xp/server/domain';
import type { Actor } from '../identity/access.service';
import { LiveEventService } from './live-event.service';
import { RecruitingAccess } from './recruiting-access';
import type { LiveSessionRecord } from './recruiting.ports';

/** The posts of a live session with their latest figures (post_metrics), implemented by data-access. */
export abstract class LiveReportRepository {
  /** Every post of the session (cancelled ones too), with its first segment's text and its latest figures. */
  abstract sessionPosts(workspaceId: string, sessionId: string): Promise<LivePostFigures[]>;
}

export type LiveReportView = LiveReport & { session: LiveSessionRecord };

/**
 * A live session's report (docs/analytics.md): for members who read posts (`posts.read`) and whose scope covers the
 * session's account; any other session, another workspace's included, is not found.
 */
@Injectable()
export class LiveReportService {
  constructor(
    private readonly access: RecruitingAccess,
    private readonly live: LiveEventService,
    private readonly repo: LiveReportRepository,
  ) {}

  async report(workspaceId: string, actor: Actor, id: string): Promise<LiveReportView> {
    const m = await this.access.require(workspaceId, actor, 'posts.read');
    const session = await this.live.find(workspaceId, m.accountIds, id);
    const posts = await this.repo.sessionPosts(workspaceId, session.id);
    return { session, ...liveSessionReport(session, posts) };
  }
}
