import { RATE_LIMIT_TIER_VALUES, TIER_BUDGETS } from '@xp/shared';
import { PROFILE_TABLES } from './rate-limits';

describe('TIER_BUDGETS (the planning rule) and the sandbox', () => {
  it.each(RATE_LIMIT_TIER_VALUES)('%s: the budgets are the POST /2/tweets windows the sandbox enforces', (tier) => {
    expect(TIER_BUDGETS[tier]).toEqual(PROFILE_TABLES[tier]['tweets.create']);
  });
});
