import { type CrowdSpec, crowdMember, expectedPosts, planPost, poolSize, postTime, timeForCount } from './crowd-model';
import { crowdText } from './crowd-texts';

const MIN = 60_000;
const spec = (over: Partial<CrowdSpec> = {}): CrowdSpec => ({
  scenario: 'calm',
  about: ['Kindy'],
  keywords: ['#KindyLyon', 'soldes'],
  perMinute: 30,
  durationMs: 3600_000,
  seed: 1,
  lang: 'fr',
  ...over,
});

/** Every post time of a crowd, in ms after its start. */
function times(s: CrowdSpec): number[] {
  const out: number[] = [];
  for (let n = 0; ; n++) {
    const t = postTime(s, n);
    if (t === undefined) return out;
    out.push(t);
  }
}

const perMinute = (ts: number[], minutes: number) => {
  const counts = new Array<number>(minutes).fill(0);
  for (const t of ts) counts[Math.floor(t / MIN)]++;
  return counts;
};

describe('the crowd model', () => {
  it('calm: every minute within ±10 % of the rate, in order, inside the duration', () => {
    const ts = times(spec());
    expect(ts.length).toBeGreaterThanOrEqual(1799);
    expect(ts.length).toBeLessThanOrEqual(1800);
    for (let i = 1; i < ts.length; i++) expect(ts[i]).toBeGreaterThan(ts[i - 1]);
    expect(ts[ts.length - 1]).toBeLessThan(3600_000);
    for (const c of perMinute(ts, 60)) {
      expect(c).toBeGreaterThanOrEqual(27);
      expect(c).toBeLessThanOrEqual(33);
    }
  });

  it('crisis: ramps to 20× the rate within 10 minutes, then stays there', () => {
    const s = spec({ scenario: 'crisis', perMinute: 10, durationMs: 20 * MIN });
    const counts = perMinute(times(s), 20);
    expect(counts[0]).toBeLessThan(15); // ≈ 13: the first minute is already a little above the base rate
    expect(counts[9]).toBeGreaterThan(170); // ≈ 185
    for (const c of counts.slice(10)) {
      expect(c).toBeGreaterThanOrEqual(199);
      expect(c).toBeLessThanOrEqual(201);
    }
    for (let m = 1; m < 10; m++) expect(counts[m]).toBeGreaterThan(counts[m - 1]);
  });

  it('launch: a rise to about 5× at 15 minutes, then a decay', () => {
    const s = spec({ scenario: 'launch', perMinute: 20, durationMs: 120 * MIN });
    const counts = perMinute(times(s), 120);
    const peak = counts.indexOf(Math.max(...counts));
    expect(peak).toBeGreaterThanOrEqual(12);
    expect(peak).toBeLessThanOrEqual(17);
    expect(counts[peak]).toBeGreaterThan(90); // 5 × 20
    expect(counts[0]).toBeLessThan(40);
    expect(counts[119]).toBeLessThan(counts[60]);
    expect(counts[60]).toBeLessThan(counts[peak]);
  });

  it('inverts the expected count', () => {
    for (const scenario of ['calm', 'launch', 'crisis'] as const) {
      const s = spec({ scenario, durationMs: 90 * MIN });
      for (const t of [1, 30_000, 9 * MIN, 11 * MIN, 47 * MIN]) {
        expect(timeForCount(s, expectedPosts(s, t))).toBeCloseTo(t, -1);
      }
    }
  });

  it('is deterministic: the same seed says the same things at the same moments, another seed does not', () => {
    const a = Array.from({ length: 50 }, (_, n) => [postTime(spec(), n), planPost(spec(), n)]);
    const b = Array.from({ length: 50 }, (_, n) => [postTime(spec(), n), planPost(spec(), n)]);
    const c = Array.from({ length: 50 }, (_, n) => [postTime(spec({ seed: 2 }), n), planPost(spec({ seed: 2 }), n)]);
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });

  it('talks to the accounts and about the keywords, with French customer-care questions', () => {
    const plans = Array.from({ length: 400 }, (_, n) => planPost(spec(), n));
    const kinds = new Set(plans.map((p) => p.kind));
    expect(kinds).toEqual(new Set(['mention', 'care', 'keyword', 'reply']));
    for (const p of plans.filter((x) => x.kind === 'mention' || x.kind === 'care')) expect(p.text).toContain('@Kindy');
    expect(plans.filter((p) => p.kind === 'keyword').every((p) => /#KindyLyon|soldes/.test(p.text))).toBe(true);
    const care = plans.filter((p) => p.kind === 'care').map((p) => p.text);
    expect(care.some((t) => /commande n°\d{6}|retourner un article|remboursement/.test(t))).toBe(true);
    expect(plans.every((p) => p.lang === 'fr' && p.text.length <= 280)).toBe(true);
  });

  it('with no keywords never draws a keyword template, with no accounts only keywords', () => {
    const noKw = Array.from({ length: 200 }, (_, n) => planPost(spec({ keywords: [] }), n));
    expect(noKw.some((p) => p.text.includes('{') || p.kind === 'keyword')).toBe(false);
    const onlyKw = Array.from({ length: 200 }, (_, n) => planPost(spec({ about: [] }), n));
    expect(onlyKw.every((p) => p.kind === 'keyword' && !p.text.includes('@'))).toBe(true);
  });

  it('draws members with valid usernames, English ones for lang en, both for mix', () => {
    const s = spec({ lang: 'mix' });
    const members = Array.from({ length: poolSize(s) }, (_, k) => crowdMember(s, k));
    expect(members.every((m) => /^[a-z]+_[a-z]{2}\d{2}$/.test(m.username) && m.username.length <= 15)).toBe(true);
    expect(new Set(members.map((m) => m.lang))).toEqual(new Set(['fr', 'en']));
    expect(crowdText({ mood: 'crisis', kind: 'reply', lang: 'en' }, () => 0)).toBe(
      'When will you answer your customers?',
    );
  });
});
