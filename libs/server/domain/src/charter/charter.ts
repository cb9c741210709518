import { msg, type MessageRef } from '@xp/shared';
import type { LocalizedMessage } from '../posts/approval-policy';
import type { PostKind } from '../posts/post-lifecycle';
import {
  DENIGRATION_EN,
  DENIGRATION_FR,
  INSULTS_EN,
  INSULTS_FR,
  POLITICS_EN,
  POLITICS_FR,
  RELIGION_EN,
  RELIGION_FR,
} from './word-lists';

export type FindingSeverity = 'warn' | 'block';

export const BANNED_CATEGORIES = ['insult', 'politics', 'religion', 'denigration', 'custom'] as const;
export type BannedCategory = (typeof BANNED_CATEGORIES)[number];

export const CHARTER_RULES = [
  'banned_term',
  'confidential_term',
  'required_element',
  'max_hashtags',
  'max_mentions',
  'near_duplicate',
  'self_promotion_ratio',
] as const;
export type CharterRule = (typeof CHARTER_RULES)[number];

export type RequiredElement = 'link' | 'hashtag' | 'mention';

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

/**
 * The default charter: starter lists (insults block; politics, religion and denigration warn because they are
 * context-dependent — raise them to `block` per brand), no confidential terms (the brand adds its own), a job
 * offer needs a link and a hashtag, at most 3 hashtags and 5 mentions per segment, near-duplicates at 0.8
 * Jaccard on 3-word shingles, and at most 2 self-promotional posts in any 10.
 */
export function defaultCharter(): Charter {
  return {
    bannedTerms: {
      lists: [
        { category: 'insult', severity: 'block', terms: [...INSULTS_FR, ...INSULTS_EN] },
        { category: 'politics', severity: 'warn', terms: [...POLITICS_FR, ...POLITICS_EN] },
        { category: 'religion', severity: 'warn', terms: [...RELIGION_FR, ...RELIGION_EN] },
        { category: 'denigration', severity: 'warn', terms: [...DENIGRATION_FR, ...DENIGRATION_EN] },
      ],
      allowedPhrases: [],
    },
    confidential: { terms: [], severity: 'block' },
    requiredElements: {
      standard: { elements: [], severity: 'warn' },
      job_offer: { elements: ['link', 'hashtag'], severity: 'block' },
      live: { elements: [], severity: 'warn' },
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
      name === 'requiredElements'
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
  custom: msg('CHARTER_CATEGORY_CUSTOM'),
};
