// The stance model: what a segment says of a group of people it names. The rules find discrimination when a group
// meets a word of their lists ("les femmes" + "au volant"); the classifier reads the whole segment, and so scores the
// group itself ("Les femmes enceintes peuvent demander un siège" reads like the posts that demean women). This model
// is trained (tools/charter-model/train-stance.ts) on the segments that name a group of people, with the group's
// words left out: it learns what is said of people ("ils se plaignent tout le temps", "not the vibe", "on les
// planque en back-office"), not who they are. It runs only where the detector found a group of people and nothing
// else found discrimination.
import { msg } from '@xp/shared';
import { CATEGORY_LABELS, type Charter } from './charter';
import type { SpannedFinding } from './charter-check';
import { type CharterModel, classifyText, unpackCharterModel } from './classifier';
import { type TopicHit, detectTopics } from './detector';
import { CHARTER_STANCE_MODEL_PACKED } from './charter-stance-model.generated';
import { tokenize } from './text-tokens';

type Span = { readonly start: number; readonly end: number };

let shipped: CharterModel | undefined;

/** The shipped stance model, unpacked at the first check that needs it. */
export function shippedStanceModel(): CharterModel {
  return (shipped ??= unpackCharterModel(CHARTER_STANCE_MODEL_PACKED));
}

const inside = (spans: readonly Span[]) => (start: number, end: number) =>
  spans.some((s) => s.start <= start && end <= s.end);

/**
 * The discrimination finding of the stance model for a segment, or null: when the detector named a group of people
 * (`people` hits) outside the brand's allowed phrases, nothing found discrimination yet (`found`), and what the
 * segment says of them, without their words and the allowed phrases, reaches the model's threshold.
 */
export function stanceFinding(
  text: string,
  segment: number,
  charter: Charter,
  found: readonly SpannedFinding[],
  hits: readonly TopicHit[],
  allowed: readonly Span[],
  model: CharterModel = shippedStanceModel(),
): SpannedFinding | null {
  const level = charter.categories.levels.discrimination;
  const isAllowed = inside(allowed);
  const people = hits.filter((h) => h.topic === 'people' && !isAllowed(h.start, h.end));
  if (level === 'off' || people.length === 0 || found.some((f) => f.category === 'discrimination')) return null;
  const [hit] = classifyText(text, model, inside([...people, ...allowed])).filter(
    (h) => h.category === 'discrimination',
  );
  if (!hit) return null;
  const [group] = people;
  const label = CATEGORY_LABELS.discrimination;
  const said = hit.words.join(' … ');
  return {
    rule: 'category_model',
    severity: level,
    span: { segment, start: group.start, end: group.end },
    term: `${group.words[0]} … ${said}`,
    category: 'discrimination',
    code: level === 'block' ? 'CHARTER_MODEL_BANNED' : 'CHARTER_MODEL_SENSITIVE',
    params: { excerpt: text.slice(group.start, group.end), label },
    hint: msg('CHARTER_HINT_STANCE', { group: group.words[0], said }),
  };
}

/**
 * The spans of the groups of people a text names, as the check's detector reads them (its words and hashtags): what
 * the stance model leaves out. For training and tests; the check itself uses the hits it already has.
 */
export function peopleSpans(text: string): TopicHit[] {
  const stream = tokenize(text).filter((t) => t.kind === 'word' || t.kind === 'hashtag');
  return detectTopics(text, [stream], []).filter((h) => h.topic === 'people');
}

/** The features the stance model reads in a text: all but the words inside `spans`. */
export const stanceSkip = inside;
