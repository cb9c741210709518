import { holdCoversPost, isPostHeld } from './hold-coverage';

const post = { workspaceId: 'w1', brandId: 'b1', accountId: 'a1', status: 'scheduled' };

describe('hold coverage', () => {
  it.each([
    ['workspace', 'w1', true],
    ['workspace', 'w2', false],
    ['brand', 'b1', true],
    ['brand', 'b2', false],
    ['brand', 'a1', false],
    ['account', 'a1', true],
    ['account', 'a2', false],
    ['account', 'b1', false],
  ] as const)('a %s hold on %s covers the post: %s', (scope, targetId, covers) => {
    expect(holdCoversPost({ scope, targetId }, post)).toBe(covers);
  });

  it('a post is held when any active hold covers it', () => {
    expect(isPostHeld([], post)).toBe(false);
    expect(isPostHeld([{ scope: 'account', targetId: 'a2' }], post)).toBe(false);
    expect(
      isPostHeld(
        [
          { scope: 'account', targetId: 'a2' },
          { scope: 'brand', targetId: 'b1' },
        ],
        post,
      ),
    ).toBe(true);
  });

  it.each([
    ['scheduled', true],
    ['published', false],
    ['publishing', false],
    ['unconfirmed', false],
    ['cancelled', false],
    ['failed', false],
    ['missed', false],
    ['draft', true],
    ['in_review', true],
    ['changes_requested', true],
  ])('a covering hold holds a %s post: %s', (status, held) => {
    expect(isPostHeld([{ scope: 'workspace', targetId: 'w1' }], { ...post, status })).toBe(held);
  });
});
