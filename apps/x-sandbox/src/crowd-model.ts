// The crowd as pure functions: when its n-th post comes (a rate curve per scenario, posts placed by inverting the
// expected count) and what it is (author, kind, language, text), all drawn from a generator seeded by (seed, n), so
// the same crowd always says the same things at the same moments, however the clock gets there.
import { seeded } from './metrics';
import { crowdText, FIRST_NAMES, type Mood, type PostKind, type TextLang } from './crowd-texts';

export type Scenario = Mood;
export type CrowdLang = 'fr' | 'en' | 'mix';

export interface CrowdSpec {
  scenario: Scenario;
  /** Usernames (no @) of the accounts the crowd talks to. */
  about: string[];
  keywords: string[];
  /** Base rate: calm keeps it, launch rises to 5× then decays, crisis ramps to 20× within 10 minutes. */
  perMinute: number;
  durationMs: number;
  seed: number;
  lang: CrowdLang;
}

const MINUTE = 60_000;
/** Crisis: the rate is multiplied by 20 over its first 10 minutes (exponentially), then stays there. */
export const CRISIS_RAMP_MS = 10 * MINUTE;
export const CRISIS_FACTOR = 20;
/** Launch: 1 + 4·(t/T)·e^(1−t/T), a peak of 5× at T = min(15 min, a quarter of the duration). */
const LAUNCH_PEAK = 4;

function launchT(spec: CrowdSpec): number {
  return Math.max(1, Math.min(15 * MINUTE, spec.durationMs / 4));
}

/** The rate multiplier at `t` ms after the start. */
export function rateFactor(spec: CrowdSpec, t: number): number {
  if (spec.scenario === 'crisis') return CRISIS_FACTOR ** (Math.min(t, CRISIS_RAMP_MS) / CRISIS_RAMP_MS);
  if (spec.scenario === 'launch') {
    const x = t / launchT(spec);
    return 1 + LAUNCH_PEAK * x * Math.exp(1 - x);
  }
  return 1;
}

/** Expected number of posts in the first `t` ms (the integral of the rate). */
export function expectedPosts(spec: CrowdSpec, t: number): number {
  const p = spec.perMinute / MINUTE;
  if (spec.scenario === 'crisis') {
    const k = Math.log(CRISIS_FACTOR) / CRISIS_RAMP_MS;
    const ramp = Math.min(t, CRISIS_RAMP_MS);
    return (p * (Math.exp(k * ramp) - 1)) / k + Math.max(0, t - CRISIS_RAMP_MS) * p * CRISIS_FACTOR;
  }
  if (spec.scenario === 'launch') {
    const T = launchT(spec);
    return p * (t + LAUNCH_PEAK * Math.E * T * (1 - (1 + t / T) * Math.exp(-t / T)));
  }
  return p * t;
}

/** The moment (ms after the start) at which `count` posts are expected: the inverse of expectedPosts. */
export function timeForCount(spec: CrowdSpec, count: number): number {
  const p = spec.perMinute / MINUTE;
  if (spec.scenario === 'calm') return count / p;
  if (spec.scenario === 'crisis') {
    const k = Math.log(CRISIS_FACTOR) / CRISIS_RAMP_MS;
    const atRampEnd = expectedPosts(spec, CRISIS_RAMP_MS);
    if (count <= atRampEnd) return Math.log(1 + (count * k) / p) / k;
    return CRISIS_RAMP_MS + (count - atRampEnd) / (p * CRISIS_FACTOR);
  }
  let lo = 0;
  let hi = count / p; // the rate is at least p
  for (let i = 0; i < 60 && hi - lo > 0.01; i++) {
    const mid = (lo + hi) / 2;
    if (expectedPosts(spec, mid) < count) lo = mid;
    else hi = mid;
  }
  return hi;
}

const rng = (spec: CrowdSpec, n: number, what: string) => seeded(`${spec.seed}:${n}:${what}`);

/**
 * When the n-th post comes, in ms after the start, or undefined past the end. Post n sits at the moment
 * n + u expected posts are reached (u drawn in [0, 1)): one post per unit of the expected count, so the number of
 * posts in any window is the expected one within ±1 (a steady rate stays steady), each at a seeded place in its slot.
 */
export function postTime(spec: CrowdSpec, n: number): number | undefined {
  const t = timeForCount(spec, n + rng(spec, n, 'slot')());
  return t < spec.durationMs ? t : undefined;
}

/** How many distinct authors the crowd draws from: about one for 4 posts, 30 to 5,000. */
export function poolSize(spec: CrowdSpec): number {
  return Math.max(30, Math.min(5000, Math.ceil(expectedPosts(spec, spec.durationMs) / 4)));
}

/** Author k of the crowd's pool: a username (≤ 15 characters), a display name, a language, some followers. */
export function crowdMember(spec: CrowdSpec, k: number) {
  const rnd = seeded(`${spec.seed}:member:${k}`);
  const lang: TextLang = spec.lang === 'mix' ? (k % 2 === 0 ? 'fr' : 'en') : spec.lang;
  const names = FIRST_NAMES[lang];
  const first = names[Math.floor(rnd() * names.length)];
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const tag = `${letters[Math.floor(rnd() * 26)]}${letters[Math.floor(rnd() * 26)]}${Math.floor(rnd() * 90) + 10}`;
  return {
    username: `${first}_${tag}`,
    name: `${first[0].toUpperCase()}${first.slice(1)} ${tag[0].toUpperCase()}.`,
    lang,
    followersCount: Math.floor(rnd() ** 3 * 5000),
  };
}

const KIND_WEIGHTS: Record<Scenario, Array<[PostKind, number]>> = {
  calm: [
    ['mention', 0.35],
    ['care', 0.25],
    ['keyword', 0.25],
    ['reply', 0.15],
  ],
  launch: [
    ['mention', 0.35],
    ['care', 0.15],
    ['keyword', 0.35],
    ['reply', 0.15],
  ],
  crisis: [
    ['mention', 0.3],
    ['care', 0.1],
    ['keyword', 0.25],
    ['reply', 0.35],
  ],
};

export interface PlannedPost {
  /** Index in the pool (crowdMember). */
  author: number;
  kind: PostKind;
  lang: TextLang;
  /** The account talked to (mentions, care questions, replies under its latest posts). */
  brand?: string;
  text: string;
  /** For a reply: which of the brand's latest posts, in [0, 1) (0: the newest). */
  target: number;
}

/**
 * What the n-th post is. A reply is planned as a mention too (`fallback`), used when the brand has no post.
 * `variant` > 0 draws another author and text for the same slot (when X refuses the first as a duplicate).
 */
export function planPost(spec: CrowdSpec, n: number, variant = 0): PlannedPost & { fallback?: string } {
  const rnd = rng(spec, n, variant ? `post:${variant}` : 'post');
  const author = Math.floor(rnd() * poolSize(spec));
  const lang = crowdMember(spec, author).lang;
  let r = rnd();
  let kind: PostKind = 'mention';
  for (const [k, w] of KIND_WEIGHTS[spec.scenario]) {
    if (r < w) {
      kind = k;
      break;
    }
    r -= w;
  }
  if (spec.about.length === 0) kind = 'keyword';
  if (kind === 'keyword' && spec.keywords.length === 0) kind = 'mention';
  const brand = spec.about.length ? spec.about[Math.floor(rnd() * spec.about.length)] : undefined;
  const keyword = spec.keywords.length ? spec.keywords[Math.floor(rnd() * spec.keywords.length)] : undefined;
  const target = rnd();
  const mood = spec.scenario;
  const say = (k: PostKind) =>
    crowdText({ mood, kind: k, lang, brand, keyword: k === 'keyword' || rnd() < 0.3 ? keyword : undefined }, rnd);
  const text = say(kind) ?? say('mention') ?? say('keyword') ?? '…';
  return { author, kind, lang, brand, text, target, ...(kind === 'reply' ? { fallback: say('mention') } : {}) };
}
