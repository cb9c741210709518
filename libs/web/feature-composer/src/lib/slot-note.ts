import type { SlotPageDto } from '@xp/shared';
import { weekHourLabel } from '@xp/web/core/week-hours';

/** What the schedule picker says under an account's date after a "next slot" or "best slot" answer. */
export interface SlotNote {
  key: string;
  params?: Record<string, string>;
}

/**
 * The note for a slot answer: none found (no posting slots, or none free within a year); the best hours' cell and how
 * far above the account's average it is (`jeudi 12 h : 2,4× la moyenne`); or why the plain next free slot was taken.
 */
export function slotNote(page: SlotPageDto, hasSlots: boolean, lang: string): SlotNote {
  if (!page.items.length) return { key: hasSlots ? 'composer.noFreeSlotYear' : 'composer.noSlots' };
  if (page.basis === 'best-hours' && page.bestHour)
    return {
      key: 'composer.bestSlotFound',
      params: {
        when: weekHourLabel(page.bestHour.weekday, page.bestHour.hour, lang),
        times: new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(page.bestHour.score),
      },
    };
  if (page.fallback === 'not-enough-history') return { key: 'composer.bestSlotNoHistory' };
  if (page.fallback === 'no-slot-in-best-hours') return { key: 'composer.bestSlotNoneInBest' };
  return { key: 'composer.slotFound' };
}
