// For the charter's specs: what the rules find in one segment, without the classifiers' findings. Not exported from
// the library.
import { type Charter, defaultCharter, mergeCharter } from './charter';
import { type Finding, checkCharter } from './charter-check';

/** The categories the rules find in a one-segment post (`category_model` findings left out). */
export function ruleCategories(
  text: string,
  charter: Charter = defaultCharter(),
  scheduledAt?: Date,
): NonNullable<Finding['category']>[] {
  return checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }], scheduledAt }, charter).flatMap(
    (f) => (f.rule !== 'category_model' && f.category !== undefined ? [f.category] : []),
  );
}

/** Every category a one-segment post is found in, the classifiers' findings included. */
export function allCategories(text: string, charter: Charter = defaultCharter()): Finding['category'][] {
  return checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, charter).map((f) => f.category);
}

const KINDY_QUIET = mergeCharter({
  categories: {
    ...defaultCharter().categories,
    quietPeriods: [{ start: '2026-07-06T00:00:00Z', end: '2026-07-23T06:00:00Z', label: 'H1' }],
  },
});

/** The same for a post scheduled inside a quiet period (6 to 23 July 2026). */
export const inQuietPeriod = (text: string, at = '2026-07-16T14:00:00Z') =>
  ruleCategories(text, KINDY_QUIET, new Date(at));
