// The text classifier inside the charter check (classifier.ts, model-findings.ts): what the shipped model adds to
// the rules, what it leaves clean, and how its findings are built (with a small hand-made model, so the mechanics
// do not depend on a training run). Every sentence was written for this spec, none is taken from a corpus file.
import { formatBoth } from '@xp/shared';
import { type Charter, defaultCharter, mergeCharter } from './charter';
import { type CharterContext, checkCharter } from './charter-check';
import {
  type CharterModel,
  MIN_WORDS,
  MODEL_CATEGORIES,
  type ModelCategory,
  classifyText,
  packCharterModel,
  scoreText,
  unpackCharterModel,
} from './classifier';
import { textFeatures } from './classifier-features';
import { COMPANION_PROBABILITY, shippedCharterModel } from './model-findings';
import { DISCRIMINATION_STANCE, mentionSpans, stanceProbability } from './stance';

const base = defaultCharter();
const check = (text: string, charter: Charter = base, context: CharterContext = {}) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, charter, context);
const byModel = (text: string, charter: Charter = base, context: CharterContext = {}) =>
  check(text, charter, context).filter((f) => f.rule === 'category_model');

describe('charter model: the shipped model', () => {
  it('has a threshold of at least 0.5 per category and a hidden layer the categories read', () => {
    const CHARTER_MODEL = shippedCharterModel();
    expect(CHARTER_MODEL.categories).toEqual([...MODEL_CATEGORIES]);
    expect(CHARTER_MODEL.thresholds.every((t) => t >= 0.5 && t < 1)).toBe(true);
    const units = CHARTER_MODEL.hidden?.bias.length ?? 0;
    expect(units).toBeGreaterThan(0);
    expect(CHARTER_MODEL.hidden?.output).toHaveLength(MODEL_CATEGORIES.length);
    expect(CHARTER_MODEL.hidden?.output.every((row) => row.length === units)).toBe(true);
    expect(Object.values(CHARTER_MODEL.weights).every((w) => w.length === units)).toBe(true);
  });

  // The rules find nothing of the category in these; the classifier does, at the category's level (block).
  it.each([
    ['insult', 'You absolute waste of space, nobody asked for your opinion.'],
    ['insult', 'Hey genius, read the label before you whine.'],
    ['confidential', 'Chut : le chiffre du semestre est en recul, rien ne sort avant jeudi.'],
    ['confidential', 'Not for sharing yet: two of our stores go dark in March and the staff have not been told.'],
    ['confidential', 'Les chiffres du trimestre sont mauvais, on attend jeudi pour le dire.'],
    ['discrimination', 'On évite les candidats trop âgés pour la boutique, il faut du dynamisme.'],
  ])('%s without a word of the lexicons: %s', (category, text) => {
    const findings = check(text);
    expect(findings.filter((f) => f.rule !== 'category_model' && f.category === category)).toEqual([]);
    expect(byModel(text)).toEqual([
      expect.objectContaining({ category, severity: 'block', code: 'CHARTER_MODEL_BANNED' }),
    ]);
  });

  it.each([
    'Découvrez notre politique de retour : 30 jours pour changer d’avis.',
    'Great party tonight for our 10th anniversary!',
    'Scunthorpe and Penistone: our two new stores open on Monday.',
    'Our Christmas sales start today, up to 30% off.',
    'Merci à tous !',
    'Merci à tous pour ce beau week-end de lancement !',
    'Le Groupe Kindy publie ses résultats annuels : chiffre d’affaires en hausse de douze pour cent',
    'Happy Lunar New Year to our teams in Asia!',
    'Le ministre de la bonne humeur, c’est notre goûter.',
    // Short replies: one word of a complaint does not make an insult (fewer than MIN_WORDS words are not read).
    'Quelle journée !',
    'Quel magasin ?',
    'Commande remboursement',
    'Super, merci !',
  ])('leaves a look-alike clean: %s', (text) => {
    expect(check(text)).toEqual([]);
  });
});

/** A model that knows two words: "zorglub" reads as a health claim, "blorp" as a little less than one. */
function tinyModel(): CharterModel {
  return oneCategoryModel('health_legal', 0.5, { zorglub: 20, blorp: 4 });
}

/**
 * A model that reads only `category`: each word of `words` weighs its weight there (bias −4, and a segment counts as
 * 16 features: a weight w reads as sigmoid(w / 4 − 4)); the category's threshold is `threshold`, the others' 0.5.
 */
function oneCategoryModel(
  category: ModelCategory,
  threshold: number,
  words: Record<string, number>,
  options: { emoji?: boolean } = {},
): CharterModel {
  const k = MODEL_CATEGORIES.indexOf(category);
  const weights: Record<string, number[]> = {};
  for (const [word, w] of Object.entries(words)) {
    weights[textFeatures(word, options).hits[0].key] = MODEL_CATEGORIES.map((_, i) => (i === k ? w : 0));
  }
  return {
    categories: [...MODEL_CATEGORIES],
    bias: MODEL_CATEGORIES.map(() => -4),
    thresholds: MODEL_CATEGORIES.map((_, i) => (i === k ? threshold : 0.5)),
    scale: 1,
    ...options,
    weights,
  };
}

/**
 * A hidden-layer model that knows two words: "grumbo" and "blorp" each feed the first unit, which fires only when
 * both are in the segment (its bias is -3; a word weighs 8 × 0.25, a short segment's feature value); the unit reads
 * as an insult. The second unit never fires.
 */
function pairModel(): CharterModel {
  const key = (word: string) => textFeatures(word).hits[0].key;
  return {
    categories: [...MODEL_CATEGORIES],
    bias: MODEL_CATEGORIES.map(() => -4),
    thresholds: MODEL_CATEGORIES.map(() => 0.5),
    scale: 1,
    weights: { [key('grumbo')]: [8, 0], [key('blorp')]: [8, -1] },
    hidden: { bias: [-3, 0], output: MODEL_CATEGORIES.map((c) => (c === 'insult' ? [10, 5] : [0, 0])) },
  };
}

describe('charter model: a hidden layer', () => {
  const model = pairModel();
  const insult = (text: string) => scoreText(text, model).probabilities[MODEL_CATEGORIES.indexOf('insult')];

  it('reads two words together that it does not read apart (which one weight per word cannot)', () => {
    expect(insult('Notre grumbo arrive lundi en boutique.')).toBeLessThan(0.05);
    expect(insult('Notre blorp arrive lundi en boutique.')).toBeLessThan(0.05);
    expect(insult('Notre grumbo et notre blorp arrivent lundi.')).toBeGreaterThan(0.99);
    expect(scoreText('Notre grumbo et notre blorp arrivent lundi.', model).probabilities[1]).toBeLessThan(0.05);
  });

  it('spans a word that fed the category, and finds it at the category’s level', () => {
    const text = 'Notre grumbo et notre blorp arrivent lundi.';
    const [hit] = classifyText(text, model).filter((h) => h.category === 'insult');
    expect(['grumbo', 'blorp']).toContain(text.slice(hit.start, hit.end));
    expect(hit.words.sort()).toEqual(['blorp', 'grumbo']);
    expect(byModel(text, base, { model })).toEqual([
      expect.objectContaining({ category: 'insult', severity: 'block' }),
    ]);
    expect(byModel('Notre grumbo arrive lundi en boutique.', base, { model })).toEqual([]);
  });

  it('averages its probabilities with its partner’s', () => {
    const partner = oneCategoryModel('insult', 0.5, { grumbo: 24 });
    const text = 'Notre grumbo arrive lundi en boutique.';
    const alone = scoreText(text, partner).probabilities[0];
    expect(alone).toBeGreaterThan(0.5);
    expect(scoreText(text, { ...model, partner }).probabilities[0]).toBeCloseTo((insult(text) + alone) / 2, 10);
    expect(classifyText(text, { ...model, partner })).toEqual([]);
  });
});

describe('charter model: findings', () => {
  const model = tinyModel();
  const text = 'Notre zorglub arrive lundi en boutique.';

  it('is found at the threshold and not below it, nor in a segment of fewer than MIN_WORDS words', () => {
    expect(classifyText(text, model).map((h) => h.category)).toEqual(['health_legal']);
    expect(classifyText('Notre blorp arrive lundi en boutique.', model)).toEqual([]);
    expect(MIN_WORDS).toBe(5);
    expect(classifyText('Notre zorglub arrive lundi.', model)).toEqual([]);
  });

  it('follows the category’s level in the brand’s charter: block, warn or off', () => {
    const level = (health_legal: 'block' | 'warn' | 'off') =>
      mergeCharter({ categories: { ...base.categories, levels: { ...base.categories.levels, health_legal } } });
    expect(byModel(text, level('block'), { model }).map((f) => f.severity)).toEqual(['block']);
    expect(byModel(text, level('warn'), { model }).map((f) => [f.severity, f.code])).toEqual([
      ['warn', 'CHARTER_MODEL_SENSITIVE'],
    ]);
    expect(byModel(text, level('off'), { model })).toEqual([]);
  });

  it('spans the word that weighed most, and says why in French and English', () => {
    const [f] = byModel(text, base, { model });
    const start = text.indexOf('zorglub');
    expect(f).toMatchObject({
      rule: 'category_model',
      category: 'health_legal',
      span: { segment: 0, start, end: start + 'zorglub'.length },
      term: 'zorglub',
    });
    expect(formatBoth({ code: f.code, params: f.params })).toEqual({
      fr: expect.stringContaining('« zorglub »'),
      en: expect.stringContaining('"zorglub"'),
    });
    expect(f.hint?.code).toBe('CHARTER_HINT_MODEL');
    expect(formatBoth(f.hint ?? { code: 'CHARTER_HINT_MODEL' }).en).toContain('resembles the examples');
  });

  it('adds nothing where the rules already found the category, nor inside a phrase the brand allows', () => {
    const listed = mergeCharter({
      bannedTerms: {
        ...base.bannedTerms,
        lists: [{ category: 'health_legal', severity: 'block', terms: ['arrive lundi'] }],
      },
    });
    const fromRules = check(text, listed, { model });
    expect(fromRules.map((f) => f.rule)).toEqual(['banned_term']);
    const allowed = mergeCharter({ bannedTerms: { ...base.bannedTerms, allowedPhrases: ['zorglub'] } });
    expect(byModel(text, allowed, { model })).toEqual([]);
  });

  it('reads each segment of a thread on its own', () => {
    const findings = checkCharter(
      { accountId: 'acc', kind: 'standard', segments: [{ text: 'Bonjour à tous !' }, { text }] },
      base,
      { model },
    );
    expect(findings.filter((f) => f.rule === 'category_model').map((f) => f.span?.segment)).toEqual([1]);
  });
});

describe('charter model: the packed form it is shipped in', () => {
  it('unpacks to the model it was packed from (keys, order, signed weights)', () => {
    const model: CharterModel = {
      categories: [...MODEL_CATEGORIES],
      bias: [-1, -2, -3, -4, -5, -6],
      thresholds: [0.75, 0.75, 0.75, 0.75, 0.9, 0.75],
      scale: 1000,
      weights: { 'w:zorglub': [32767, -32768, 0, 1, -1, 7846], 'b:a b': [5, 4, 3, 2, 1, 0] },
    };
    expect(unpackCharterModel(packCharterModel(model))).toEqual(model);
  });

  it('packs a hidden layer’s weights in 8 bits, and its partner model with it', () => {
    const model: CharterModel = {
      ...pairModel(),
      partner: { ...oneCategoryModel('insult', 0.5, { zorglub: 3 }), weights: { 'w:zorglub': [-7, 300, 0, 0, 0, 0] } },
    };
    const packed = packCharterModel(model);
    expect(atob(packed.weights)).toHaveLength(Object.keys(model.weights).length * 2);
    expect(unpackCharterModel(packed)).toEqual(model);
    const tooLarge = { ...pairModel(), weights: { 'w:grumbo': [128, 0] } };
    expect(() => packCharterModel(tooLarge)).toThrow('not an int8');
  });

  it('refuses a weight that does not fit in 16 bits', () => {
    const model: CharterModel = {
      categories: ['insult'],
      bias: [0],
      thresholds: [0.75],
      scale: 1000,
      weights: { 'w:x': [40000] },
    };
    expect(() => packCharterModel(model)).toThrow('not an int16');
  });
});

describe('charter model: figures already published', () => {
  // The classifier read these as confidential (sales + quarter); the post says the figures are out.
  it.each([
    'Notre chiffre d’affaires du troisième trimestre, publié hier, est détaillé dans ce fil 🧵',
    'Full-year sales, released yesterday, grew 6% — read the press release for the detail.',
    "Missed yesterday's annual results? Revenue rose in every region and the dividend goes up: the detail is online.",
  ])('leaves them clean: %s', (text) => {
    expect(check(text)).toEqual([]);
  });

  it('still blocks figures that will only be published', () => {
    const text = 'Nos ventes du trimestre, qui seront publiées ce matin à 8h, sont mauvaises, gardez ça pour vous.';
    expect(check(text).some((f) => f.category === 'confidential' && f.severity === 'block')).toBe(true);
  });
});

describe('charter model: other categories in a segment already blocked (COMPANION_PROBABILITY)', () => {
  // "zorglub" reads as an insult (0.73, threshold 0.5); "blorp" as discrimination at 0.45 and "grumbo" at 0.35, both
  // below discrimination's threshold (0.7).
  const key = (word: string) => textFeatures(word).hits[0].key;
  const row = (category: ModelCategory, w: number) => MODEL_CATEGORIES.map((c) => (c === category ? w : 0));
  const model: CharterModel = {
    ...oneCategoryModel('discrimination', 0.7, {}),
    weights: {
      [key('zorglub')]: row('insult', 20),
      [key('blorp')]: row('discrimination', 15.2),
      [key('grumbo')]: row('discrimination', 13.6),
    },
  };
  const categories = (text: string, charter: Charter = base) =>
    check(text, charter, { model }).map((f) => [f.category, f.severity]);

  it('finds a category read from 0.4 on beside a block', () => {
    expect(COMPANION_PROBABILITY).toBe(0.4);
    const p = scoreText('Ton zorglub et ton blorp arrivent lundi.', model).probabilities;
    expect(p[MODEL_CATEGORIES.indexOf('discrimination')]).toBeGreaterThan(0.4);
    expect(p[MODEL_CATEGORIES.indexOf('discrimination')]).toBeLessThan(0.5);
    expect(categories('Ton zorglub et ton blorp arrivent lundi.')).toEqual([
      ['insult', 'block'],
      ['discrimination', 'block'],
    ]);
    // Beside a block of the rules too.
    expect(categories('Putain, ton blorp arrive lundi en boutique.')).toEqual([
      ['insult', 'block'],
      ['discrimination', 'block'],
    ]);
  });

  it('does not find it alone, below 0.4, or beside a warning only', () => {
    expect(categories('Ton blorp arrive lundi en boutique.')).toEqual([]);
    expect(categories('Ton zorglub et ton grumbo arrivent lundi.')).toEqual([['insult', 'block']]);
    const warnInsults = mergeCharter({
      categories: { ...base.categories, levels: { ...base.categories.levels, insult: 'warn' } },
    });
    expect(categories('Ton zorglub et ton blorp arrivent lundi.', warnInsults)).toEqual([['insult', 'warn']]);
  });
});

describe('charter model: discrimination where the segment names no group of people', () => {
  // "zorglub" reads as discrimination a little below the model's threshold (0.85), above the threshold for segments
  // that name no group (0.8): harassment aimed at a person names none.
  const model = oneCategoryModel('discrimination', 0.85, { zorglub: 21.6 });
  const probability = (text: string) => classifyText(text, { ...model, thresholds: model.thresholds.map(() => 0) });

  it('stands below the model’s threshold where no group is named and nothing warm is said', () => {
    const text = 'Ton zorglub arrive lundi, on a vu ta photo.';
    const p = probability(text).find((h) => h.category === 'discrimination')?.probability ?? 0;
    expect(p).toBeGreaterThan(0.8);
    expect(p).toBeLessThan(0.85);
    expect(byModel(text, base, { model }).map((f) => [f.category, f.term])).toEqual([['discrimination', 'zorglub']]);
  });

  it.each(['Bravo, ton zorglub arrive lundi, on a vu ta photo.', 'Ton zorglub arrive lundi, on a vu ta photo ❤️'])(
    'does not where the segment says something warm: %s',
    (text) => {
      expect(byModel(text, base, { model })).toEqual([]);
    },
  );

  it('does not where the segment names a group of people (the stance model weighs what is said of it)', () => {
    const findings = byModel('Les femmes : ton zorglub arrive lundi, on a vu ta photo.', base, { model });
    expect(findings.filter((f) => f.term === 'zorglub')).toEqual([]);
  });
});

describe('charter model: discrimination where a group is named and the stance model does not agree', () => {
  // The stance model reads these made-up sentences low (below its `confirms`); the classifier's reading (0.88, above
  // `masked.from`) stands where it reads discrimination without the group's words too (`masked.alone`), not where it
  // reads the group's words alone.
  const model = oneCategoryModel('discrimination', 0.7, { zorglub: 24, femmes: 24 });
  const stanceReads = (text: string) =>
    stanceProbability(text, mentionSpans(text, 'people'), [], DISCRIMINATION_STANCE) ?? 1;

  it('stands where what is said of the group reads so without it', () => {
    const text = 'Les femmes et leur zorglub arrivent lundi.';
    expect(DISCRIMINATION_STANCE.masked).toEqual({ from: 0.8, alone: 0.5 });
    expect(stanceReads(text)).toBeLessThan(DISCRIMINATION_STANCE.confirms ?? 0);
    expect(byModel(text, base, { model }).map((f) => f.category)).toEqual(['discrimination']);
  });

  it('does not below `masked.from`, even above the model’s threshold', () => {
    const lower = oneCategoryModel('discrimination', 0.7, { zorglub: 20.4 });
    const text = 'Les femmes et leur zorglub arrivent lundi.';
    const [hit] = classifyText(text, lower);
    expect(hit.probability).toBeGreaterThan(0.7);
    expect(hit.probability).toBeLessThan(0.8);
    expect(byModel(text, base, { model: lower })).toEqual([]);
  });

  it('does not where only the group’s words read so', () => {
    const text = 'Les femmes arrivent lundi à la boutique.';
    expect(stanceReads(text)).toBeLessThan(DISCRIMINATION_STANCE.confirms ?? 0);
    expect(classifyText(text, model).map((h) => h.category)).toEqual(['discrimination']);
    expect(byModel(text, base, { model })).toEqual([]);
  });
});

describe('charter model: discrimination readings below the stance’s `sure` probability (0.87)', () => {
  // A model whose discrimination threshold (0.7) is below the reach for segments that name no group (0.8).
  const model = oneCategoryModel('discrimination', 0.7, { grumbo: 20.4, blorp: 25 });
  const probability = (text: string) =>
    classifyText(text, { ...model, thresholds: model.thresholds.map(() => 0) }).find(
      (h) => h.category === 'discrimination',
    )?.probability ?? 0;

  it('do not stand where no group is named below 0.8, even above the model’s threshold', () => {
    const text = 'Ton grumbo arrive lundi, on a vu ta photo.';
    expect(probability(text)).toBeGreaterThan(0.7);
    expect(probability(text)).toBeLessThan(0.8);
    expect(byModel(text, base, { model })).toEqual([]);
  });

  it('stand from 0.87 on even where the segment says something warm', () => {
    const text = 'Bravo, ton blorp arrive lundi, on a vu ta photo.';
    expect(probability(text)).toBeGreaterThan(0.87);
    expect(byModel(text, base, { model }).map((f) => [f.category, f.term])).toEqual([['discrimination', 'blorp']]);
  });
});

describe('charter model: emoji as features', () => {
  it('are read only by a model trained with them, once each, without skin tones', () => {
    const keys = (options: { emoji?: boolean }) =>
      textFeatures('Super brunch 🐷🐷 pour toute l’équipe 👍🏽', options).hits.map((h) => h.key);
    expect(keys({}).some((key) => key.startsWith('e:'))).toBe(false);
    expect(keys({ emoji: true }).filter((key) => key.startsWith('e:'))).toEqual(['e:🐷', 'e:👍']);
  });

  it('weigh in the model’s reading when it was trained with them', () => {
    const model = oneCategoryModel('insult', 0.5, { '🤡': 30 }, { emoji: true });
    const text = 'Voilà notre nouveau stagiaire du service client 🤡';
    expect(classifyText(text, model).map((h) => [h.category, h.words])).toEqual([['insult', ['🤡']]]);
    expect(classifyText(text, { ...model, emoji: false })).toEqual([]);
  });
});
