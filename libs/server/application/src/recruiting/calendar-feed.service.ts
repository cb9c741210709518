import { Injectable } from '@nestjs/common';
import ical from 'ical-generator';
import { catalogueError, coversAccount, DomainError } from '@xp/server/domain';
import { formatMessage, POST_STATUS_VALUES, type Locale, type PostStatusValue } from '@xp/shared';
import { AccountRepository } from '../accounts/account.ports';
import { isUuid, type Actor } from '../identity/access.service';
import { hashSecret, newSecret } from '../identity/secrets';
import { BrandRepository, Clock, PublicUrls, UserRepository } from '../ports';
import { PostRepository } from '../posts/post.ports';
import { RecruitingAccess } from './recruiting-access';
import { RecruitingRepository, type CalendarFeedRecord, type CalendarFeedScope } from './recruiting.ports';

/**
 * iCal feeds: a secret, revocable URL (only its hash is stored) of a workspace, brand or account calendar, for
 * Outlook or Google Calendar. Events are written with ical-generator in UTC; each names the account's local time.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly repo: RecruitingRepository,
    private readonly access: RecruitingAccess,
    private readonly accounts: AccountRepository,
    private readonly brands: BrandRepository,
    private readonly posts: PostRepository,
    private readonly urls: PublicUrls,
    private readonly clock: Clock,
    private readonly users: UserRepository,
  ) {}

  async create(
    workspaceId: string,
    actor: Actor,
    input: { scope: CalendarFeedScope; targetId?: string },
  ): Promise<{ feed: CalendarFeedRecord; token: string; url: string }> {
    const m = await this.access.require(workspaceId, actor, 'calendar.subscribe');
    let targetId = input.targetId ?? workspaceId;
    if (input.scope === 'account') targetId = (await this.access.account(workspaceId, m, input.targetId ?? '')).id;
    else if (m.accountIds !== null)
      throw new DomainError(
        'forbidden',
        'FORBIDDEN',
        'A member limited to some accounts may only share account calendars',
      );
    if (input.scope === 'workspace' && targetId !== workspaceId)
      throw new DomainError('invalid', 'BAD_TARGET', 'targetId must be the workspace', [
        { field: 'targetId', message: 'the workspace id' },
      ]);
    if (input.scope === 'brand' && !(isUuid(targetId) && (await this.brands.find(workspaceId, targetId)))) {
      throw new DomainError('invalid', 'BRAND_NOT_FOUND', 'Unknown brand', [
        { field: 'targetId', message: 'unknown brand' },
      ]);
    }
    const token = newSecret('ical');
    const feed = await this.repo.insertFeed({
      workspaceId,
      scope: input.scope,
      targetId,
      tokenHash: hashSecret(token),
      createdBy: actor.userId,
      createdAt: this.clock.now(),
      revokedAt: null,
    });
    return { feed, token, url: `${this.urls.base.replace(/\/$/, '')}/api/ical/${token}.ics` };
  }

  async list(workspaceId: string, actor: Actor): Promise<CalendarFeedRecord[]> {
    const m = await this.access.require(workspaceId, actor, 'calendar.subscribe');
    const all = await this.repo.listFeeds(workspaceId);
    return m.role === 'owner' || m.role === 'admin' ? all : all.filter((f) => f.createdBy === actor.userId);
  }

  async revoke(workspaceId: string, actor: Actor, id: string): Promise<void> {
    const feeds = await this.list(workspaceId, actor);
    const f = feeds.find((x) => x.id === id && !x.revokedAt);
    if (!f || !(await this.repo.revokeFeed(workspaceId, f.id, this.clock.now())))
      throw catalogueError('not_found', 'CALENDAR_FEED_NOT_FOUND');
  }

  /** The .ics text for a token (public: the token is the credential). Past 31 days to 180 days ahead. */
  async render(token: string): Promise<string> {
    const feed = token.startsWith('ical_') ? await this.repo.feedByTokenHash(hashSecret(token)) : null;
    if (!feed || feed.revokedAt) throw catalogueError('not_found', 'CALENDAR_FEED_NOT_FOUND');
    const ws = feed.workspaceId;
    // A feed lives with its creator's right to read: removed from the workspace, or no longer allowed to read
    // posts, the URL answers 404; a narrowed account scope narrows the feed.
    const creator = await this.access
      .require(ws, { userId: feed.createdBy, via: 'token' }, 'calendar.subscribe')
      .catch(() => null);
    if (!creator) throw catalogueError('not_found', 'CALENDAR_FEED_NOT_FOUND');
    const accounts = (await this.accounts.list(ws, null)).filter(
      (a) =>
        !(creator.accountIds && !coversAccount(creator.accountIds, a.id)) &&
        (feed.scope === 'workspace' ||
          (feed.scope === 'brand' && a.brandId === feed.targetId) ||
          (feed.scope === 'account' && a.id === feed.targetId)),
    );
    const byId = new Map(accounts.map((a) => [a.id, a]));
    const now = this.clock.now();
    const rows = accounts.length
      ? await this.posts.list(ws, {
          from: new Date(now.getTime() - 31 * 86_400_000),
          to: new Date(now.getTime() + 180 * 86_400_000),
          accountIds: accounts.map((a) => a.id),
          statuses: POST_STATUS_VALUES.filter((st) => st !== 'cancelled'),
          limit: 5000,
        })
      : [];
    // Words in the feed creator's language (a workspace has no language of its own): status words and calendar
    // names come from the message catalogue.
    const locale: Locale = (await this.users.findById(feed.createdBy))?.locale ?? 'fr';
    const name =
      feed.scope === 'account' && accounts[0]
        ? `@${accounts[0].handle}`
        : formatMessage(locale, feed.scope === 'brand' ? 'ICAL_CALENDAR_BRAND' : 'ICAL_CALENDAR_WORKSPACE');
    const cal = ical({
      name: `X Publisher — ${name}`,
      prodId: { company: 'x-publisher', product: 'calendar', language: locale.toUpperCase() },
      ttl: 900,
    });
    const base = this.urls.base.replace(/\/$/, '');
    for (const p of rows) {
      const start = p.publishedAt ?? p.scheduledAt;
      const a = byId.get(p.accountId);
      if (!start || !a) continue;
      const local = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
        timeZone: a.timezone,
        dateStyle: 'full',
        timeStyle: 'short',
      }).format(start);
      const text = p.segments[0]?.text ?? '';
      cal.createEvent({
        id: `${p.id}@x-publisher`,
        start,
        end: new Date(start.getTime() + 15 * 60_000),
        stamp: p.updatedAt,
        summary: `@${a.handle} · ${statusWord(locale, p.status)} · ${text.slice(0, 60)}`,
        description: `${text}\n\n${local} (${a.timezone})`,
        // The web route of the post page, inside its workspace (libs/web/feature-shell routes: w/:workspaceId/posts/:postId).
        url: `${base}/w/${ws}/posts/${p.id}`,
      });
    }
    return cal.toString();
  }
}

/** A post status as the calendar's badges word it (POST_STATUS_* of the message catalogue). */
export function statusWord(locale: Locale, status: PostStatusValue): string {
  return formatMessage(locale, `POST_STATUS_${status.toUpperCase()}`);
}
