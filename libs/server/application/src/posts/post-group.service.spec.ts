import { DomainError } from '@xp/server/domain';
import type { Actor } from '../identity/access.service';
import { UnitOfWork } from '../ports';
import { POST_GROUP_MAX, PostGroupService } from './post-group.service';
import type { PostInput, PostService, PostView } from './post.service';

/** Records what runs inside a transaction: the service must put every create and submit in one. */
class RecordingUnitOfWork extends UnitOfWork {
  runs = 0;
  inside = false;
  async run<T>(fn: () => Promise<T>): Promise<T> {
    this.runs++;
    this.inside = true;
    try {
      return await fn();
    } finally {
      this.inside = false;
    }
  }
}

const actor = { userId: 'u1' } as Actor;
const view = (id: string, status: string) => ({ post: { id, status } }) as unknown as PostView;
const input = (accountId: string, text = 'Bonjour'): PostInput => ({ accountId, segments: [{ text }] });

function setup(fail?: (accountId: string) => Error | undefined) {
  const uow = new RecordingUnitOfWork();
  const calls: string[] = [];
  const posts = {
    create: jest.fn(async (_ws: string, _a: Actor, i: PostInput) => {
      calls.push(`create ${i.accountId} in tx=${uow.inside}`);
      const e = fail?.(i.accountId);
      if (e) throw e;
      return view(`p-${i.accountId}`, 'draft');
    }),
    submit: jest.fn(async (_ws: string, _a: Actor, id: string) => {
      calls.push(`submit ${id} in tx=${uow.inside}`);
      return view(id, 'in_review');
    }),
  };
  return { uow, calls, service: new PostGroupService(posts as unknown as PostService, uow) };
}

it('creates then submits each post in order, all inside ONE transaction, and answers in the order asked', async () => {
  const { uow, calls, service } = setup();
  const views = await service.create('ws', actor, [input('a'), input('b'), input('c')], true);
  expect(uow.runs).toBe(1);
  expect(calls).toEqual([
    'create a in tx=true',
    'submit p-a in tx=true',
    'create b in tx=true',
    'submit p-b in tx=true',
    'create c in tx=true',
    'submit p-c in tx=true',
  ]);
  expect(views.map((v) => [v.post.id, v.post.status])).toEqual([
    ['p-a', 'in_review'],
    ['p-b', 'in_review'],
    ['p-c', 'in_review'],
  ]);
});

it('without submit the posts stay drafts', async () => {
  const { calls, service } = setup();
  const views = await service.create('ws', actor, [input('a'), input('b')], false);
  expect(calls).toEqual(['create a in tx=true', 'create b in tx=true']);
  expect(views.map((v) => v.post.status)).toEqual(['draft', 'draft']);
});

it("points an item's invalid fields at the item, and stops there (the transaction rolls back on the throw)", async () => {
  const { calls, service } = setup((accountId) =>
    accountId === 'c'
      ? new DomainError('invalid', 'TEXT_TOO_LONG', 'too long', [{ field: 'segments.0.text', message: 'at most 280' }])
      : undefined,
  );
  const error = await service
    .create('ws', actor, [input('a'), input('b'), input('c'), input('d')], true)
    .catch((e) => e);
  expect(error).toBeInstanceOf(DomainError);
  expect(error).toMatchObject({
    kind: 'invalid',
    code: 'TEXT_TOO_LONG',
    details: [{ field: 'posts.2.segments.0.text', message: 'at most 280' }],
  });
  expect(calls.filter((c) => c.startsWith('create'))).toHaveLength(3);
});

it('passes other refusals through unchanged', async () => {
  const forbidden = new DomainError('forbidden', 'FORBIDDEN', 'no');
  const { service } = setup((accountId) => (accountId === 'b' ? forbidden : undefined));
  await expect(service.create('ws', actor, [input('a'), input('b')], false)).rejects.toBe(forbidden);
});

it('refuses an empty or oversized group before opening a transaction', async () => {
  const { uow, service } = setup();
  expect(() => service.create('ws', actor, [], false)).toThrow(DomainError);
  const many = Array.from({ length: POST_GROUP_MAX + 1 }, (_, i) => input(`a${i}`));
  expect(() => service.create('ws', actor, many, false)).toThrow(/1 to 20 posts/);
  expect(uow.runs).toBe(0);
});
