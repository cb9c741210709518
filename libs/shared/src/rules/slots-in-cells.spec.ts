import { freeSlots, freeSlotsIn } from './slots';

const iso = (d: Date) => d.toISOString();
// Monday, Thursday and Friday at 09:30 and 12:15 (Paris).
const slots = [1, 4, 5].flatMap((weekday) => [
  { weekday, time: '09:30' },
  { weekday, time: '12:15' },
]);
const monday = new Date('2026-03-02T06:00:00Z');

describe('free slots in chosen hours', () => {
  it('keeps only the slots whose local weekday and hour are among the cells', () => {
    // Thursday 12 h Paris (CET, UTC+1).
    expect(freeSlotsIn(slots, 'Europe/Paris', monday, 2, [{ weekday: 4, hour: 12 }]).map(iso)).toEqual([
      '2026-03-05T11:15:00.000Z',
      '2026-03-12T11:15:00.000Z',
    ]);
    expect(
      freeSlotsIn(slots, 'Europe/Paris', monday, 3, [
        { weekday: 5, hour: 9 },
        { weekday: 1, hour: 12 },
      ]).map(iso),
    ).toEqual(['2026-03-02T11:15:00.000Z', '2026-03-06T08:30:00.000Z', '2026-03-09T11:15:00.000Z']);
  });

  it('skips the taken slots and follows the zone across the spring change', () => {
    const taken = new Set([Date.parse('2026-03-26T11:15:00Z')]);
    // Thursday 26 March is taken; 2 April 12:15 is CEST (UTC+2).
    expect(
      freeSlotsIn(slots, 'Europe/Paris', new Date('2026-03-20T00:00:00Z'), 1, [{ weekday: 4, hour: 12 }], taken).map(
        iso,
      ),
    ).toEqual(['2026-04-02T10:15:00.000Z']);
  });

  it('finds nothing when no posting slot falls in the cells', () => {
    expect(freeSlotsIn(slots, 'Europe/Paris', monday, 1, [{ weekday: 2, hour: 9 }])).toEqual([]);
    expect(freeSlotsIn(slots, 'Europe/Paris', monday, 1, [])).toEqual([]);
    // The plain next free slot exists all the same.
    expect(freeSlots(slots, 'Europe/Paris', monday, 1).map(iso)).toEqual(['2026-03-02T08:30:00.000Z']);
  });
});
