import { closeUpQueue, freeSlots, nextFreeSlot, validateSlots } from './slots';

const iso = (d: Date | null) => d?.toISOString() ?? null;
const tueThu = [
  { weekday: 2, time: '09:30' },
  { weekday: 4, time: '09:30' },
];

describe('posting slots', () => {
  it('takes the next Tue/Thu 09:30 Paris, across the spring change', () => {
    // Thursday 2026-03-26 10:00 Paris (CET) → next is Tue 31 March 09:30 CEST = 07:30Z
    expect(iso(nextFreeSlot(tueThu, 'Europe/Paris', new Date('2026-03-26T09:00:00Z')))).toBe(
      '2026-03-31T07:30:00.000Z',
    );
    expect(freeSlots(tueThu, 'Europe/Paris', new Date('2026-03-23T00:00:00Z'), 3).map(iso)).toEqual([
      '2026-03-24T08:30:00.000Z',
      '2026-03-26T08:30:00.000Z',
      '2026-03-31T07:30:00.000Z',
    ]);
  });

  it('across the autumn change', () => {
    expect(freeSlots(tueThu, 'Europe/Paris', new Date('2026-10-21T00:00:00Z'), 3).map(iso)).toEqual([
      '2026-10-22T07:30:00.000Z',
      '2026-10-27T08:30:00.000Z',
      '2026-10-29T08:30:00.000Z',
    ]);
  });

  it('a Sunday 02:30 slot on the spring-forward night moves to 03:30; on the fall-back night it is the first 02:30', () => {
    const sunday = [{ weekday: 7, time: '02:30' }];
    expect(iso(nextFreeSlot(sunday, 'Europe/Paris', new Date('2026-03-28T00:00:00Z')))).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(iso(nextFreeSlot(sunday, 'Europe/Paris', new Date('2026-10-24T00:00:00Z')))).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });

  it('in America/New_York (EDT from 2026-03-08)', () => {
    const mon = [{ weekday: 1, time: '08:00' }];
    expect(freeSlots(mon, 'America/New_York', new Date('2026-03-01T00:00:00Z'), 2).map(iso)).toEqual([
      '2026-03-02T13:00:00.000Z',
      '2026-03-09T12:00:00.000Z',
    ]);
    expect(freeSlots(mon, 'America/New_York', new Date('2026-10-27T00:00:00Z'), 2).map(iso)).toEqual([
      '2026-11-02T13:00:00.000Z',
      '2026-11-09T13:00:00.000Z',
    ]);
  });

  it('skips taken slots', () => {
    const taken = new Set([Date.parse('2026-03-24T08:30:00Z')]);
    expect(iso(nextFreeSlot(tueThu, 'Europe/Paris', new Date('2026-03-23T00:00:00Z'), taken))).toBe(
      '2026-03-26T08:30:00.000Z',
    );
  });

  it('closes up the queue when a post leaves it', () => {
    const after = new Date('2026-03-23T00:00:00Z');
    const queue = [
      { id: 'b', at: new Date('2026-03-26T08:30:00Z') },
      { id: 'c', at: new Date('2026-03-31T07:30:00Z') },
    ]; // 'a' (Tue 24th) left the queue
    expect(closeUpQueue(queue, tueThu, 'Europe/Paris', after).map((q) => [q.id, iso(q.at), q.moved])).toEqual([
      ['b', '2026-03-24T08:30:00.000Z', true],
      ['c', '2026-03-26T08:30:00.000Z', true],
    ]);
    // A slot taken by a non-queued post is kept out of the queue
    const other = new Set([Date.parse('2026-03-24T08:30:00Z')]);
    expect(closeUpQueue(queue, tueThu, 'Europe/Paris', after, other).map((q) => q.moved)).toEqual([false, false]);
  });

  it('validates weekdays and times', () => {
    expect(validateSlots([{ weekday: 8, time: '25:00' }]).length).toBe(2);
    expect(validateSlots(tueThu)).toEqual([]);
  });
});

describe('the slot horizon', () => {
  it('looks 366 days ahead, no further', () => {
    const monday = [{ weekday: 1, time: '08:00' }];
    // From Saturday 3 January 2026, day 366 is Monday 4 January 2027: the last one in reach.
    const year = freeSlots(monday, 'Europe/Paris', new Date('2026-01-03T00:00:00Z'), 60);
    expect(year).toHaveLength(53);
    expect(iso(year[52]!)).toBe('2027-01-04T07:00:00.000Z');
    const taken = new Set(year.map((d) => d.getTime()));
    expect(nextFreeSlot(monday, 'Europe/Paris', new Date('2026-01-03T00:00:00Z'), taken)).toBeNull();
  });
});
