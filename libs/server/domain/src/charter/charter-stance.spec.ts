// The stance model inside the charter check (stance.ts): it reads what a segment says of a group of people it names,
// without the group's words. The mechanics are tested with a small hand-made model (so they do not depend on a
// training run), then the shipped model on a few sentences written for this spec (none is taken from a corpus file).
import { formatBoth } from '@xp/shared';
import { type Charter, defaultCharter, mergeCharter } from './charter';
import { checkCharter } from './charter-check';
import type { CharterModel } from './classifier';
import { textFeatures } from './classifier-features';
import type { TopicHit } from './detector';
import { DISCRIMINATION_STANCE, POLITICS_STANCE, mentionSpans, stanceFinding, stanceSkip } from './stance';

const base = defaultCharter();
const keys = (text: string) => textFeatures(text).hits.map((h) => h.key);
/** A stance model that knows a few words: each present one adds 3 to the log-odds of discrimination. */
function tinyModel(words: string[]): CharterModel {
  const weights: Record<string, number[]> = {};
  for (const w of words) for (const k of keys(w)) if (k.startsWith('w:')) weights[k] = [3000];
  return { categories: ['discrimination'], bias: [-2], thresholds: [0.6], scale: 1, weights };
}
/** The check's findings of one category for a one-segment post, with the default charter. */
const findingsOf = (category: string) => (text: string) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, base).filter(
    (f) => f.category === category,
  );
const model = tinyModel(['râlent', 'complain', 'seniors']);
const people = (text: string): TopicHit[] => mentionSpans(text, 'people');
const stance = (text: string, charter: Charter = base, allowed: { start: number; end: number }[] = []) =>
  stanceFinding(text, 0, charter, [], people(text), allowed, DISCRIMINATION_STANCE, model);

describe('stance model: the mechanics (a hand-made model)', () => {
  it('finds what is said of a group of people the detector names, on the group, with the words that weighed', () => {
    const text = 'Les seniors râlent encore à la caisse ce matin, comme chaque semaine.';
    const f = stance(text);
    expect(f).toMatchObject({ rule: 'category_model', category: 'discrimination', severity: 'block' });
    expect(text.slice(f!.span.start, f!.span.end)).toBe('seniors');
    expect(f!.term).toBe('seniors … râlent');
    const hint = formatBoth(f!.hint!);
    expect(hint.fr).toContain('« seniors »');
    expect(hint.en).toContain('"seniors"');
    expect(formatBoth({ code: f!.code, params: f!.params }).en).toContain('discrimination');
  });

  it('does not read the group itself: a model that only knows the group word finds nothing', () => {
    expect(people('Nos seniors ont leur caisse prioritaire tous les matins de la semaine.')).not.toEqual([]);
    expect(stance('Nos seniors ont leur caisse prioritaire tous les matins de la semaine.')).toBeNull();
  });

  it('runs only where a group of people is named', () => {
    const text = 'Les clients râlent encore à la caisse ce matin, comme chaque semaine.';
    expect(people(text)).toEqual([]);
    expect(stance(text)).toBeNull();
  });

  it('leaves out the brand allowed phrases, follows the discrimination level, and does not find it twice', () => {
    const text = 'The seniors complain about the new tills every single morning, as usual.';
    const at = text.indexOf('complain');
    expect(stance(text, base, [{ start: at, end: at + 'complain'.length }])).toBeNull();
    const group = text.indexOf('seniors');
    expect(stance(text, base, [{ start: group, end: group + 'seniors'.length }])).toBeNull();
    const warn = mergeCharter({ categories: { levels: { discrimination: 'warn' } } });
    expect(stance(text, warn)?.severity).toBe('warn');
    expect(stance(text, mergeCharter({ categories: { levels: { discrimination: 'off' } } }))).toBeNull();
    const found = stance(text)!;
    expect(stanceFinding(text, 0, base, [found], people(text), [], DISCRIMINATION_STANCE, model)).toBeNull();
  });

  it('skips exactly the given spans', () => {
    const skip = stanceSkip([{ start: 4, end: 11 }]);
    expect([skip(4, 11), skip(5, 9), skip(3, 11), skip(10, 12)]).toEqual([true, true, false, false]);
  });
});

describe('stance model: the shipped model in the check', () => {
  const check = findingsOf('discrimination');

  // The rules do not find these; what is said of the group does (the classifier may find some of them first: the
  // check blocks them either way, and the stance model alone finds each).
  it.each([
    "Encore des mamans voilées devant la vitrine, ça ne colle pas trop avec l'image de la marque.",
    'Les stagiaires trisomiques en boutique, c’est gentil, mais les clients ne sont pas venus pour ça.',
    'Older applicants need not bother, the team wants fresh energy and people who get social media.',
  ])('blocks what is said of a group: %s', (text) => {
    const [f] = check(text);
    expect(f).toMatchObject({ rule: 'category_model', severity: 'block', code: 'CHARTER_MODEL_BANNED' });
    const alone = stanceFinding(text, 0, base, [], people(text), [], DISCRIMINATION_STANCE);
    expect(alone?.hint?.code).toBe('CHARTER_HINT_STANCE');
  });

  it.each([
    'Nos seniors ont désormais une caisse dédiée le mardi matin, avec des sièges et un café offert.',
    'Wheelchair users: the new lift at our Lille store is open, and every aisle is now wider.',
    'Our trans colleagues built the new campaign, and we could not be prouder of the result.',
    'Les mamans voilées du quartier ont animé notre atelier goûter, merci pour ce bel après-midi.',
  ])('leaves the same groups named kindly clean: %s', (text) => {
    expect(check(text)).toEqual([]);
  });

  // A stereotype told as a joke: the classifier reads it below its threshold or the stance model below `confirms`;
  // the laugh, the wink or the sneer (or "mdr") and the stance model's half agreement make it stand (`mocked`).
  // Without it, clean.
  it.each([
    ["Les mamies au volant, c'est toujours une aventure sur notre parking", ' 😂', ' Soyez prudents !'],
    ["Les mamies au volant, c'est toujours une aventure sur notre parking", ' mdr.', ' Soyez prudents !'],
    ["Council estate mums, this one's for you: a pushchair that fits a crate of lager", ' 😂', ''],
    ["Les Bretons et l'alcool, on ne vous fait pas un dessin 🍺", '😂', ''],
    ['Our older drivers are every bit as quick as the young ones. Well, almost', ' 🙃', ''],
  ])('blocks a joke at a group’s expense: %s%s', (before, laugh, after) => {
    expect(DISCRIMINATION_STANCE.mocked).toEqual({ from: 0.6, confirms: 0.5 });
    expect(check(before + laugh + after)).toMatchObject([{ rule: 'category_model', severity: 'block' }]);
    expect(check(before + after)).toEqual([]);
  });

  it.each([
    'Les Bretons ont gagné le concours de crêpes, sans surprise 😂 Bravo à l’équipe de Rennes !',
    'Grandad tried our app and ordered 40 croissants instead of 4 😂 we delivered them anyway, with love.',
    'Les femmes de l’équipe ont gagné le tournoi de foot interne, les hommes cherchent encore le ballon 😂',
    'Millennials at the office still can’t agree on avocado toast vs. croissant 😂',
    'Our deaf customers asked for subtitles on the ad, so here they are! Thanks for the nudge 😂',
    'Women can drive, park, and fix the EV charger at our Lyon site better than the lads 😂 #IWD',
    'Les mamans savent toujours où est la deuxième chaussette 😉',
    'Seniors, profitez de -10 % tous les mardis, on vous attend 😉',
    'Ladies, the new winter range lands Friday. You know what to do 😉',
    'Our older customers keep telling us the font is too small. Fair 🙈 bigger labels from Monday.',
    'Les retraités du club de tricot nous ont commandé 40 bonnets, rien que ça 😬',
  ])('leaves a laugh with a group, not at it, clean: %s', (text) => {
    expect(check(text)).toEqual([]);
  });

  it.each([
    ['discrimination', DISCRIMINATION_STANCE],
    ['politics', POLITICS_STANCE],
  ])('has one category, %s, a threshold of at least 0.5 and weights', (category, stance) => {
    const m = stance.model();
    expect(m.categories).toEqual([category]);
    expect(m.thresholds[0]).toBeGreaterThanOrEqual(0.5);
    expect(m.thresholds[0]).toBeLessThan(1);
    expect(Object.keys(m.weights).length).toBeGreaterThan(1000);
  });
});

describe('politics stance model', () => {
  const polity = (text: string): TopicHit[] => mentionSpans(text, 'polity');
  const tiny: CharterModel = { ...tinyModel(['gouvernement', 'taxer']), categories: ['politics'] };
  const politics = (text: string, charter: Charter = base) =>
    stanceFinding(text, 0, charter, [], polity(text), [], POLITICS_STANCE, tiny);

  it('runs where the detector names a government, a law, a tax or a vote, and reads those words too', () => {
    const text = 'Le gouvernement a encore trouvé le moyen de nous taxer cette année.';
    expect(polity(text).map((h) => text.slice(h.start, h.end))).toContain('gouvernement');
    const f = politics(text);
    expect(f).toMatchObject({ rule: 'category_model', category: 'politics', severity: 'block' });
    expect(f!.hint?.code).toBe('CHARTER_HINT_STANCE_POLITICS');
    expect(formatBoth(f!.hint!).en).toContain('political side');
    expect(politics('Nos clients ont encore trouvé le moyen de nous taxer de génies cette année.')).toBeNull();
    expect(politics(text, mergeCharter({ categories: { levels: { politics: 'off' } } }))).toBeNull();
  });

  it('does not count a vote for a flavour as a mention', () => {
    expect(polity('Stop voting for the same flavour every year, try the new one!')).toEqual([]);
  });

  const check = findingsOf('politics');

  it.each([
    'Quand les élus découvrent le prix du plein, ils descendront peut-être de leur tour d’ivoire.',
    'Le préfet interdit encore un marché de Noël, on croit rêver.',
    'Another minister on telly telling us to tighten our belts from his second home. Sure.',
  ])('blocks a side taken on a government: %s', (text) => {
    const [f] = check(text);
    expect(f).toMatchObject({ rule: 'category_model', severity: 'block' });
    const alone = stanceFinding(text, 0, base, [], polity(text), [], POLITICS_STANCE);
    expect(alone?.hint?.code).toBe('CHARTER_HINT_STANCE_POLITICS');
  });

  it.each([
    'La mairie ferme la rue du marché samedi : nos livraisons passent par l’arrière du magasin.',
    'The council bin collection moves to Tuesday next week, so our recycling point opens on Tuesday too.',
    'Le ministère de la Culture a classé notre atelier Entreprise du patrimoine vivant.',
    'Prices include VAT; the new tax on plastic packaging adds nothing to your basket.',
  ])('leaves a government named as a fact clean: %s', (text) => {
    expect(check(text)).toEqual([]);
  });
});
