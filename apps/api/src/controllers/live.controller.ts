import { Query, Sse, type MessageEvent } from '@nestjs/common';
import { Observable } from 'rxjs';
import { Clock, LiveUpdatesService, type LiveStream, type LiveUpdate } from '@xp/server/application';
import { LiveEventSchema, type LiveEventDto } from '@xp/shared';
import { Caller, WorkspaceController } from '../auth/auth.decorators';
import { LiveEventsQueryDto } from '../dto/audit.dto';
import { ApiEventStream } from '../http/api-response';
import { iso, isoOrNull } from './mappers';
import { toNotification } from './notifications.controller';

/** A heartbeat every 25 s keeps proxies and load balancers from closing an idle stream. */
export const HEARTBEAT_MS = 25_000;

const message = (e: LiveEventDto): MessageEvent => ({ type: e.event, data: e.data });

const toEvent = (u: LiveUpdate): LiveEventDto => {
  switch (u.type) {
    case 'notification':
      return {
        event: 'notification',
        data: { notification: toNotification(u.notification, u.locale), unreadCount: u.unreadCount },
      };
    case 'unread':
      return { event: 'unread', data: { unreadCount: u.unreadCount } };
    case 'post':
      return {
        event: 'post',
        data: {
          id: u.post.id,
          accountId: u.post.accountId,
          status: u.post.status,
          version: u.post.version,
          scheduledAt: isoOrNull(u.post.scheduledAt),
        },
      };
    case 'conversation':
      return {
        event: 'conversation',
        data: {
          id: u.conversation.id,
          accountId: u.conversation.accountId,
          status: u.conversation.status,
          assigneeId: u.conversation.assigneeId,
          lastInboundAt: isoOrNull(u.conversation.lastInboundAt),
          version: u.conversation.version,
        },
      };
  }
};

/** The signed-in member's live updates (server-sent events); docs/live-updates.md. */
@WorkspaceController('notifications')
export class LiveEventsController {
  constructor(
    private readonly live: LiveUpdatesService,
    private readonly clock: Clock,
  ) {}

  /**
   * Notification titles are in `?locale=` (the screen's language), else in the member's own.
   * Opens with an `unread` event (the current count), then sends `notification`, `unread` and `post` events as they
   * are committed, by this process or another (the scheduler), and a `heartbeat` every 25 s.
   */
  @Sse('events')
  @ApiEventStream(LiveEventSchema, 'LiveEvent')
  events(@Caller() { ws, actor }: Caller, @Query() q: LiveEventsQueryDto): Observable<MessageEvent> {
    return new Observable<MessageEvent>((sub) => {
      let stream: LiveStream | null = null;
      let left = false;
      const heartbeat = setInterval(
        () => sub.next(message({ event: 'heartbeat', data: { at: iso(this.clock.now()) } })),
        HEARTBEAT_MS,
      );
      this.live
        .open(
          ws,
          actor,
          (u) => sub.next(message(toEvent(u))),
          () => sub.complete(),
          q.locale,
        )
        .then(
          (s) => (left ? s.close() : (stream = s)),
          (e: unknown) => sub.error(e),
        );
      return () => {
        left = true;
        clearInterval(heartbeat);
        stream?.close();
      };
    });
  }
}
