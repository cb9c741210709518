// Findings of the charter's categories: the detector's hits and the brand's lists at their category's level, with
// a hint that says why (the word, or the two words that met) and how to fix it.
import { msg, type MessageCode, type MessageRef } from '@xp/shared';
import {
  type BannedCategory,
  CATEGORY_LABELS,
  type Charter,
  CHARTER_CATEGORIES,
  type FindingSeverity,
} from './charter';
import type { Finding, SpannedFinding } from './charter-check';
import type { TopicHit } from './detector';
import { normalizeText } from './text-tokens';

export const isCharterCategory = (c: string): c is (typeof CHARTER_CATEGORIES)[number] =>
  (CHARTER_CATEGORIES as readonly string[]).includes(c);

const HINTS: Record<BannedCategory, MessageCode> = {
  insult: 'CHARTER_HINT_INSULT',
  politics: 'CHARTER_HINT_POLITICS',
  religion: 'CHARTER_HINT_RELIGION',
  confidential: 'CHARTER_HINT_MARKET_SENSITIVE',
  competitors: 'CHARTER_HINT_COMPETITORS',
  discrimination: 'CHARTER_HINT_DISCRIMINATION',
  health_legal: 'CHARTER_HINT_HEALTH_LEGAL',
  denigration: 'CHARTER_HINT_DENIGRATION',
  custom: 'CHARTER_HINT_CUSTOM',
};

/** Hints of kinds of findings within a category (`TopicHit.variant`): threats and harassment, hiring criteria. */
const VARIANT_HINTS: Readonly<Record<string, MessageCode>> = {
  harassment: 'CHARTER_HINT_HARASSMENT',
  hiring: 'CHARTER_HINT_HIRING',
};

/** The hint of a category: why (the word, or the two words that met) and how to fix it. */
export function categoryHint(
  category: BannedCategory,
  words: readonly string[],
  code: MessageCode = HINTS[category],
): MessageRef {
  const why =
    words.length > 1
      ? msg('CHARTER_WHY_CONTEXT', { first: words[0], second: words[1] })
      : msg('CHARTER_WHY_WORD', { term: words[0] ?? '' });
  return msg(code, { why });
}

export function categoryFinding(
  category: BannedCategory,
  severity: FindingSeverity,
  segment: number,
  text: string,
  span: { start: number; end: number },
  words: readonly string[],
  hintCode?: MessageCode,
): SpannedFinding {
  const excerpt = text.slice(span.start, span.end);
  const confidential = category === 'confidential';
  return {
    rule: confidential ? 'confidential_term' : 'banned_term',
    severity,
    span: { segment, start: span.start, end: span.end },
    term: words.join(' … '),
    category,
    code: confidential
      ? 'CHARTER_MARKET_SENSITIVE'
      : severity === 'block'
        ? 'CHARTER_BANNED_TERM'
        : 'CHARTER_SENSITIVE_TERM',
    params: confidential ? { excerpt } : { excerpt, label: CATEGORY_LABELS[category] },
    hint: categoryHint(category, words, hintCode),
  };
}

const RESULTS_ONLY = new Set(['resultats', 'resultat', 'results', 'result']);
const CONTEST =
  /(?<![a-z0-9])(?:concours|quiz|tirage au sort|giveaways?|contests?|competitions?|tournois?|tournaments?|gagnants?|winners?|sondages?|polls?|podiums?|pilotes?|drivers?|grand prix|gp|qualifs?|qualifications?|qualifying|pole|course|races?|matchs?|matches|laps?|p[1-9]|p1[0-9]|p20|f1|victoire|victory|championnat|championship|classement|standings|buts?|goals?|equipe de france)(?![a-z0-9])/u;
const MONEY =
  /(?<![a-z0-9])(?:chiffre d.?affaires|ventes|marges?|benefices?|ebitda|dividendes?|trimestres?|trimestriels?|semestres?|semestriels?|annuels?|guidance|revenue|sales|profits?|earnings|margins?|quarters?|quarterly|half year|fy|q[1-4]|h[12]|euros?|millions?|milliards?|billions?|bn|actionnaires|shareholders|investisseurs|investors)(?![a-z0-9])|[€$£%]/u;

/**
 * "Quels résultats !" after a podium, "race results", "les résultats de notre concours de dessin": the results of a
 * race, a match, a contest or a poll, said without a word of money, are no financial topic in a quiet period.
 */
function contestResults(hit: TopicHit, text: string): boolean {
  if (!hit.words.every((w) => RESULTS_ONLY.has(normalizeText(w)))) return false;
  const norm = normalizeText(text);
  return CONTEST.test(norm) && !MONEY.test(norm);
}

/** A detector hit as a finding, at its category's level (greetings: the brand's choice; finance: quiet periods). */
export function topicFinding(
  hit: TopicHit,
  segment: number,
  text: string,
  charter: Charter,
  quiet: { start: string; end: string } | null,
): SpannedFinding | null {
  const levels = charter.categories.levels;
  switch (hit.topic) {
    case 'greeting': {
      const choice = charter.categories.greetings;
      if (choice === 'allow' || levels.religion === 'off') return null;
      return categoryFinding('religion', choice, segment, text, hit, hit.words, 'CHARTER_HINT_GREETING');
    }
    case 'people':
    case 'polity':
      return null;
    case 'finance': {
      if (!quiet || contestResults(hit, text)) return null;
      const excerpt = text.slice(hit.start, hit.end);
      return {
        rule: 'quiet_period',
        severity: 'block',
        span: { segment, start: hit.start, end: hit.end },
        term: hit.words.join(' … '),
        category: 'confidential',
        code: 'CHARTER_QUIET_PERIOD',
        params: { excerpt, start: quiet.start, end: quiet.end },
        hint: msg('CHARTER_HINT_QUIET_PERIOD', { end: quiet.end }),
      };
    }
    default: {
      const level = levels[hit.topic];
      const hint = hit.variant ? VARIANT_HINTS[hit.variant] : undefined;
      return level === 'off' ? null : categoryFinding(hit.topic, level, segment, text, hit, hit.words, hint);
    }
  }
}

/**
 * One finding per category and place: findings of the same category whose spans overlap (a brand's list and the
 * detector, two patterns) are merged into the widest one at the highest severity.
 */
export function mergeCategoryFindings(list: SpannedFinding[]): SpannedFinding[] {
  const sorted = [...list].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end || rank(b) - rank(a));
  const kept: SpannedFinding[] = [];
  for (const f of sorted) {
    const i = kept.findIndex(
      (k) => k.category === f.category && k.rule === f.rule && f.span.start < k.span.end && k.span.start < f.span.end,
    );
    if (i < 0) {
      kept.push(f);
      continue;
    }
    const k = kept[i];
    if (rank(f) > rank(k) && f.span.end - f.span.start >= k.span.end - k.span.start) kept[i] = f;
    else if (rank(f) > rank(k)) kept[i] = { ...k, severity: f.severity, code: f.code };
  }
  return kept;
}

const rank = (f: Finding) => (f.severity === 'block' ? 1 : 0);
