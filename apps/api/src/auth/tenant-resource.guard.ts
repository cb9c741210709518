import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { isUuid } from '@xp/server/application';
import { catalogueError } from '@xp/server/domain';
import type { MessageCode } from '@xp/shared';

/** Collections under `/workspaces/:ws/<collection>/:<param>` and the table (and key column) that owns them. */
const OWNED: Record<string, { table: string; key: string; code: MessageCode }> = {
  posts: { table: 'posts', key: 'id', code: 'POST_NOT_FOUND' },
  brands: { table: 'brands', key: 'id', code: 'BRAND_NOT_FOUND' },
  accounts: { table: 'accounts', key: 'id', code: 'ACCOUNT_NOT_FOUND' },
  media: { table: 'media', key: 'id', code: 'MEDIA_NOT_FOUND' },
  holds: { table: 'holds', key: 'id', code: 'HOLD_NOT_FOUND' },
  invitations: { table: 'invitations', key: 'id', code: 'INVITATION_NOT_FOUND' },
  webhooks: { table: 'webhooks', key: 'id', code: 'WEBHOOK_NOT_FOUND' },
  notifications: { table: 'notifications', key: 'id', code: 'NOTIFICATION_NOT_FOUND' },
  members: { table: 'memberships', key: 'user_id', code: 'MEMBER_NOT_FOUND' },
  'job-offers': { table: 'job_offers', key: 'id', code: 'JOB_OFFER_NOT_FOUND' },
  imports: { table: 'import_jobs', key: 'id', code: 'IMPORT_NOT_FOUND' },
  recurrences: { table: 'recurrences', key: 'id', code: 'RECURRENCE_NOT_FOUND' },
  'live-sessions': { table: 'live_sessions', key: 'id', code: 'LIVE_SESSION_NOT_FOUND' },
  'calendar-feeds': { table: 'calendar_feeds', key: 'id', code: 'CALENDAR_FEED_NOT_FOUND' },
  conversations: { table: 'conversations', key: 'id', code: 'CONVERSATION_NOT_FOUND' },
  'saved-replies': { table: 'saved_replies', key: 'id', code: 'SAVED_REPLY_NOT_FOUND' },
  monitors: { table: 'monitors', key: 'id', code: 'MONITOR_NOT_FOUND' },
};

/**
 * Defence in depth for tenancy, before any body validation: an id in a workspace-scoped path must belong to that
 * workspace, or the answer is 404 (never 400 or 403, which would tell that something exists elsewhere).
 * Services still filter every query by workspace; this guard only makes the answer uniform and early.
 */
@Injectable()
export class TenantResourceGuard implements CanActivate {
  constructor(private readonly ds: DataSource) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<Request>();
    const path = (req.route as { path?: string } | undefined)?.path ?? '';
    const ws = req.params['ws'] as string | undefined;
    if (!ws) return true;
    const parts = path.split('/');
    const at = parts.indexOf(':ws');
    const collection = parts[at + 1];
    const param = parts[at + 2];
    const owned = collection ? OWNED[collection] : undefined;
    if (!owned || !param?.startsWith(':')) return true;
    const value = req.params[param.slice(1)] as string | undefined;
    if (value === undefined) return true;
    const found: unknown[] = isUuid(value)
      ? await this.ds.query(`SELECT 1 FROM ${owned.table} WHERE ${owned.key} = $1 AND workspace_id = $2 LIMIT 1`, [
          value,
          ws,
        ])
      : [];
    if (!found.length) throw catalogueError('not_found', owned.code);
    return true;
  }
}
