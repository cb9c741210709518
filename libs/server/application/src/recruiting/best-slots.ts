import { freeSlotsIn, type BestHours, type PostingSlotRule } from '@xp/server/domain';
import { utcToLocal, type SLOT_FALLBACKS, type SLOT_PREFERENCES } from '@xp/shared';

export type SlotPreference = (typeof SLOT_PREFERENCES)[number];

/** The next free slots of an account and what they are: in its best hours, or the plain next free ones (and why). */
export interface NextSlots {
  slots: Date[];
  basis: 'best-hours' | 'next-free';
  /** The best cell the first slot falls in, with its score (times the account's average). */
  bestHour: { weekday: number; hour: number; score: number } | null;
  fallback: (typeof SLOT_FALLBACKS)[number] | null;
}

export const plainSlots = (slots: Date[], fallback: NextSlots['fallback']): NextSlots => ({
  slots,
  basis: 'next-free',
  bestHour: null,
  fallback,
});

/**
 * The free slots that fall in the account's best cells; without best cells (too little history, or no hour above
 * the average) or without a posting slot in them, the plain next free slots (`plain`), saying why.
 */
export function preferBestHours(
  best: BestHours,
  account: { postingSlots: readonly PostingSlotRule[]; timezone: string },
  now: Date,
  count: number,
  taken: ReadonlySet<number>,
  plain: () => Date[],
): NextSlots {
  if (!best.best.length) return plainSlots(plain(), 'not-enough-history');
  const slots = freeSlotsIn(account.postingSlots, account.timezone, now, count, best.best, taken);
  const first = slots[0];
  if (!first) return plainSlots(plain(), 'no-slot-in-best-hours');
  const l = utcToLocal(first, account.timezone);
  const hour = Number(l.time.slice(0, 2));
  const cell = best.cells.find((c) => c.weekday === l.weekday && c.hour === hour);
  return {
    slots,
    basis: 'best-hours',
    bestHour: { weekday: l.weekday, hour, score: cell?.score ?? 0 },
    fallback: null,
  };
}
