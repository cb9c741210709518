import { Notifier, type NotificationEvent, type NotificationInput } from '@xp/server/application';
import { msg } from '@xp/shared';
import { startTeam, type Team } from './support/test-api';

/**
 * The scheduler sends the notifications of its published posts in batches (`Notifier.notifyMany`: one transaction,
 * a few statements whatever their number). A batch must reach each member as the same notifications sent one at a
 * time would (preferences, in-app rows, emails, webhook deliveries), and one notification that cannot be written
 * must not cost the others theirs, nor leave them twice.
 */
let team: Team;
let hookId: string;

const note = (event: NotificationEvent, recipientIds: string[], subjectId: string, data = {}): NotificationInput => ({
  workspaceId: team.ws,
  event,
  recipientIds,
  subjectType: 'post',
  subjectId,
  title: msg('NOTIFY_POST_PUBLISHED_ON', { handle: subjectId }),
  data,
});

const rows = async (subjectId: string) =>
  (await team.db.query(`SELECT user_id, event FROM notifications WHERE subject_id = $1 ORDER BY user_id`, [
    subjectId,
  ])) as {
    user_id: string;
    event: string;
  }[];

beforeAll(async () => {
  team = await startTeam({ WEBHOOK_ALLOW_LOOPBACK: 'true' }, 'batch-owner', 'Batch');
  const { ws, owner, manager, editor } = team;
  // The editor (French, the default) wants missed posts by email only; the manager in the app only.
  for (const [who, inApp, email] of [
    [editor, false, true],
    [manager, true, false],
  ] as const) {
    await who.agent
      .put(`/api/workspaces/${ws}/notification-preferences`)
      .set('x-csrf-token', who.csrf)
      .send({ preferences: [{ event: 'post.missed', inApp, email }] })
      .expect(200);
  }
  const hook = await owner.agent
    .post(`/api/workspaces/${ws}/webhooks`)
    .set('x-csrf-token', owner.csrf)
    .send({ url: 'http://127.0.0.1:9/hooks', events: ['post.published'] })
    .expect(201);
  hookId = hook.body.id;
});

afterAll(async () => {
  await team.api.close();
});

it('a batch reaches each member by their preferences, with emails and webhook deliveries; one bad notification costs only itself', async () => {
  const { api, owner, manager, editor, ws, db } = team;
  const [e, m, o] = [editor.me.user.id, manager.me.user.id, owner.me.user.id];
  await api.app.get(Notifier).notifyMany([
    note('post.published', [e, m], 'batch-1'),
    note('post.missed', [e, m], 'batch-2'),
    note('post.published', [o, 'not-a-user-id'], 'batch-3'),
    // Its data cannot be written (JSON has no BigInt): the batch fails, then each is sent on its own.
    note('post.published', [o], 'batch-4', { n: BigInt(1) }),
  ]);
  expect(await rows('batch-1')).toEqual([e, m].sort().map((user_id) => ({ user_id, event: 'post.published' })));
  expect(await rows('batch-2')).toEqual([{ user_id: m, event: 'post.missed' }]);
  expect(await rows('batch-3')).toEqual([{ user_id: o, event: 'post.published' }]);
  expect(await rows('batch-4')).toEqual([]);
  const mails = (
    (await owner.agent.get(`/api/workspaces/${ws}/outbox?limit=200`).expect(200)).body as {
      items: { to: string; subject: string }[];
    }
  ).items.filter((x) => x.subject.includes('@batch-'));
  expect(mails.map((x) => [x.to, x.subject])).toEqual([[editor.email, 'Publiée sur @batch-2']]);
  const deliveries = (await db.query(
    `SELECT body::jsonb -> 'subject' ->> 'id' AS subject FROM webhook_deliveries WHERE webhook_id = $1 ORDER BY 1`,
    [hookId],
  )) as { subject: string }[];
  expect(deliveries.map((d) => d.subject)).toEqual(['batch-1', 'batch-3']);
});
