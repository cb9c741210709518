import type { SlotPageDto } from '@xp/shared';
import { slotNote } from './slot-note';

const page = (p: Partial<SlotPageDto>): SlotPageDto => ({
  items: ['2026-03-26T11:15:00.000Z'],
  nextCursor: null,
  basis: 'next-free',
  bestHour: null,
  fallback: null,
  ...p,
});

describe('the schedule picker note', () => {
  it('says the best cell and how far above the average it is, in the UI language', () => {
    const best = page({ basis: 'best-hours', bestHour: { weekday: 4, hour: 12, score: 2.375 } });
    expect(slotNote(best, true, 'fr')).toEqual({
      key: 'composer.bestSlotFound',
      params: { when: 'jeudi 12 h', times: '2,4' },
    });
    expect(slotNote(best, true, 'en')).toEqual({
      key: 'composer.bestSlotFound',
      params: { when: 'Thursday 12 PM', times: '2.4' },
    });
  });

  it('says why the plain next free slot was taken, or that there is none', () => {
    expect(slotNote(page({ fallback: 'not-enough-history' }), true, 'fr').key).toBe('composer.bestSlotNoHistory');
    expect(slotNote(page({ fallback: 'no-slot-in-best-hours' }), true, 'fr').key).toBe('composer.bestSlotNoneInBest');
    expect(slotNote(page({}), true, 'fr').key).toBe('composer.slotFound');
    expect(slotNote(page({ items: [] }), true, 'fr').key).toBe('composer.noFreeSlotYear');
    expect(slotNote(page({ items: [], fallback: 'not-enough-history' }), false, 'en').key).toBe('composer.noSlots');
  });
});
