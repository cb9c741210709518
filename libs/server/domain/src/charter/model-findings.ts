// The classifier's findings (classifier.ts, with the shipped model of charter-model.generated.ts): for each
// category it finds in a segment that the rules did not already flag there, one finding at the category's level
// in the brand's charter, on the words that weighed most, with a hint that says the post as a whole reads so.
// The brand's allowed phrases are left out of what it reads, and a religious greeting the brand allows is not
// religion to it either (the greetings choice decides); where a stance model confirms a category (discrimination),
// the classifier's reading of a segment that mentions the stance's topic needs its agreement. Then the stance models' (stance.ts): what the segment says of
// a group of people it names, when nothing else found discrimination there, and whether it takes a side on a
// government, a law, a tax or a vote it names, when nothing else found politics there. A segment that names no group
// of people is read for discrimination from a lower probability (`UNNAMED`), unless it says something warm.
import { msg } from '@xp/shared';
import { CATEGORY_LABELS, type Charter } from './charter';
import type { SpannedFinding } from './charter-check';
import { type CharterModel, type ModelCategory, classifyText, unpackCharterModel } from './classifier';
import type { TopicHit } from './detector';
import { CHARTER_MODEL_PACKED } from './charter-model.generated';
import { DISCRIMINATION_STANCE, STANCES, stanceFinding, stanceProbability } from './stance';
import { normalizeText } from './text-tokens';

export type { CharterModel };

let shipped: CharterModel | undefined;

/**
 * Figures the post says are already out ("publié hier", "released this morning", "annoncés ce matin") leak nothing:
 * the classifier's confidential reading is left out there (the rules, quiet periods included, still apply).
 */
const PUBLISHED =
  /(?<!(?:sera|seront|will be|to be|va etre|vont etre) )\b(?:publie|publies|publiee|publiees|annonce|annonces|annoncee|annoncees|published|released|announced|reported)\b (?:hier|ce matin|aujourd.?hui|yesterday|this morning|earlier today|today)\b/u;

/** The classifier's reading of a category stands unless a stance model that confirms it leans the other way. */
function confirmed(
  category: ModelCategory,
  text: string,
  hits: readonly TopicHit[],
  allowed: readonly { start: number; end: number }[],
): boolean {
  const stance = STANCES.find((s) => s.category === category);
  const at = stance?.confirms;
  if (stance === undefined || at === undefined) return true;
  const p = stanceProbability(text, hits, allowed, stance);
  return p === null || p >= at;
}

/**
 * Where a segment names no group of people, the classifier's discrimination reading stands from this probability on
 * (below the model's threshold): what it reads there is harassment or body shaming aimed at a person ("that's not a
 * body, that's a bouncy castle"), which names no group for the stance model to weigh; unless the segment says
 * something warm, as a kind reply to a person does. Chosen in tools/charter-model/README.md ("Fifth setting").
 */
const UNNAMED = 0.78;
const WARM =
  /(?<![a-z])(?:love|loved|lovely|proud|prouder|welcome|adore|adorent|adorons|fier|fiers|fiere|fieres|fierte|bravo|congrats|congratulations|merci|thank|thanks|amazing|brilliant|joli|jolie|bienvenue|bienvenus|bienvenues|peu importe|l amour)(?![a-z])/u;
const WARM_SIGN = /❤|😍|🥰|💜|💙|🧡|💚|💛/u;
const withUnnamed = new WeakMap<CharterModel, CharterModel>();

/** `model` with its discrimination threshold at most `UNNAMED` (what classifyText then returns is checked below). */
function unnamedModel(model: CharterModel): CharterModel {
  let lowered = withUnnamed.get(model);
  if (!lowered) {
    const k = model.categories.indexOf('discrimination');
    lowered = { ...model, thresholds: model.thresholds.map((t, i) => (i === k ? Math.min(t, UNNAMED) : t)) };
    withUnnamed.set(model, lowered);
  }
  return lowered;
}

/** A discrimination reading below the model's threshold stands where the segment names no group and is not warm. */
function unnamedStands(text: string, hits: readonly TopicHit[], allowed: readonly { start: number; end: number }[]) {
  return (
    stanceProbability(text, hits, allowed, DISCRIMINATION_STANCE) === null &&
    !WARM.test(normalizeText(text)) &&
    !WARM_SIGN.test(text)
  );
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
  const skip = (start: number, end: number) => allowed.some((a) => a.start <= start && end <= a.end);
  const result: SpannedFinding[] = [];
  const threshold = (category: ModelCategory) => model.thresholds[model.categories.indexOf(category)];
  for (const hit of classifyText(text, unnamedModel(model), skip)) {
    const level = levels[hit.category];
    if (level === 'off' || found.some((f) => f.category === hit.category)) continue;
    if (hit.probability < threshold(hit.category) && !unnamedStands(text, hits, allowed)) continue;
    if (hit.category === 'religion' && greeting) continue;
    if (hit.category === 'confidential' && PUBLISHED.test(normalizeText(text))) continue;
    if (!confirmed(hit.category, text, hits, allowed)) continue;
    const excerpt = text.slice(hit.start, hit.end);
    const label = CATEGORY_LABELS[hit.category];
    const why =
      hit.words.length > 1
        ? msg('CHARTER_WHY_CONTEXT', { first: hit.words[0], second: hit.words[1] })
        : msg('CHARTER_WHY_WORD', { term: hit.words[0] });
    result.push({
      rule: 'category_model',
      severity: level,
      span: { segment, start: hit.start, end: hit.end },
      term: hit.words.join(' … '),
      category: hit.category,
      code: level === 'block' ? 'CHARTER_MODEL_BANNED' : 'CHARTER_MODEL_SENSITIVE',
      params: { excerpt, label },
      hint: msg('CHARTER_HINT_MODEL', { why, label }),
    });
  }
  for (const stance of STANCES) {
    const finding = stanceFinding(text, segment, charter, [...found, ...result], hits, allowed, stance);
    if (finding) result.push(finding);
  }
  return result;
}
