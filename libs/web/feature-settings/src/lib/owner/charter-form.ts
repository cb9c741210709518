/** The charter screen's form model: the sections of a brand's charter the screen edits, as texts and choices. */
import {
  CHARTER_CATEGORY_VALUES,
  GREETING_CHOICE_VALUES,
  POST_KIND_VALUES,
  REQUIRED_ELEMENT_VALUES,
  type CategoryLevelValue,
  type CharterCategoryValue,
  type GreetingChoiceValue,
  type PostKindValue,
  type RequiredElementValue,
} from '@xp/shared';

export type Severity = 'warn' | 'block';
/** A category's level: block, warn, or not checked. */
export type Level = CategoryLevelValue;
export const CATEGORIES = CHARTER_CATEGORY_VALUES;
export type Category = CharterCategoryValue;
export const GREETINGS = GREETING_CHOICE_VALUES;
export type Greetings = GreetingChoiceValue;

/** An earnings blackout, as typed: days YYYY-MM-DD (inclusive) and an optional label. */
export interface QuietPeriodDraft {
  start: string;
  end: string;
  label: string;
}
export const POST_KINDS = POST_KIND_VALUES;
export type Kind = PostKindValue;
export const REQUIRED_ELEMENTS = REQUIRED_ELEMENT_VALUES;
export type Element = RequiredElementValue;

interface TermList {
  category: string;
  severity: Severity;
  terms: string[];
  label?: unknown;
}

export interface CharterDraft {
  levels: Record<Category, Level>;
  competitors: string;
  greetings: Greetings;
  quietPeriods: QuietPeriodDraft[];
  /** The time zone of the quiet periods' days (kept as stored). */
  timeZone: string;
  /** Term lists of a category stored by earlier versions: kept as they are (they follow their category's level). */
  lists: TermList[];
  customTerms: string;
  customSeverity: Severity;
  allowedPhrases: string;
  confidentialTerms: string;
  confidentialSeverity: Severity;
  required: Record<Kind, { elements: Element[]; severity: Severity }>;
  maxHashtags: string;
  maxMentions: string;
  limitsSeverity: Severity;
  selfPromotionEnabled: boolean;
  selfPromotionTags: string;
  maxPerWindow: string;
  windowSize: string;
  selfPromotionSeverity: Severity;
}

/** A field of the draft with its problem (a translation key). */
export type DraftErrors = Partial<Record<keyof CharterDraft, string>>;

const obj = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const sev = (v: unknown): Severity => (v === 'block' ? 'block' : 'warn');
const level = (v: unknown, fallback: Level): Level => (v === 'block' || v === 'warn' || v === 'off' ? v : fallback);
/** The defaults the server applies (shown when a charter has no categories section yet). */
const DEFAULT_LEVELS: Record<Category, Level> = {
  insult: 'block',
  politics: 'block',
  religion: 'block',
  confidential: 'block',
  discrimination: 'block',
  competitors: 'warn',
  health_legal: 'warn',
  denigration: 'warn',
};
const lines = (text: string): string[] => [
  ...new Set(
    text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
  ),
];
const numText = (v: unknown): string => (typeof v === 'number' ? String(v) : '');

/** The draft of a charter as the API returns it (the defaults with the brand's overrides). */
export function toDraft(charter: Record<string, unknown>): CharterDraft {
  const banned = obj(charter['bannedTerms']);
  const lists = (Array.isArray(banned['lists']) ? banned['lists'] : []).map((l) => {
    const o = obj(l);
    return {
      ...o,
      category: String(o['category'] ?? 'custom'),
      severity: sev(o['severity']),
      terms: strings(o['terms']),
    };
  });
  const custom = lists.find((l) => l.category === 'custom');
  const categories = obj(charter['categories']);
  const levels = obj(categories['levels']);
  const greetings = categories['greetings'];
  const confidential = obj(charter['confidential']);
  const required = obj(charter['requiredElements']);
  const limits = obj(charter['limits']);
  const selfPromotion = obj(charter['selfPromotion']);
  return {
    levels: Object.fromEntries(CATEGORIES.map((c) => [c, level(levels[c], DEFAULT_LEVELS[c])])) as Record<
      Category,
      Level
    >,
    competitors: strings(categories['competitors']).join('\n'),
    greetings: greetings === 'warn' || greetings === 'block' ? greetings : 'allow',
    quietPeriods: (Array.isArray(categories['quietPeriods']) ? categories['quietPeriods'] : []).map((p) => {
      const o = obj(p);
      return { start: String(o['start'] ?? ''), end: String(o['end'] ?? ''), label: String(o['label'] ?? '') };
    }),
    timeZone: typeof categories['timeZone'] === 'string' ? categories['timeZone'] : 'Europe/Paris',
    lists: lists.filter((l) => l.category !== 'custom'),
    customTerms: (custom?.terms ?? []).join('\n'),
    customSeverity: custom?.severity ?? 'block',
    allowedPhrases: strings(banned['allowedPhrases']).join('\n'),
    confidentialTerms: strings(confidential['terms']).join('\n'),
    confidentialSeverity: sev(confidential['severity'] ?? 'block'),
    required: Object.fromEntries(
      POST_KINDS.map((k) => {
        const r = obj(required[k]);
        const elements = strings(r['elements']).filter((e): e is Element =>
          (REQUIRED_ELEMENTS as readonly string[]).includes(e),
        );
        return [k, { elements, severity: sev(r['severity']) }];
      }),
    ) as CharterDraft['required'],
    maxHashtags: numText(limits['maxHashtagsPerSegment']),
    maxMentions: numText(limits['maxMentionsPerSegment']),
    limitsSeverity: sev(limits['severity']),
    selfPromotionEnabled: selfPromotion['enabled'] !== false,
    selfPromotionTags: strings(selfPromotion['tags']).join('\n'),
    maxPerWindow: numText(selfPromotion['maxPerWindow']),
    windowSize: numText(selfPromotion['windowSize']),
    selfPromotionSeverity: sev(selfPromotion['severity']),
  };
}

const INT = /^\d{1,6}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong with the draft before it is sent, field by field (translation keys). */
export function draftErrors(d: CharterDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (d.maxHashtags.trim() && !INT.test(d.maxHashtags.trim())) errors.maxHashtags = 'charter.errors.wholeOrEmpty';
  if (d.maxMentions.trim() && !INT.test(d.maxMentions.trim())) errors.maxMentions = 'charter.errors.wholeOrEmpty';
  if (!INT.test(d.maxPerWindow.trim())) errors.maxPerWindow = 'charter.errors.whole';
  if (!INT.test(d.windowSize.trim()) || Number(d.windowSize) < 1) errors.windowSize = 'charter.errors.positive';
  else if (!errors.maxPerWindow && Number(d.maxPerWindow) > Number(d.windowSize))
    errors.maxPerWindow = 'charter.errors.windowTooSmall';
  if (d.quietPeriods.some((p) => !DAY.test(p.start) || !DAY.test(p.end)))
    errors.quietPeriods = 'charter.errors.periodDays';
  else if (d.quietPeriods.some((p) => p.start > p.end)) errors.quietPeriods = 'charter.errors.periodOrder';
  return errors;
}

const limit = (text: string): number | null => (text.trim() ? Number(text.trim()) : null);

/** The sections the screen edits, for `PUT …/charter` (the others keep their stored values). */
export function fromDraft(d: CharterDraft): Record<string, unknown> {
  const customTerms = lines(d.customTerms);
  return {
    categories: {
      levels: d.levels,
      competitors: lines(d.competitors),
      greetings: d.greetings,
      quietPeriods: d.quietPeriods.map((p) => ({
        start: p.start,
        end: p.end,
        ...(p.label.trim() ? { label: p.label.trim() } : {}),
      })),
      timeZone: d.timeZone,
    },
    bannedTerms: {
      lists: [
        ...d.lists,
        ...(customTerms.length ? [{ category: 'custom', severity: d.customSeverity, terms: customTerms }] : []),
      ],
      allowedPhrases: lines(d.allowedPhrases),
    },
    confidential: { terms: lines(d.confidentialTerms), severity: d.confidentialSeverity },
    requiredElements: d.required,
    limits: {
      maxHashtagsPerSegment: limit(d.maxHashtags),
      maxMentionsPerSegment: limit(d.maxMentions),
      severity: d.limitsSeverity,
    },
    selfPromotion: {
      enabled: d.selfPromotionEnabled,
      tags: lines(d.selfPromotionTags),
      maxPerWindow: Number(d.maxPerWindow),
      windowSize: Number(d.windowSize),
      severity: d.selfPromotionSeverity,
    },
  };
}

/** The draft field an API detail points at (`charter.limits` → the limits' first field), or null. */
export function fieldOfDetail(field: string | undefined): keyof CharterDraft | null {
  const section = /^charter\.([A-Za-z]+)/.exec(field ?? '')?.[1];
  switch (section) {
    case 'categories':
      return /^charter\.categories\.quietPeriods/.test(field ?? '') ? 'quietPeriods' : 'competitors';
    case 'bannedTerms':
      return 'customTerms';
    case 'confidential':
      return 'confidentialTerms';
    case 'requiredElements':
      return 'required';
    case 'limits':
      return 'maxHashtags';
    case 'selfPromotion':
      return 'maxPerWindow';
    default:
      return null;
  }
}
