// The classifier's findings (classifier.ts, with the shipped model of charter-model.generated.ts): for each
// category it finds in a segment that the rules did not already flag there, one finding at the category's level
// in the brand's charter, on the words that weighed most, with a hint that says the post as a whole reads so.
// The brand's allowed phrases are left out of what it reads, and a religious greeting the brand allows is not
// religion to it either (the greetings choice decides). Where a stance model confirms a category (discrimination),
// the classifier's reading of a segment that mentions the stance's topic needs its agreement (or the classifier's
// own reading without the mentioned words, `masked`, or a laugh with half its agreement, `mocked`), a segment that
// mentions none needs the stance's own probability (`unnamed`), and a reading below `sure` stands only where the
// segment says nothing warm. In a segment already blocked (by the rules or by a reading that stands), every category
// read from COMPANION_PROBABILITY on is found too, without those conditions. Then the stance models' (stance.ts):
// what the segment says of a group of people it names, when nothing else found discrimination there, and whether it
// takes a side on a government, a law, a tax or a vote it names, when nothing else found politics there.
import { msg } from '@xp/shared';
import { CATEGORY_LABELS, type Charter } from './charter';
import type { SpannedFinding } from './charter-check';
import { type CharterModel, type ModelCategory, scoreText, strongestWords, unpackCharterModel } from './classifier';
import type { TopicHit } from './detector';
import { CHARTER_MODEL_PACKED } from './charter-model.generated';
import { STANCES, type Stance, stanceFinding, stanceProbability } from './stance';
import { figurativeTitles } from './figurative-titles';
import { raceDirections } from './race-directions';
import { skillRequirements } from './skill-requirements';
import { wordSenses } from './word-senses';
import { normalizeText } from './text-tokens';

export type { CharterModel };

let shipped: CharterModel | undefined;

/**
 * Figures the post says are already out ("publié hier", "released this morning", "annoncés ce matin", "yesterday's
 * results") leak nothing: the classifier's confidential reading is left out there (the rules, quiet periods
 * included, still apply).
 */
const PUBLISHED = new RegExp(
  [
    /(?<!(?:sera|seront|will be|to be|va etre|vont etre) )\b(?:publie|publies|publiee|publiees|annonce|annonces|annoncee|annoncees|published|released|announced|reported)\b (?:hier|ce matin|aujourd.?hui|yesterday|this morning|earlier today|today)\b/u
      .source,
    // "Missed yesterday's annual results?", "nos résultats d'hier".
    /\b(?:yesterday|this morning|today|last week).?s (?:(?:annual|full year|half year|interim|quarterly|q[1-4]|trading) )?(?:results|figures|earnings|numbers)\b/u
      .source,
    /\bresultats (?:(?:annuels|semestriels|trimestriels) )?(?:d.?hier|de ce matin|de la semaine derniere)\b/u.source,
  ].join('|'),
  'u',
);

/**
 * "Deux heures de marge", "a margin of error": a margin of time or of safety is no financial figure. Where the segment
 * names none of the words of results, the classifier's confidential reading is left out.
 */
const TIME_MARGIN =
  /\b(?:heures?|minutes?|jours?|semaines?|secondes?|mois) de marge\b|\bmarges? (?:d.?erreur|de securite|de manoeuvre)\b|\bmargin of (?:error|safety)\b|\b(?:hours?|minutes?|days?|weeks?) of margin\b/u;
const RESULT_WORDS =
  /\b(?:resultats?|chiffre d.?affaires|benefices?|ebitda|ventes|dividendes?|marges? (?:brutes?|nettes?|operationnelles?)|results|revenue|profits?|earnings|sales|(?:gross|operating|net) margins?)\b|%/u;

/** Kind words and signs: a segment that says them is not read for its stance's category below its `sure`. */
const WARM =
  /(?<![a-z])(?:love|loved|lovely|proud|prouder|welcome|adore|adorent|adorons|fier|fiers|fiere|fieres|fierte|bravo|congrats|congratulations|merci|thank|thanks|amazing|brilliant|joli|jolie|bienvenue|bienvenus|bienvenues|peu importe|l amour)(?![a-z])/u;
const WARM_SIGN = /❤|😍|🥰|💜|💙|🧡|💚|💛/u;
/**
 * Laughing, sneering, winking or facepalming: a segment that names a group and says this may be a joke at its expense
 * (`mocked`).
 */
const MOCKING = /😂|🤣|🙄|😏|🤭|😉|🙃|🤦|🙈|😬|(?<![a-z])(?:lol|lmao|mdr|ptdr)(?![a-z])/u;

const leaksNothing = (normalized: string): boolean =>
  PUBLISHED.test(normalized) || (TIME_MARGIN.test(normalized) && !RESULT_WORDS.test(normalized));

const stanceOf = (category: ModelCategory): Stance | undefined => STANCES.find((s) => s.category === category);

/**
 * In a segment that something else already blocks, a category the classifier reads at this probability or more is
 * found too, below its threshold and without its stance's agreement: an insult aimed at a group of people is also
 * discrimination, a leak that mocks a faith also religion. The post is blocked either way; the finding names what
 * else to fix. A clean segment is never blocked by it.
 */
export const COMPANION_PROBABILITY = 0.4;

/**
 * Whether the classifier's reading of a category stands. Where a stance model reads the category: a segment that
 * mentions the stance's topic needs its agreement (`confirms`), or the classifier's own reading without the mentions'
 * words (`masked`), or a laugh or a sneer with the stance model's half agreement (`mocked`); one that mentions none
 * needs the stance's `unnamed` probability; and below the stance's `sure` probability, the segment must say nothing
 * warm. `unread`: the spans neither reads.
 */
function stands(
  hit: { category: ModelCategory; probability: number },
  threshold: number,
  text: string,
  norm: () => string,
  hits: readonly TopicHit[],
  unread: readonly { start: number; end: number }[],
  model: CharterModel,
): boolean {
  const stance = stanceOf(hit.category);
  if (!stance || (stance.confirms === undefined && stance.unnamed === undefined)) return hit.probability >= threshold;
  const agreement = stanceProbability(text, hits, unread, stance);
  // A joke at a group's expense: a laugh or a sneer, and the stance model half agrees (`mocked`).
  const { mocked } = stance;
  const mockery =
    agreement !== null &&
    mocked !== undefined &&
    hit.probability >= mocked.from &&
    agreement >= mocked.confirms &&
    MOCKING.test(norm());
  if (!mockery) {
    if (agreement === null ? hit.probability < (stance.unnamed ?? threshold) : hit.probability < threshold)
      return false;
    if (agreement !== null && agreement < (stance.confirms ?? 0)) {
      const { masked } = stance;
      if (!masked || hit.probability < masked.from) return false;
      const alone = stanceProbability(text, hits, unread, stance, model);
      if (alone === null || alone < masked.alone) return false;
    }
  }
  return hit.probability >= (stance.sure ?? 0) || !(WARM.test(norm()) || WARM_SIGN.test(text));
}

/** The shipped model, unpacked at the first check (not at start-up). */
export function shippedCharterModel(): CharterModel {
  return (shipped ??= unpackCharterModel(CHARTER_MODEL_PACKED));
}

/**
 * `found`: the segment's findings so far (a category they already have is not found twice); `hits`: the detector's
 * (a religious greeting among them); `allowed`: where the brand's allowed phrases are in the text.
 */
export function modelFindings(
  text: string,
  segment: number,
  charter: Charter,
  found: readonly SpannedFinding[],
  hits: readonly TopicHit[],
  allowed: readonly { start: number; end: number }[],
  model: CharterModel = shippedCharterModel(),
): SpannedFinding[] {
  const levels = charter.categories.levels;
  const greeting = hits.some((h) => h.topic === 'greeting');
  // The normalized text, once, and only if a reading needs it.
  let normalized: string | undefined;
  const norm = () => (normalized ??= normalizeText(text));
  // The classifier reads neither the brand's allowed phrases nor figurative titles ("le ministre de la bonne humeur")
  // nor a job's language skills ("anglais courant de préférence") nor a race's sides ("dépassement par la droite") nor
  // everyday senses ("doit pouvoir", "coupable d'avoir fini le paquet").
  const unread = [
    ...allowed,
    ...figurativeTitles(text),
    ...skillRequirements(text),
    ...raceDirections(text),
    ...wordSenses(text),
  ];
  const skip = (start: number, end: number) => unread.some((a) => a.start <= start && end <= a.end);
  const scores = scoreText(text, model, skip);
  // Every category read from COMPANION_PROBABILITY on (or lower, where a stance reads it from its `unnamed`).
  const candidates = model.categories.flatMap((category, k) => {
    const probability = scores.probabilities[k];
    const level = levels[category];
    const reach = Math.min(model.thresholds[k], stanceOf(category)?.unnamed ?? 1, COMPANION_PROBABILITY);
    if (probability < reach || level === 'off' || found.some((f) => f.category === category)) return [];
    if (category === 'religion' && greeting) return [];
    if (category === 'confidential' && leaksNothing(norm())) return [];
    return [{ category, probability, k, level }];
  });
  // Where a category weighed (its words and span): only for the readings that are found.
  const placed = new Map<number, ReturnType<typeof strongestWords>>();
  const place = (k: number) => {
    if (!placed.has(k)) placed.set(k, strongestWords(text, scores, k));
    return placed.get(k) ?? null;
  };
  const standing = candidates.filter(
    (c) => stands(c, model.thresholds[c.k], text, norm, hits, unread, model) && place(c.k) !== null,
  );
  const blocked = found.some((f) => f.severity === 'block') || standing.some((c) => c.level === 'block');
  const result: SpannedFinding[] = [];
  for (const { category, k, level } of blocked ? candidates : standing) {
    const hit = place(k);
    if (!hit) continue;
    const excerpt = text.slice(hit.start, hit.end);
    const label = CATEGORY_LABELS[category];
    const why =
      hit.words.length > 1
        ? msg('CHARTER_WHY_CONTEXT', { first: hit.words[0], second: hit.words[1] })
        : msg('CHARTER_WHY_WORD', { term: hit.words[0] });
    result.push({
      rule: 'category_model',
      severity: level,
      span: { segment, start: hit.start, end: hit.end },
      term: hit.words.join(' … '),
      category,
      code: level === 'block' ? 'CHARTER_MODEL_BANNED' : 'CHARTER_MODEL_SENSITIVE',
      params: { excerpt, label },
      hint: msg('CHARTER_HINT_MODEL', { why, label }),
    });
  }
  for (const stance of STANCES) {
    const finding = stanceFinding(text, segment, charter, [...found, ...result], hits, unread, stance);
    if (finding) result.push(finding);
  }
  return result;
}
