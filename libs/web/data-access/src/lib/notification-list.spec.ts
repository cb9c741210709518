import type { NotificationDto } from '@xp/shared';
import { awaitingApproval, BELL_PAGE, mergeNotifications } from './notification-list';

const n = (id: string, over: Partial<NotificationDto> = {}): NotificationDto => ({
  id,
  event: 'post.submitted',
  subjectType: 'post',
  subjectId: `post-${id}`,
  title: 'Une publication attend votre validation',
  body: null,
  data: {},
  read: false,
  readAt: null,
  createdAt: '2026-12-04T09:00:00.000Z',
  ...over,
});

describe('the bell list', () => {
  it('puts a live notification first, once, and keeps at most a page', () => {
    const list = Array.from({ length: BELL_PAGE }, (_, i) => n(`old-${i}`));
    const merged = mergeNotifications(list, n('new'));
    expect(merged[0]!.id).toBe('new');
    expect(merged).toHaveLength(BELL_PAGE);
    expect(merged.map((x) => x.id)).not.toContain(`old-${BELL_PAGE - 1}`);
    const again = mergeNotifications(merged, n('new', { title: 'updated' }));
    expect(again.filter((x) => x.id === 'new')).toHaveLength(1);
    expect(again[0]!.title).toBe('updated');
  });

  it('counts the unread posts waiting for approval only', () => {
    expect(awaitingApproval([n('a'), n('b', { read: true }), n('c', { event: 'post.published' }), n('d')])).toBe(2);
    expect(awaitingApproval([])).toBe(0);
  });
});
