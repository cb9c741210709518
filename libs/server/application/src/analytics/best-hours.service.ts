import { Injectable } from '@nestjs/common';
import { bestHours, BEST_HOURS_MIN_POSTS, type BestHours, type HourSample } from '@xp/server/domain';
import { BEST_HOURS_DEFAULT_DAYS, type BestHoursQuery } from '@xp/shared';
import type { Actor } from '../identity/access.service';
import { Clock } from '../ports';
import { RecruitingAccess } from '../recruiting/recruiting-access';
import { reportRange } from './analytics-range';

/** The sums of an account's posts by weekday and local hour (implemented by data-access). */
export abstract class BestHoursRepository {
  /** Posts of the account published in [from, to), summed by ISO weekday and hour of their local day and time. */
  abstract samples(workspaceId: string, accountId: string, from: Date, to: Date): Promise<HourSample[]>;
}

export interface BestHoursView extends BestHours {
  accountId: string;
  timezone: string;
  from: Date;
  to: Date;
  minPosts: number;
}

/**
 * The best hours to publish on an account (docs/analytics.md, "Best hours"): its weekday × hour map over a range, for
 * the analytics page, and its best cells over the last 90 days, for the composer's "best slot". Members read the
 * accounts in their scope (`posts.read`; another account is ACCOUNT_NOT_FOUND, as in the other reports).
 */
@Injectable()
export class BestHoursService {
  constructor(
    private readonly repo: BestHoursRepository,
    private readonly access: RecruitingAccess,
    private readonly clock: Clock,
  ) {}

  async report(workspaceId: string, actor: Actor, q: BestHoursQuery): Promise<BestHoursView> {
    const account = await this.access.readableAccount(workspaceId, actor, q.accountId);
    const { from, to } = reportRange(q, this.clock.now(), BEST_HOURS_DEFAULT_DAYS);
    const map = bestHours(await this.repo.samples(workspaceId, account.id, from, to));
    return { accountId: account.id, timezone: account.timezone, from, to, minPosts: BEST_HOURS_MIN_POSTS, ...map };
  }

  /** The account's best hours over the 90 days before `now` (the caller checked the member's access to it). */
  async recent(workspaceId: string, accountId: string, now: Date): Promise<BestHours> {
    const { from, to } = reportRange({}, now, BEST_HOURS_DEFAULT_DAYS);
    return bestHours(await this.repo.samples(workspaceId, accountId, from, to));
  }
}
