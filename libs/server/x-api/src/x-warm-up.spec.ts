import { dryRunXCalls } from './x-warm-up';

describe('dryRunXCalls (a fresh scheduler compiles its call path against nothing)', () => {
  it('sends every call through twitter-api-v2 to its own stub, which answers like X', async () => {
    expect(await dryRunXCalls(24, 4)).toBe(24);
  });

  it('does nothing for 0 calls', async () => {
    expect(await dryRunXCalls(0)).toBe(0);
  });
});
