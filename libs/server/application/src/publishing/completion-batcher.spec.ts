import type { PublishedCompletion, PublishingRepository } from './publishing.ports';
import { CompletionBatcher } from './publishing-reporter';

/** The one repository method the batcher uses: records each batch written. */
function repo(): { batches: string[][]; repo: PublishingRepository } {
  const batches: string[][] = [];
  const fake = {
    async completePublished(items: PublishedCompletion[]): Promise<string[]> {
      batches.push(items.map((i) => i.postId));
      return items.map((i) => i.postId);
    },
  };
  return { batches, repo: fake as unknown as PublishingRepository };
}

const item = (postId: string): PublishedCompletion => ({
  postId,
  owner: 'sched-1',
  tweetIds: [`t-${postId}`],
  publishedAt: new Date('2026-12-05T10:00:00Z'),
  attemptId: `a-${postId}`,
  tweetId: `t-${postId}`,
});

afterEach(() => jest.useRealTimers());

describe('CompletionBatcher', () => {
  it('writes at once when no call to X is in flight', async () => {
    const r = repo();
    const batcher = new CompletionBatcher(r.repo, () => true);
    expect(await batcher.complete(item('p1'))).toBe(true);
    expect(r.batches).toEqual([['p1']]);
  });

  it('holds the writes while calls are in flight, then writes them in one batch once none is', async () => {
    const r = repo();
    let calling = 3;
    const batcher = new CompletionBatcher(r.repo, () => calling === 0);
    const saved = ['p1', 'p2', 'p3'].map((id) => batcher.complete(item(id)));
    await Promise.resolve();
    expect(r.batches).toEqual([]);
    calling = 0;
    batcher.poke();
    expect(await Promise.all(saved)).toEqual([true, true, true]);
    expect(r.batches).toEqual([['p1', 'p2', 'p3']]);
  });

  it('does not hold a write for more than 1 s while calls never stop', async () => {
    jest.useFakeTimers();
    const r = repo();
    const batcher = new CompletionBatcher(r.repo, () => false);
    const saved = batcher.complete(item('p1'));
    jest.advanceTimersByTime(999);
    expect(r.batches).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(await saved).toBe(true);
    expect(r.batches).toEqual([['p1']]);
  });

  it('writes at once, in statements of 500, when 4,096 successes wait while calls never stop', async () => {
    const r = repo();
    const batcher = new CompletionBatcher(r.repo, () => false);
    const first = Array.from({ length: 4095 }, (_, i) => batcher.complete(item(`p${i}`)));
    await Promise.resolve();
    expect(r.batches).toEqual([]);
    const last = batcher.complete(item('p4095'));
    expect(await Promise.all([...first, last])).toHaveLength(4096);
    expect(r.batches.map((b) => b.length)).toEqual([500, 500, 500, 500, 500, 500, 500, 500, 96]);
  });
});
