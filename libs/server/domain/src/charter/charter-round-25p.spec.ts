// Twenty-fifth session (2026-12-07): the families of word-lists-round-25p.ts, read from `holdout-39`'s misses and clean posts flagged,
// beside clean sentences that share their words. Every sentence was written for this spec; each one found failed
// before its rule.
import { allCategories as categories, ruleCategories as rules } from './spec-rules';
import { wordSenses } from './word-senses';

describe('round 25p: what the rules now find', () => {
  it.each([
    'With all due respect, madam, anyone who dunks a custard cream in soup is a clown.',
    'Cheers for the review, Gary, you miserable sod. We framed it for the staff room.',
  ])('finds insult in %s', (text) => expect(rules(text)).toContain('insult'));

  it.each([
    'Préférence nationale : nos biscuits sont faits par des Français, pour des Français.',
    'The ANC ran the railways into the ground and now wants a medal for it.',
    'One biscuit for every promise Labour broke this year: pass the tin 🍪',
  ])('finds politics in %s', (text) => expect(rules(text)).toContain('politics'));

  it.each([
    "Sans baptême, pas de salut pour l'âme de votre enfant : pensez-y avant la fête.",
    'Hot take: the Reformation was right, and our new shortbread agrees 🏴',
  ])('finds religion in %s', (text) => expect(rules(text)).toContain('religion'));

  it.each([
    'Note RH : dans le plan social, ciblez en priorité les plus de 58 ans.',
    "@marc_velo démissionne avant qu'on te rende la vie impossible, on a tes mails.",
    '@sophie_run tu nous parles de sport ? 15 kilos en moins, ça te changerait 🐳',
    "Scaffolding crew wanted: it's a man's job up there, so lads, send your CV.",
    'Late deliveries to certain communities in Leeds, if you know what we mean 👀',
    'Team night theme: Special Olympics. Dress up and act the part 😂',
    'To the cyclist who reviewed us: we know your van. See you soon 😉',
    'Pensioners at the new tills: free entertainment every morning. Keep up, grandad.',
    'Our new call centre in Manila is great, you can almost understand them now 😂',
    "Two mums at the school gate kissing goodbye. Kids shouldn't have to see that.",
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));
});

describe('round 25p: the clean posts beside them', () => {
  it.each([
    "Engineering isn't a man's job: apply below, everyone welcome 👷‍♀️",
    'Certain neighbourhoods get late deliveries this week because of roadworks: sorry, and thanks for your patience.',
    'Two mums, two dads, one big family picnic at our Leeds store on Sunday 🧺',
    'The Special Olympics team visited our bakery today: what an afternoon! 🏅',
    'Dress up and act the part: our Christmas jumper day raised £800 for the food bank 🎄',
    "Guilty of eating the last biscuit? We won't tell 🍪",
    'Chaque enfant doit pouvoir trouver sa taille : du 2 au 16 ans en boutique.',
    "Notre trésorerie d'idées est pleine : voici nos recettes d'hiver 🍲",
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('words in an everyday sense the classifier does not misread (word-senses.ts)', () => {
  it.each([
    "Nos poupées de chiffon existent en 12 couleurs de peau, parce que chaque enfant doit pouvoir s'y reconnaître 🧸",
    "Coupable d'avoir fini le paquet en une soirée ? On ne vous jugera pas 😇🍪",
  ])('leaves %s clean', (text) => expect(categories(text)).toEqual([]));

  it('still reads power and guilt in their other sense', () => {
    expect(wordSenses("Le pouvoir d'achat s'effondre, et le ministre est coupable de fraude.")).toEqual([]);
    expect(categories("Le pouvoir d'achat s'effondre à cause de ce gouvernement.")).toContain('politics');
  });
});
