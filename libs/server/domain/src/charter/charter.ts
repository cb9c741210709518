import {
  CATEGORY_LEVEL_VALUES,
  CHARTER_CATEGORY_VALUES,
  GREETING_CHOICE_VALUES,
  msg,
  type MessageRef,
  type RequiredElementValue,
} from '@xp/shared';
import type { LocalizedMessage } from '../posts/approval-policy';
import type { PostKind } from '../posts/post-lifecycle';

export type FindingSeverity = 'warn' | 'block';
/** A category's level: its findings block approval, only warn, or it is not checked. */
export type CategoryLevel = FindingSeverity | 'off';
export const CATEGORY_LEVELS = CATEGORY_LEVEL_VALUES;

/** The categories the detector knows (lexicons, context patterns, named entities), each with a level per brand. */
export const CHARTER_CATEGORIES = CHARTER_CATEGORY_VALUES;
export type CharterCategory = (typeof CHARTER_CATEGORIES)[number];

/** Categories of banned-term lists and findings: the detector's, or the brand's own terms (`custom`). */
export const BANNED_CATEGORIES = [...CHARTER_CATEGORIES, 'custom'] as const;
export type BannedCategory = (typeof BANNED_CATEGORIES)[number];

/** What greetings for religious feasts ("Joyeux Noël", "Eid Mubarak") do: allowed, or a religion finding. */
export const GREETING_CHOICES = GREETING_CHOICE_VALUES;
export type GreetingChoice = (typeof GREETING_CHOICES)[number];

/**
 * An earnings blackout: from `start` to `end`, financial topics block. Each bound is a calendar day (YYYY-MM-DD,
 * inclusive, in the charter's `timeZone`) or an instant (ISO-8601 with Z or an offset: "until 07:00 on results day").
 */
export interface QuietPeriod {
  start: string;
  end: string;
  label?: string;
}

export const CHARTER_RULES = [
  'banned_term',
  'confidential_term',
  'required_element',
  'max_hashtags',
  'max_mentions',
  'near_duplicate',
  'self_promotion_ratio',
  'quiet_period',
  /** A category found by the text classifier (classifier.ts) where the rules found none. */
  'category_model',
] as const;
export type CharterRule = (typeof CHARTER_RULES)[number];

export type RequiredElement = RequiredElementValue;

export interface BannedTermList {
  category: BannedCategory;
  severity: FindingSeverity;
  /** Words or phrases; matched on whole words, insensitive to case, accents and apostrophes. */
  terms: readonly string[];
  /** Optional label shown in findings instead of the category name. */
  label?: LocalizedMessage;
}

/** A brand's charter. Every section can be tuned; `defaultCharter()` gives the starting point. */
export interface Charter {
  /** The detector's categories: a level each, the brand's competitors, greetings, quiet periods. */
  categories: {
    levels: Record<CharterCategory, CategoryLevel>;
    /** Competitors' names and handles, matched in words, hashtags and mentions. */
    competitors: readonly string[];
    greetings: GreetingChoice;
    quietPeriods: readonly QuietPeriod[];
    /** Time zone of the quiet periods' days (IANA name). */
    timeZone: string;
  };
  bannedTerms: {
    lists: readonly BannedTermList[];
    /** Phrases never flagged even though they contain a banned term (e.g. "Église Saint-Eustache" for a venue). */
    allowedPhrases: readonly string[];
  };
  /** Project code names, unpublished results…: matched also inside hashtags, mentions, URLs and emails. */
  confidential: { terms: readonly string[]; severity: FindingSeverity };
  requiredElements: Record<PostKind, { elements: readonly RequiredElement[]; severity: FindingSeverity }>;
  limits: {
    /** null: no limit. */
    maxHashtagsPerSegment: number | null;
    maxMentionsPerSegment: number | null;
    severity: FindingSeverity;
  };
  nearDuplicate: {
    enabled: boolean;
    /** Jaccard similarity of word shingles at or above which a segment is a near-duplicate. */
    threshold: number;
    /** Words per shingle. */
    shingleSize: number;
    /** Segments with fewer words are not compared ("Merci !", "GOAL!"). */
    minWords: number;
    /** Compare with recent posts of sibling accounts (same brand) too, not only the same account. */
    includeSiblingAccounts: boolean;
    severity: FindingSeverity;
  };
  selfPromotion: {
    enabled: boolean;
    /** Post tags that mark self-promotion (compared case- and punctuation-insensitively). */
    tags: readonly string[];
    /** At most this many self-promotional posts… */
    maxPerWindow: number;
    /** …in any this many consecutive posts of the account. */
    windowSize: number;
    severity: FindingSeverity;
  };
}

/** The default level of each category: the usual brand charter ("no insults, no politics, no religion, nothing
 * confidential") blocks those and discrimination; competitors, health or legal claims and denigration warn. */
export const DEFAULT_CATEGORY_LEVELS: Readonly<Record<CharterCategory, CategoryLevel>> = {
  insult: 'block',
  politics: 'block',
  religion: 'block',
  confidential: 'block',
  competitors: 'warn',
  discrimination: 'block',
  health_legal: 'warn',
  denigration: 'warn',
};

/**
 * The default charter: the categories at their default levels (the detector's own lexicons; the brand may add
 * term lists of its own), no confidential terms (the brand adds its own), a job
 * offer needs a link and a hashtag, at most 3 hashtags and 5 mentions per segment, near-duplicates at 0.8
 * Jaccard on 3-word shingles, and at most 2 self-promotional posts in any 10.
 */
export function defaultCharter(): Charter {
  return {
    categories: {
      levels: { ...DEFAULT_CATEGORY_LEVELS },
      competitors: [],
      greetings: 'allow',
      quietPeriods: [],
      timeZone: 'Europe/Paris',
    },
    bannedTerms: {
      lists: [],
      allowedPhrases: [],
    },
    confidential: { terms: [], severity: 'block' },
    requiredElements: {
      standard: { elements: [], severity: 'warn' },
      job_offer: { elements: ['link', 'hashtag'], severity: 'block' },
      live: { elements: [], severity: 'warn' },
      reply: { elements: [], severity: 'warn' },
    },
    limits: { maxHashtagsPerSegment: 3, maxMentionsPerSegment: 5, severity: 'warn' },
    nearDuplicate: {
      enabled: true,
      threshold: 0.8,
      shingleSize: 3,
      minWords: 6,
      includeSiblingAccounts: true,
      severity: 'warn',
    },
    selfPromotion: {
      enabled: true,
      tags: ['self-promotion', 'selfpromo', 'autopromo', 'autopromotion'],
      maxPerWindow: 2,
      windowSize: 10,
      severity: 'warn',
    },
  };
}

const isSection = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A stored or submitted charter over the defaults, field by field within each section (and kind by kind for the
 * required elements): `{ requiredElements: { standard: … } }` keeps the defaults of `job_offer` and `live`. Unknown
 * sections and sections that are not objects are ignored.
 */
export function mergeCharter(input: Readonly<Record<string, unknown>> | undefined): Charter {
  const base = defaultCharter();
  const merged: Record<string, unknown> = { ...base };
  for (const [name, section] of Object.entries(base) as [string, Record<string, unknown>][]) {
    const over = input?.[name];
    if (!isSection(over)) continue;
    merged[name] =
      name === 'categories'
        ? {
            ...section,
            ...over,
            levels: { ...(section['levels'] as object), ...(isSection(over['levels']) ? over['levels'] : {}) },
          }
        : name === 'requiredElements'
          ? Object.fromEntries(
              Object.entries(section).map(([kind, d]) => [
                kind,
                { ...(d as object), ...(isSection(over[kind]) ? over[kind] : {}) },
              ]),
            )
          : { ...section, ...over };
  }
  return merged as unknown as Charter;
}

/** The catalogue's label of each category (a message parameter of banned-term findings). */
export const CATEGORY_LABELS: Record<BannedCategory, MessageRef> = {
  insult: msg('CHARTER_CATEGORY_INSULT'),
  politics: msg('CHARTER_CATEGORY_POLITICS'),
  religion: msg('CHARTER_CATEGORY_RELIGION'),
  denigration: msg('CHARTER_CATEGORY_DENIGRATION'),
  confidential: msg('CHARTER_CATEGORY_CONFIDENTIAL'),
  competitors: msg('CHARTER_CATEGORY_COMPETITORS'),
  discrimination: msg('CHARTER_CATEGORY_DISCRIMINATION'),
  health_legal: msg('CHARTER_CATEGORY_HEALTH_LEGAL'),
  custom: msg('CHARTER_CATEGORY_CUSTOM'),
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (v: unknown): v is string =>
  typeof v === 'string' &&
  DAY.test(v) &&
  !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
  new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const isBound = (v: unknown): v is string =>
  isDay(v) || (typeof v === 'string' && INSTANT.test(v) && !Number.isNaN(Date.parse(v)));
/** A bound as a time, for ordering checks (a day as its UTC midnight). */
const boundTime = (bound: string) => (DAY.test(bound) ? Date.parse(`${bound}T00:00:00Z`) : Date.parse(bound));
const isStrings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** What is wrong in a submitted `categories` section, field by field (English, for the API's details). */
export function categoryProblems(section: unknown): { field: string; message: string }[] {
  if (section === undefined) return [];
  const problems: { field: string; message: string }[] = [];
  const at = (field: string, message: string) => problems.push({ field: `charter.categories${field}`, message });
  if (!isSection(section)) return [{ field: 'charter.categories', message: 'must be an object' }];
  const levels = section['levels'];
  if (levels !== undefined) {
    if (!isSection(levels)) at('.levels', 'must be an object');
    else
      for (const [k, v] of Object.entries(levels)) {
        if (!(CHARTER_CATEGORIES as readonly string[]).includes(k))
          at(`.levels.${k}`, `unknown category (known: ${CHARTER_CATEGORIES.join(', ')})`);
        else if (!(CATEGORY_LEVELS as readonly unknown[]).includes(v)) at(`.levels.${k}`, 'must be block, warn or off');
      }
  }
  if (section['competitors'] !== undefined && !isStrings(section['competitors']))
    at('.competitors', 'must be a list of names');
  const greetings = section['greetings'];
  if (greetings !== undefined && !(GREETING_CHOICES as readonly unknown[]).includes(greetings))
    at('.greetings', 'must be allow, warn or block');
  const tz = section['timeZone'];
  if (tz !== undefined) {
    let valid = typeof tz === 'string';
    try {
      if (valid) new Intl.DateTimeFormat('en', { timeZone: tz as string });
    } catch {
      valid = false;
    }
    if (!valid) at('.timeZone', 'must be an IANA time zone such as Europe/Paris');
  }
  const periods = section['quietPeriods'];
  if (periods !== undefined) {
    if (!Array.isArray(periods)) at('.quietPeriods', 'must be a list of { start, end } days');
    else
      periods.forEach((p, i) => {
        const o = isSection(p) ? p : {};
        if (!isBound(o['start']) || !isBound(o['end']))
          at(
            `.quietPeriods.${i}`,
            'start and end must be days (YYYY-MM-DD) or instants (ISO-8601 with Z or an offset)',
          );
        else if (boundTime(o['start'] as string) > boundTime(o['end'] as string))
          at(`.quietPeriods.${i}`, 'end must not be before start');
        else if (o['label'] !== undefined && typeof o['label'] !== 'string')
          at(`.quietPeriods.${i}`, 'label must be a text');
      });
  }
  return problems;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
/** The calendar day (YYYY-MM-DD) of an instant in a time zone. */
export function dayIn(at: Date, timeZone: string): string {
  let f = dayFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, f);
  }
  return f.format(at);
}

/** The quiet period an instant falls in, if any. */
export function quietPeriodAt(charter: Charter, at: Date | null | undefined): QuietPeriod | null {
  const periods = charter.categories.quietPeriods;
  if (!at || periods.length === 0) return null;
  const day = dayIn(at, charter.categories.timeZone);
  const t = at.getTime();
  const after = (b: string) => (DAY.test(b) ? day >= b : t >= Date.parse(b));
  const before = (b: string) => (DAY.test(b) ? day <= b : t < Date.parse(b));
  return periods.find((p) => after(p.start) && before(p.end)) ?? null;
}
