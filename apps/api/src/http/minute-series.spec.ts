import type { SeriesRow } from '@xp/server/application';
import { gunzipSync } from 'node:zlib';
import { MinuteSeriesAnswers, type MinuteSeriesRequest } from './minute-series';

const DAY = 86_400_000;
const FROM = Date.parse('2026-11-01T00:00:00Z');

/** A store of minutes counted up to `until`, and every read asked of it. */
function store(until: number) {
  const reads: [number, number][] = [];
  const state = { until };
  const rows = async (from: Date, to: Date): Promise<SeriesRow[]> => {
    reads.push([from.getTime(), to.getTime()]);
    const out: SeriesRow[] = [];
    for (let t = from.getTime(); t < Math.min(to.getTime(), state.until); t += 60_000)
      out.push({ start: new Date(t).toISOString(), count: (t / 60_000) % 97, baseline: t % 7 ? 40.5 : null });
    return out;
  };
  return { reads, state, rows };
}

const parse = (gz: Buffer) => JSON.parse(gunzipSync(gz).toString()) as { items: SeriesRow[]; nextCursor: null };

describe('minute series answers', () => {
  it('answers what a whole read would, and after a read of X reads again only the day still being counted', async () => {
    const s = store(FROM + 30 * DAY + 3_600_000);
    const answers = new MinuteSeriesAnswers();
    const req = (): MinuteSeriesRequest => ({
      monitorId: 'm1',
      version: 1,
      countedUntil: s.state.until,
      from: new Date(FROM),
      to: new Date(FROM + 31 * DAY),
      rows: s.rows,
    });
    const first = parse(await answers.gzip(req()));
    const whole = await s.rows(new Date(FROM), new Date(FROM + 31 * DAY));
    expect(first).toEqual({ items: whole, nextCursor: null });
    expect(first.items).toHaveLength(30 * 1440 + 60);

    s.reads.length = 0;
    s.state.until += 60_000;
    const second = parse(await answers.gzip(req()));
    expect(second.items).toHaveLength(30 * 1440 + 61);
    expect(second.items.at(-1)!.start).toBe(new Date(s.state.until - 60_000).toISOString());
    // Only the last day (being counted) was read again.
    expect(s.reads).toEqual([[FROM + 30 * DAY, FROM + 31 * DAY]]);
  });

  it('a range starting inside a day, another version, and an empty range', async () => {
    const s = store(FROM + 3 * DAY);
    const answers = new MinuteSeriesAnswers();
    const base = { monitorId: 'm1', countedUntil: s.state.until, rows: s.rows };
    const from = new Date(FROM + DAY / 2);
    const to = new Date(FROM + 2 * DAY + 90 * 60_000);
    const a = parse(await answers.gzip({ ...base, version: 1, from, to }));
    expect(a.items).toEqual(await s.rows(from, to));
    // Another version of the monitor (another query) never gets the first one's days.
    s.reads.length = 0;
    await answers.gzip({ ...base, version: 2, from, to });
    expect(s.reads).toEqual([[from.getTime(), to.getTime()]]);
    // Before any count: an empty series.
    const empty = store(FROM);
    expect(parse(await answers.gzip({ ...base, rows: empty.rows, countedUntil: null, version: 1, from, to }))).toEqual({
      items: [],
      nextCursor: null,
    });
  });
});
