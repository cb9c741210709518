// The category detector: lexicons (lexicon.ts, lexicon-confidential.ts) compiled once into term indexes over three
// views of a segment's words — normalized, French stems, English stems — then combined per category: a group that
// is enough alone, or two groups within a window of words (see `CategoryRules`), minus negative phrases.
import { CONFIDENTIAL_RULES, FINANCE_EN, FINANCE_FR, FINANCE_NEGATIVE } from './lexicon-confidential';
import { DISCRIMINATION_RULES } from './lexicon-discrimination';
import { withDiscrimination9 } from './word-lists-discrimination-9';
import { withDiscrimination10 } from './word-lists-discrimination-10';
import {
  type CategoryRules,
  DENIGRATION_RULES,
  GREETING_RULES,
  HEALTH_LEGAL_RULES,
  INSULT_RULES,
  type MentionTopic,
  POLITICS_RULES,
  RELIGION_RULES,
  type Terms,
} from './lexicon';
import { maskedWords } from './masked-words';
import { officialVisits } from './official-visits';
import { patternHits } from './patterns';
import { personNames } from './person-names';
import { type Language, stem } from './stemmer';
import { type TermMatcher, compileTerms, matchTerms, withPlaceholders } from './term-matcher';
import { type TextToken, normalizeText, termWords } from './text-tokens';
import { TOPIC_ROUNDS } from './topic-rounds';

/** What a detector rule reports: a charter category, or the brand's greetings choice, or the quiet period. */
export type DetectorTopic =
  | 'insult'
  | 'politics'
  | 'religion'
  | 'confidential'
  | 'discrimination'
  | 'health_legal'
  | 'denigration'
  | 'greeting'
  | 'finance'
  | MentionTopic;

export interface TopicHit {
  topic: DetectorTopic;
  start: number;
  end: number;
  /** The words that made it: one word or phrase, or the two that met within the window. */
  words: readonly string[];
  /** The kind of finding within the topic, when its rule names one ("harassment", "hiring"): picks the hint. */
  variant?: string;
}

interface Payload {
  rule: number;
  group: string;
  capital: boolean;
  /** `^MR`, `^PQ`: an acronym written in capitals, so the whole match must be in capitals ("Mr Smith" is not "MR"). */
  upper?: boolean;
}

/**
 * The discrimination groups that name a group of people by a protected trait (origin, sex, age, disability, faith
 * worn, orientation, identity, size): "les seniors", "wheelchair users", "les mamans voilées". Their words are
 * reported as `people` hits, so that the stance model (stance.ts) reads what the segment says of them. Generic
 * people ("clients", "staff") are not among them.
 */
const PEOPLE_GROUPS = [
  ...['group', 'traitFr', 'traitEn', 'nation', 'nationAdjFr', 'nationAdjEn', 'origin', 'jews', 'identity', 'attire'],
  ...['disabled', 'target', 'targetPlural', 'women8', 'people4', 'genderId4', 'people8'],
];
/**
 * The politics groups that name a government, an institution, a law, a tax or a vote without taking a side
 * ("gouvernement", "Parliament", "impôts", "the Fed"): reported as `polity` hits, for the politics stance model.
 */
const POLITY_GROUPS = ['weak', 'leader', 'policy', 'seat', 'citySeat'];

const BASE_RULES: readonly { topic: DetectorTopic; rules: CategoryRules }[] = [
  { topic: 'insult', rules: INSULT_RULES },
  { topic: 'politics', rules: { ...POLITICS_RULES, mentions: { topic: 'polity', groups: POLITY_GROUPS } } },
  { topic: 'religion', rules: RELIGION_RULES },
  { topic: 'confidential', rules: CONFIDENTIAL_RULES },
  {
    topic: 'discrimination',
    rules: {
      ...withDiscrimination10(withDiscrimination9(DISCRIMINATION_RULES)),
      mentions: { topic: 'people', groups: PEOPLE_GROUPS },
    },
  },
  { topic: 'health_legal', rules: HEALTH_LEGAL_RULES },
  { topic: 'denigration', rules: DENIGRATION_RULES },
  { topic: 'greeting', rules: GREETING_RULES },
  {
    topic: 'finance',
    rules: {
      groups: { finance: { fr: FINANCE_FR, en: FINANCE_EN } },
      alone: ['finance'],
      pairs: [],
      negative: { fr: FINANCE_NEGATIVE },
    },
  },
];
const RULES = BASE_RULES.map(({ topic, rules }) => ({
  topic,
  rules: TOPIC_ROUNDS.reduce((extended, round) => round(topic, extended), rules),
}));

const POLITICS = RULES.findIndex((r) => r.topic === 'politics');
const RELIGION = RULES.findIndex((r) => r.topic === 'religion');

const SLUR = {
  rule: RULES.findIndex((r) => r.topic === 'discrimination'),
  insult: { rule: RULES.findIndex((r) => r.topic === 'insult'), group: 'strong' },
};

const items = (list: string | undefined) =>
  (list ?? '')
    .split(/\s*[|\n]\s*/)
    .map((s) => withPlaceholders(s.trim()))
    .filter(Boolean);

interface Compiled {
  exact: TermMatcher<Payload>;
  fr: TermMatcher<Payload>;
  en: TermMatcher<Payload>;
  negative: TermMatcher<number>;
  /** First three letters of every stem in the lexicons: a word is stemmed only when it may match one. */
  stemPrefixes: ReadonlySet<string>;
  /** Single words that a disguised spelling may stand for ("f*ck", "tr*nnies"): the word → its rule and group. */
  maskable: ReadonlyMap<string, { rule: number; group: string }>;
}

let compiled: Compiled | null = null;

function compile(): Compiled {
  const exact: { term: string; payload: Payload; key: string }[] = [];
  const stemmed: Record<Language, { term: string; payload: Payload; key: string }[]> = { fr: [], en: [] };
  const negative: { term: string; payload: number; key: string }[] = [];
  const stemPrefixes = new Set<string>();
  const maskable = new Map<string, { rule: number; group: string }>();
  RULES.forEach(({ topic, rules }, rule) => {
    for (const [group, terms] of Object.entries(rules.groups) as [string, Terms][]) {
      for (const lang of ['fr', 'en'] as const) {
        for (const item of items(terms[lang])) {
          const key = `${rule}:${group}`;
          const capital = item.startsWith('^');
          if (item.startsWith('=') || capital) {
            const term = item.slice(1);
            const words = termWords(term);
            // An emoji with a variation selector ("🗳️") reads as an empty word, which every such emoji matches: emoji
            // belong in `signs`, not in word lists.
            if (words.length === 0 || words.includes('')) continue;
            const upper = capital && /^[\p{Lu}\d&' -]+$/u.test(term) && /\p{Lu}{2}/u.test(term);
            exact.push({ term, key, payload: { rule, group, capital, ...(upper && { upper }) } });
            const masks =
              (topic === 'insult' && group === 'strong') || (topic === 'discrimination' && group === 'slur');
            if (masks && words.length === 1 && !maskable.has(words[0])) maskable.set(words[0], { rule, group });
            continue;
          }
          const payload = { rule, group, capital: false };
          exact.push({ term: item, key, payload });
          const words = termWords(item).map((w) => stem(w, lang));
          for (const w of words) if (w.length >= 3) stemPrefixes.add(w.slice(0, 3));
          stemmed[lang].push({ term: words.join(' '), key, payload });
        }
      }
    }
    const maskedOnly = rules.maskedOnly;
    for (const w of maskedOnly?.words ?? []) if (!maskable.has(w)) maskable.set(w, { rule, group: maskedOnly!.group });
    for (const lang of ['fr', 'en'] as const) {
      for (const item of items(rules.negative?.[lang]))
        negative.push({ term: item.replace(/^=/, ''), key: String(rule), payload: rule });
    }
  });
  return {
    exact: compileTerms(exact),
    fr: compileTerms(stemmed.fr),
    en: compileTerms(stemmed.en),
    negative: compileTerms(negative),
    stemPrefixes,
    maskable,
  };
}

function lexicons(): Compiled {
  compiled ??= compile();
  return compiled;
}

/** Warms the lexicon indexes (the first check of the process would otherwise build them). */
export function prepareDetector(): void {
  lexicons();
}

interface Hit {
  rule: number;
  group: string;
  start: number;
  end: number;
  /** Word positions (index in the segment's word stream) of the first and last word. */
  from: number;
  to: number;
}

/** Hard breaks (punctuation) before each word position of the segment's word stream, cumulated. */
type Breaks = readonly number[];

const stemView = (tokens: readonly TextToken[], lang: Language, prefixes: ReadonlySet<string>): TextToken[] =>
  tokens.map((t) => (t.norm.length >= 3 && prefixes.has(t.norm.slice(0, 3)) ? { ...t, norm: stem(t.norm, lang) } : t));

/**
 * The topics found in one segment. `streams[0]` is the segment's words and hashtags in order; the others are
 * hashtag bodies split into words. `allowed` spans (the brand's allow-list) hide what they contain.
 */
export function detectTopics(
  text: string,
  streams: readonly (readonly TextToken[])[],
  allowed: readonly { start: number; end: number }[],
  handles: readonly (readonly TextToken[])[] = [],
): TopicHit[] {
  const lx = lexicons();
  const main = streams[0] ?? [];
  const position = (offset: number) => {
    let lo = 0;
    let hi = main.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (main[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // One shape for every hit (a payload spread into it would make as many shapes as payloads, and slow).
  const hitAt = ({ rule, group }: { rule: number; group: string }, start: number, end: number): Hit => ({
    rule,
    group,
    start,
    end,
    from: position(start),
    to: position(end - 1),
  });
  const written = (m: { payload: Payload; start: number; end: number }) => {
    if (!m.payload.capital) return true;
    const w = text.slice(m.start, m.end);
    return m.payload.upper ? w === w.toUpperCase() : /^\p{Lu}/u.test(w);
  };
  const hits: Hit[] = [];
  const negatives: { rule: number; start: number; end: number }[] = [];
  for (const [k, stream] of [...streams, ...handles].entries()) {
    // An @handle is an account's name, not the brand's words: only a politician's name counts there (@EmmanuelMacron).
    const handle = k >= streams.length;
    const views: [TermMatcher<Payload>, readonly TextToken[]][] = [
      [lx.exact, stream],
      [lx.fr, stemView(stream, 'fr', lx.stemPrefixes)],
      [lx.en, stemView(stream, 'en', lx.stemPrefixes)],
    ];
    for (const [matcher, tokens] of views) {
      for (const m of matchTerms(matcher, tokens)) {
        if (!written(m)) continue;
        if (handle && (m.payload.rule !== POLITICS || m.payload.group !== 'strong')) continue;
        hits.push(hitAt(m.payload, m.start, m.end));
      }
    }
    for (const m of matchTerms(lx.negative, stream)) negatives.push({ rule: m.payload, start: m.start, end: m.end });
    // The same words without fillers ("vivent tous des aides" is "vivent des aides", "are all lazy" is "are lazy").
    const compact = withoutFillers(stream);
    if (compact) {
      for (const m of matchTerms(lx.exact, compact)) {
        if (!written(m)) continue;
        if (handle && (m.payload.rule !== POLITICS || m.payload.group !== 'strong')) continue;
        hits.push(hitAt(m.payload, m.start, m.end));
      }
      for (const m of matchTerms(lx.negative, compact)) negatives.push({ rule: m.payload, start: m.start, end: m.end });
    }
  }
  for (const { start, end, found } of maskedWords(text, main, lx.maskable)) hits.push(hitAt(found, start, end));
  for (const m of text.matchAll(SIGNS)) {
    const end = m.index + m[0].length;
    for (const { rule, group } of SIGN_GROUPS.get(m[0]) ?? []) hits.push(hitAt({ rule, group }, m.index, end));
  }
  // A first name that is also a faith's word, written as someone's ("Bravo à Christian"), is not the faith; an
  // official's visit to a site ("la préfète a visité notre centrale") is news, not a stance. Read only when the
  // segment has a word of that topic to drop.
  const hasHit = (rule: number) => hits.some((h) => h.rule === rule);
  if (hasHit(RELIGION)) for (const span of personNames(text)) negatives.push({ rule: RELIGION, ...span });
  if (hasHit(POLITICS)) for (const span of officialVisits(text)) negatives.push({ rule: POLITICS, ...span });

  const inside = (h: { start: number; end: number }, s: { start: number; end: number }) =>
    s.start <= h.start && h.end <= s.end;
  const kept = hits.filter(
    (h) => !allowed.some((a) => inside(h, a)) && !negatives.some((n) => n.rule === h.rule && inside(h, n)),
  );
  // A slur insults too ("Bande de bougnoules", "a tranny at the bus stop"): it also counts as an insult's strong word
  // (once its own negatives have spoken: "Maine coon" is a cat).
  for (const h of [...kept]) if (h.rule === SLUR.rule && h.group === 'slur') kept.push({ ...h, ...SLUR.insult });
  const breaks: number[] = [];
  let count = 0;
  for (const t of main) breaks.push((count += t.breakBefore ? 1 : 0));
  const found = combine(text, kept, breaks);
  return [...found, ...patternHits(text, found, allowed)].sort((a, b) => a.start - b.start);
}

/**
 * Adverbs and quantifiers that a phrase may carry inside it without changing what it says ("ils volent tous",
 * "they are always late", "gardez bien ça pour vous"). Negations and intensifiers that lists use ("jamais", "trop",
 * "so") are not fillers.
 */
const FILLERS = new Set(
  `tous toutes toujours vraiment franchement carrement juste meme encore deja bien tres completement totalement
  clairement evidemment forcement generalement souvent systematiquement surtout all always really just totally
  completely simply basically literally clearly obviously generally usually often truly actually honestly still`.split(
    /\s+/,
  ),
);

/** The stream without its fillers (a removed word's break carries over), or null when it has none. */
function withoutFillers(stream: readonly TextToken[]): TextToken[] | null {
  if (!stream.some((t) => FILLERS.has(t.norm))) return null;
  const out: TextToken[] = [];
  let pendingBreak = false;
  for (const t of stream) {
    if (FILLERS.has(t.norm)) {
      pendingBreak ||= t.breakBefore;
      continue;
    }
    out.push(pendingBreak && !t.breakBefore ? { ...t, breakBefore: true } : t);
    pendingBreak = false;
  }
  return out;
}

function combine(text: string, hits: readonly Hit[], breaks: Breaks): TopicHit[] {
  const out: TopicHit[] = [];
  const byRule = new Map<number, Hit[]>();
  for (const h of hits) {
    const list = byRule.get(h.rule);
    if (list) list.push(h);
    else byRule.set(h.rule, [h]);
  }
  for (const [rule, list] of byRule) {
    const { topic, rules } = RULES[rule];
    const window = rules.window ?? 12;
    const byGroup = new Map<string, Hit[]>();
    const add = (h: Hit) => {
      const g = byGroup.get(h.group);
      if (g) g.push(h);
      else byGroup.set(h.group, [h]);
    };
    list.forEach(add);
    const of = (group: string): readonly Hit[] => byGroup.get(group) ?? [];
    for (const [ga, gb, group, gap = 1] of rules.compounds ?? []) {
      for (const a of of(ga)) {
        for (const b of of(gb)) {
          if (b.from > a.to && b.from - a.to <= gap && breaks[b.from] === breaks[a.to])
            add({ rule, group, start: a.start, end: b.end, from: a.from, to: b.to });
        }
      }
    }
    const found: TopicHit[] = [];
    for (const group of rules.alone) {
      const variant = rules.variants?.[group];
      for (const h of of(group))
        found.push({
          topic,
          start: h.start,
          end: h.end,
          words: [text.slice(h.start, h.end)],
          ...(variant && { variant }),
        });
    }
    for (const group of rules.isolated ?? []) {
      for (const h of of(group))
        if (standsAlone(text, h))
          found.push({ topic, start: h.start, end: h.end, words: [text.slice(h.start, h.end)] });
    }
    for (const [ga, gb, options] of rules.pairs) {
      const span = options?.window ?? window;
      for (const a of of(ga)) {
        for (const b of of(gb)) {
          if (b === a || (b.start < a.end && a.start < b.end)) continue;
          if (Math.max(a.from, b.from) - Math.min(a.to, b.to) > span) continue;
          if (options?.ordered && b.start < a.start) continue;
          const [first, second] = a.start <= b.start ? [a, b] : [b, a];
          if (options?.clause && breaks[second.from] !== breaks[first.to]) continue;
          if (normalizeText(text.slice(a.start, a.end)) === normalizeText(text.slice(b.start, b.end))) continue;
          found.push({
            topic,
            start: first.start,
            end: Math.max(first.end, second.end),
            words: [text.slice(first.start, first.end), text.slice(second.start, second.end)],
            ...(options?.variant && { variant: options.variant }),
          });
        }
      }
    }
    out.push(...mergeOverlapping(found));
    const { mentions } = rules;
    if (mentions) {
      const named = mentions.groups.flatMap((group) =>
        of(group).map((h) => ({
          topic: mentions.topic,
          start: h.start,
          end: h.end,
          words: [text.slice(h.start, h.end)],
        })),
      );
      out.push(...mergeOverlapping(named));
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * A word that is a clause of its own at the end of a sentence: after punctuation ("Nice try, grifter.", "Va bosser,
 * parasite !", "… 🙄 Pathetic."), and followed by the end, a full stop, "!", "?" or an emoji, not by a comma or a
 * word (an item of a list is not one).
 */
function standsAlone(text: string, h: { start: number; end: number }): boolean {
  const before = text.slice(0, h.start).trimEnd();
  const after = text.slice(h.end).trimStart();
  return /[,:;.!?…—–)\p{Extended_Pictographic}]$/u.test(before) && !/^[\p{L}\p{N},;:&/(-]/u.test(after);
}

/** Overlapping findings of one topic become one (the widest span; its words). */
function mergeOverlapping(found: TopicHit[]): TopicHit[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TopicHit[] = [];
  for (const f of sorted) {
    const last = merged[merged.length - 1];
    if (last && f.start < last.end) {
      if (f.end > last.end) merged[merged.length - 1] = { ...last, end: f.end };
      continue;
    }
    merged.push(f);
  }
  return merged;
}

/** Emoji that say what words would (`signs` of the rules): a raised middle finger, "keep it quiet" (🤫 🤐), 🙄… */
const SIGN_GROUPS = new Map<string, { rule: number; group: string }[]>();
RULES.forEach(({ rules }, rule) => {
  for (const [group, signs] of Object.entries(rules.signs ?? {}))
    for (const sign of signs) SIGN_GROUPS.set(sign, [...(SIGN_GROUPS.get(sign) ?? []), { rule, group }]);
});
const SIGNS = new RegExp([...SIGN_GROUPS.keys()].join('|'), 'gu');
