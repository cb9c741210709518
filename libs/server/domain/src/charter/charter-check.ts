import { msg, type MessageCode, type MessageParam, type MessageParams, type MessageRef } from '@xp/shared';
import type { PostKind } from '../posts/post-lifecycle';
import {
  type BannedCategory,
  CATEGORY_LABELS,
  type CategoryLevel,
  type Charter,
  type CharterRule,
  type FindingSeverity,
  type RequiredElement,
  quietPeriodAt,
} from './charter';
import {
  categoryHint,
  categoryFinding,
  isCharterCategory,
  mergeCategoryFindings,
  topicFinding,
} from './category-findings';
import {
  type CompetitorForm,
  codeNameAsDate,
  competitorHandleKeys,
  competitorHandles,
  competitorTerms,
  namesCompetitor,
} from './competitor-names';
import { detectTopics, prepareDetector } from './detector';
import { isSelfPromotional, selfPromotionTagKey, worstWindow } from './self-promotion';
import { nearDuplicateFindings } from './near-duplicate-findings';
import { type CharterModel, modelFindings, shippedCharterModel } from './model-findings';
import { STANCES } from './stance';
import { type TermMatch, type TermMatcher, compileTerms, matchTerms } from './term-matcher';
import { type TextToken, hashtagParts, termWords, tokenize, urlParts } from './text-tokens';

export interface CharterInput {
  /** The post being checked, when it exists (excluded from its own recent and neighbouring posts). */
  postId?: string | null;
  accountId: string;
  kind: PostKind;
  segments: readonly { text: string }[];
  tags?: readonly string[];
  /** Where the post sits in the account's sequence, for the self-promotion ratio. */
  scheduledAt?: Date | null;
}

export interface CharterRecentPost {
  id: string;
  accountId: string;
  segments: readonly { text: string }[];
}

export interface CharterNeighbourPost {
  id: string;
  /** Scheduled or published time. */
  at: Date;
  tags: readonly string[];
  /** Its text: a post announcing a discount, a sale or a promo code is self-promotional even untagged. */
  segments?: readonly { text: string }[];
}

export interface CharterContext {
  /** Other accounts of the same brand: their recent posts count for near-duplicates. */
  siblingAccountIds?: readonly string[];
  /** Recent posts (published or planned) of the account and its siblings. */
  recentPosts?: readonly CharterRecentPost[];
  /** The account's posts around `scheduledAt` (planned and published, not cancelled), for the self-promotion ratio. */
  accountPosts?: readonly CharterNeighbourPost[];
  /** The text classifier's weights: the shipped model (charter-model.generated.ts) unless an evaluation sets one. */
  model?: CharterModel;
}

/** Where a finding is: a segment and UTF-16 offsets [start, end) into its text. */
export interface FindingSpan {
  segment: number;
  start: number;
  end: number;
}

export interface Finding {
  rule: CharterRule;
  severity: FindingSeverity;
  /** The offending text; null when the finding is about the post as a whole (missing link, ratio). */
  span: FindingSpan | null;
  /** The message catalogue's code of this finding and its parameters (`formatMessage` renders it). */
  code: MessageCode;
  params: MessageParams;
  /** banned_term / confidential_term: the charter term that matched (or the words that met, joined by " … "). */
  term?: string;
  /** banned_term, confidential_term, quiet_period: the charter category. */
  category?: BannedCategory;
  /** Why it was found and how to fix it (a catalogue message). */
  hint?: MessageRef;
  /** required_element: what is missing. */
  element?: RequiredElement;
  /** max_hashtags, max_mentions, self_promotion_ratio: the count found and the limit. */
  count?: number;
  limit?: number;
  /** near_duplicate: the similar post and the Jaccard similarity (0..1). */
  relatedPostId?: string;
  similarity?: number;
}

/** Whether any finding blocks (approval needs an admin override with a written reason). */
export function blocking(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'block');
}

export function blockingFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'block');
}

export type SpannedFinding = Finding & { span: FindingSpan };

/** A term and, for phrases, its words run together, so "Projet Atlas" also catches #ProjetAtlas or @projetatlas. */
function withJoinedForm(term: string): string[] {
  const words = termWords(term);
  return words.length > 1 ? [term, words.join('')] : [term];
}

interface BannedPayload {
  category: BannedCategory;
  severity: FindingSeverity;
  /** The category's catalogue label, or the brand's own label in both languages. */
  label: MessageParam;
}

/** A charter prepared for repeated checks (term indexes built once). */
export interface CompiledCharter {
  readonly charter: Charter;
  readonly banned: TermMatcher<BannedPayload>;
  readonly allowed: TermMatcher<null>;
  readonly confidential: TermMatcher<null>;
  /** Payload: a short acronym ("LU", "BP") that counts in capitals or in context, "Harry's" for "Harrys", or null. */
  readonly competitors: TermMatcher<CompetitorForm>;
  readonly competitorHandles: ReturnType<typeof competitorHandleKeys>; // "@nestleuk", "#boycottshein"
  readonly selfPromotionTags: ReadonlySet<string>;
}

const compiledByObject = new WeakMap<Charter, CompiledCharter>();
/** Charters are usually loaded afresh per request: a few recent ones are also cached by content. */
const compiledByContent = new Map<string, CompiledCharter>();
const CONTENT_CACHE_SIZE = 32;

/** Builds the term indexes of a charter. `checkCharter` does it (and caches it per charter object) itself. */
export function compileCharter(charter: Charter): CompiledCharter {
  const cached = compiledByObject.get(charter);
  if (cached) return cached;
  const fingerprint = JSON.stringify(charter);
  const byContent = compiledByContent.get(fingerprint);
  if (byContent) {
    compiledByContent.delete(fingerprint); // refresh its place (least recently used goes first)
    compiledByContent.set(fingerprint, byContent);
    const result = { ...byContent, charter };
    compiledByObject.set(charter, result);
    return result;
  }
  const result: CompiledCharter = {
    charter,
    banned: compileTerms(
      charter.bannedTerms.lists.flatMap((list, i) => {
        // A list of a detector category follows the category's level; the brand's own lists keep their severity.
        const level: CategoryLevel = isCharterCategory(list.category)
          ? charter.categories.levels[list.category]
          : list.severity;
        if (level === 'off') return [];
        return list.terms.flatMap(withJoinedForm).map((term) => ({
          term,
          key: String(i),
          payload: {
            category: list.category,
            severity: level,
            label: list.label ?? CATEGORY_LABELS[list.category] ?? CATEGORY_LABELS.custom,
          },
        }));
      }),
    ),
    allowed: compileTerms(charter.bannedTerms.allowedPhrases.map((term) => ({ term, payload: null }))),
    confidential: compileTerms(
      charter.confidential.terms.flatMap(withJoinedForm).map((term) => ({ term, payload: null })),
    ),
    competitors: compileTerms(charter.categories.competitors.flatMap((name) => competitorTerms(name, withJoinedForm))),
    competitorHandles: competitorHandleKeys(charter.categories.competitors),
    selfPromotionTags: new Set(charter.selfPromotion.tags.map(selfPromotionTagKey)),
  };
  compiledByObject.set(charter, result);
  compiledByContent.set(fingerprint, result);
  if (compiledByContent.size > CONTENT_CACHE_SIZE) {
    const oldest = compiledByContent.keys().next();
    if (!oldest.done) compiledByContent.delete(oldest.value);
  }
  return result;
}

/**
 * Builds what the first check of a process would otherwise build (the detector's word indexes, the shipped classifier
 * and the stance models, about a second): for a server's boot.
 */
export function prepareCharterCheck(): void {
  prepareDetector();
  shippedCharterModel();
  for (const stance of STANCES) stance.model();
}

/**
 * Checks a post against a brand charter. Pure: the recent and neighbouring posts come in `context`.
 * Findings are sorted by segment and position; post-level findings (span null) come last.
 *
 * What each kind of token is matched against:
 * - banned terms: words and hashtags (whole, and split at case changes: #StopMacron → "stop macron"),
 *   not @mentions (they name accounts, not the brand's words) nor URLs/emails (a path like /con-ditions
 *   must not trigger; links are checked by people, not word lists);
 * - confidential terms: everything, including mentions, hashtags and the words of URLs and emails
 *   (a code name in kindy.fr/projet-atlas leaks it too).
 */
export function checkCharter(
  input: CharterInput,
  charter: Charter | CompiledCharter,
  context: CharterContext = {},
): Finding[] {
  const c = 'banned' in charter ? charter : compileCharter(charter);
  const ch = c.charter;
  const findings: SpannedFinding[] = [];
  const postFindings: Finding[] = [];
  let links = 0;
  let hashtags = 0;
  let mentions = 0;
  const segmentWords: string[][] = [];
  const quiet = quietPeriodAt(ch, input.scheduledAt);

  input.segments.forEach(({ text }, segment) => {
    const tokens = tokenize(text);
    const words: string[] = [];
    const bannedStream: TextToken[] = [];
    const confidentialStream: TextToken[] = [];
    const subStreams: TextToken[][] = [];
    const confidentialSubStreams: TextToken[][] = [];
    /** Handles split into words, for the detector only (@EmmanuelMacron names a politician). */
    const mentionStreams: TextToken[][] = [];
    let skipped = false;
    const segHashtags: TextToken[] = [];
    const segMentions: TextToken[] = [];
    for (const t of tokens) {
      switch (t.kind) {
        case 'word':
        case 'hashtag': {
          bannedStream.push(skipped ? { ...t, breakBefore: true } : t);
          confidentialStream.push(t);
          words.push(t.norm);
          skipped = false;
          if (t.kind === 'hashtag') {
            segHashtags.push(t);
            const parts = hashtagParts(text, t);
            if (parts.length > 1) {
              subStreams.push(parts);
              confidentialSubStreams.push(parts);
            }
          }
          break;
        }
        case 'mention': {
          segMentions.push(t);
          words.push(`@${t.norm}`);
          confidentialStream.push(t);
          const parts = hashtagParts(text, t);
          if (parts.length > 1) confidentialSubStreams.push(parts);
          mentionStreams.push(parts);
          skipped = true;
          break;
        }
        case 'url':
        case 'email': {
          if (t.kind === 'url') links++;
          confidentialSubStreams.push(urlParts(text, t));
          confidentialStream.push({ ...t, norm: '' });
          skipped = true;
          break;
        }
      }
    }
    hashtags += segHashtags.length;
    mentions += segMentions.length;
    segmentWords.push(words);

    // Banned terms and the detector's categories (minus the brand's allowed phrases).
    const allowed = [bannedStream, ...subStreams].flatMap((s) => matchTerms(c.allowed, s));
    const isAllowed = (m: { start: number; end: number }) => allowed.some((a) => a.start <= m.start && m.end <= a.end);
    const banned = [bannedStream, ...subStreams].flatMap((s) => matchTerms(c.banned, s)).filter((m) => !isAllowed(m));
    const segmentFindings: SpannedFinding[] = outermost(
      banned,
      (inner, outer) => outer.payload.severity === 'block' || inner.payload.severity === outer.payload.severity,
    ).map((m) => bannedFinding(m, segment, text));
    const hits = detectTopics(text, [bannedStream, ...subStreams], allowed, mentionStreams);
    for (const hit of hits) {
      const f = topicFinding(hit, segment, text, ch, quiet);
      if (f) segmentFindings.push(f);
    }
    segmentFindings.push(...modelFindings(text, segment, ch, segmentFindings, hits, allowed, context.model));
    if (ch.categories.levels.competitors !== 'off') {
      const named = [confidentialStream, ...confidentialSubStreams].flatMap((s) => matchTerms(c.competitors, s));
      named.push(...competitorHandles(c.competitorHandles, confidentialStream));
      for (const m of outermost(
        named.filter((x) => !isAllowed(x) && namesCompetitor(x, text)),
        () => true,
      )) {
        segmentFindings.push(
          categoryFinding('competitors', ch.categories.levels.competitors, segment, text, m, [
            text.slice(m.start, m.end),
          ]),
        );
      }
    }
    findings.push(...mergeCategoryFindings(segmentFindings));

    // Confidential terms.
    const confidential = [confidentialStream, ...confidentialSubStreams].flatMap((s) => matchTerms(c.confidential, s));
    for (const m of outermost(
      confidential.filter((x) => !codeNameAsDate(x.term, text, x.start, x.end)),
      () => true,
    )) {
      const excerpt = text.slice(m.start, m.end);
      findings.push({
        rule: 'confidential_term',
        severity: ch.confidential.severity,
        span: { segment, start: m.start, end: m.end },
        term: m.term,
        category: 'confidential',
        code: 'CHARTER_CONFIDENTIAL_TERM',
        params: { excerpt },
        hint: msg('CHARTER_HINT_CONFIDENTIAL_TERM'),
      });
    }

    // Limits per segment: the span covers the hashtags/mentions beyond the limit.
    const { maxHashtagsPerSegment, maxMentionsPerSegment, severity } = ch.limits;
    if (maxHashtagsPerSegment !== null && segHashtags.length > maxHashtagsPerSegment) {
      findings.push(limitFinding('max_hashtags', segHashtags, maxHashtagsPerSegment, segment, severity));
    }
    if (maxMentionsPerSegment !== null && segMentions.length > maxMentionsPerSegment) {
      findings.push(limitFinding('max_mentions', segMentions, maxMentionsPerSegment, segment, severity));
    }
  });

  // Required elements for the post's kind (anywhere in the thread).
  const required = ch.requiredElements[input.kind];
  for (const element of required.elements) {
    const present = element === 'link' ? links > 0 : element === 'hashtag' ? hashtags > 0 : mentions > 0;
    if (!present) postFindings.push(requiredFinding(element, input.kind, required.severity));
  }

  findings.push(...nearDuplicateFindings(input, ch, context, segmentWords));
  const ratio = selfPromotionFinding(input, c, context);
  if (ratio) postFindings.push(ratio);

  findings.sort((a, b) => a.span.segment - b.span.segment || a.span.start - b.span.start || a.span.end - b.span.end);
  return [...findings, ...postFindings];
}

/**
 * Drops duplicate matches and matches nested in a longer one ("pute" inside "fils de pute", "ProjetAtlas"
 * inside "#ProjetAtlas") when `absorbs(inner, outer)` says the outer one covers it. Keeps text order.
 */
function outermost<T>(
  matches: TermMatch<T>[],
  absorbs: (inner: TermMatch<T>, outer: TermMatch<T>) => boolean,
): TermMatch<T>[] {
  if (matches.length <= 1) return matches;
  const bySize = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TermMatch<T>[] = [];
  for (const m of bySize) {
    if (kept.some((k) => k.start <= m.start && m.end <= k.end && absorbs(m, k))) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

function bannedFinding(m: TermMatch<BannedPayload>, segment: number, text: string): SpannedFinding {
  const excerpt = text.slice(m.start, m.end);
  const { label, severity, category } = m.payload;
  return {
    rule: 'banned_term',
    severity,
    span: { segment, start: m.start, end: m.end },
    term: m.term,
    category,
    code: severity === 'block' ? 'CHARTER_BANNED_TERM' : 'CHARTER_SENSITIVE_TERM',
    params: { excerpt, label },
    hint: categoryHint(category, [excerpt]),
  };
}

function limitFinding(
  rule: 'max_hashtags' | 'max_mentions',
  tokens: readonly TextToken[],
  limit: number,
  segment: number,
  severity: FindingSeverity,
): SpannedFinding {
  const count = tokens.length;
  return {
    rule,
    severity,
    span: { segment, start: tokens[limit].start, end: tokens[count - 1].end },
    count,
    limit,
    code: rule === 'max_hashtags' ? 'CHARTER_MAX_HASHTAGS' : 'CHARTER_MAX_MENTIONS',
    params: { count, limit },
    hint: msg(rule === 'max_hashtags' ? 'CHARTER_HINT_MAX_HASHTAGS' : 'CHARTER_HINT_MAX_MENTIONS', {
      extra: count - limit,
    }),
  };
}

const KIND_SUBJECTS: Record<PostKind, MessageRef> = {
  standard: msg('CHARTER_SUBJECT_STANDARD'),
  job_offer: msg('CHARTER_SUBJECT_JOB_OFFER'),
  live: msg('CHARTER_SUBJECT_LIVE'),
  reply: msg('CHARTER_SUBJECT_REPLY'),
};
const ELEMENT_LABELS: Record<RequiredElement, MessageRef> = {
  link: msg('CHARTER_ELEMENT_LINK'),
  hashtag: msg('CHARTER_ELEMENT_HASHTAG'),
  mention: msg('CHARTER_ELEMENT_MENTION'),
};

function requiredFinding(element: RequiredElement, kind: PostKind, severity: FindingSeverity): Finding {
  return {
    rule: 'required_element',
    severity,
    span: null,
    element,
    code: 'CHARTER_REQUIRED_ELEMENT',
    params: { kind: KIND_SUBJECTS[kind], element: ELEMENT_LABELS[element] },
    hint: msg('CHARTER_HINT_REQUIRED_ELEMENT', { element: ELEMENT_LABELS[element] }),
  };
}

function selfPromotionFinding(input: CharterInput, c: CompiledCharter, context: CharterContext): Finding | null {
  const cfg = c.charter.selfPromotion;
  // Self-promotional: tagged as such, or its text announces a discount, a sale, a promo code (isSelfPromotional).
  const isPromo = (tags: readonly string[], segments?: readonly { text: string }[]) =>
    isSelfPromotional({ tags, segments }, c.selfPromotionTags);
  // Only a self-promotional post can break the ratio; an unscheduled one has no place in the sequence yet (the
  // application places an undated draft at the moment of the check).
  if (!cfg.enabled || !input.scheduledAt || !isPromo(input.tags ?? [], input.segments)) return null;
  const own = { at: input.scheduledAt.getTime(), promo: true, self: true, id: input.postId ?? '' };
  const sequence = (context.accountPosts ?? [])
    .filter((p) => p.id !== input.postId)
    .map((p) => ({ at: p.at.getTime(), promo: isPromo(p.tags, p.segments), self: false, id: p.id }))
    .concat(own)
    .sort((a, b) => a.at - b.at || Number(a.self) - Number(b.self) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const worst = worstWindow(
    sequence.map((p) => p.promo),
    cfg.windowSize,
    sequence.findIndex((p) => p.self),
  );
  if (worst <= cfg.maxPerWindow) return null;
  return {
    rule: 'self_promotion_ratio',
    severity: cfg.severity,
    span: null,
    count: worst,
    limit: cfg.maxPerWindow,
    code: 'CHARTER_SELF_PROMOTION',
    params: { count: worst, window: cfg.windowSize, limit: cfg.maxPerWindow },
    hint: msg('CHARTER_HINT_SELF_PROMOTION'),
  };
}
