// Twenty-fifth session (2026-12-07): the families of word-lists-round-25i.ts, read from `holdout-37`'s misses and clean posts flagged,
// beside clean sentences that share their words. Every sentence was written for this spec; each one found failed
// before its rule.
import { mergeCharter } from './charter';
import { skillRequirements } from './skill-requirements';
import { allCategories as categories, ruleCategories as rules } from './spec-rules';

describe('round 25i: what the rules now find', () => {
  it.each([
    "@margaux_l on t'a remboursée deux fois, arrête de faire ta chieuse en commentaires.",
    'Reading a delivery note must be very hard for you, Kevin. Try again slowly.',
  ])('finds insult in %s', (text) => expect(rules(text)).toContain('insult'));

  it.each([
    'The new VAT on school uniforms is daylight robbery, and the Treasury knows it.',
    "We're proud to help fight the Texas law that bans drag story hours 🌈",
    'If only the people running the country could count as well as our Year 6 bakers 🧮',
    'Our faith must guide the vote on Thursday: choose the candidate who defends life.',
  ])('finds politics in %s', (text) => expect(rules(text)).toContain('politics'));

  it.each([
    'Enfin un maire qui ose des quotas pour limiter les Maghrébins au centre-ville.',
    "Notre stagiaire trans voulait qu'on l'appelle Sam : on a voté en équipe, ce sera Samuel.",
    '@theo_caisse franchement tout le rayon attend ta démission, rends-nous service.',
    'Candidats de plus de 55 ans : merci, mais on cherche du sang neuf pour la boutique.',
    'Au client qui a rayé notre vitrine : on a les images, on sait qui vous êtes.',
    'The illegals they keep letting in will never work a day, mark our words.',
    "Sorry, our kitchen can't take anyone with a disability, it's a busy line.",
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    "Avec nos chaussettes en laine mérinos, les enfants tombent moins malades l'hiver.",
    'That influencer is the real thief: she stole our design last spring, and we can prove it.',
    'Our weighted blanket cuts autistic meltdowns in half, proven in clinical trials.',
  ])('finds health_legal in %s', (text) => expect(rules(text)).toContain('health_legal'));
});

describe('round 25i: the clean posts beside them', () => {
  it.each([
    "Kids' craft corner: cut out the snowflake and ask a grown-up to help with the glue ✂️",
    'Reading a size chart is easy with our new fit guide: measure, compare, done 📏',
    'Lundi de Pâques : boutiques fermées, le service client répond par chat 💬',
    'Fight the winter chill: our new fleece is in store now ❄️',
    "Notre équipe a voté pour le pull de l'année : ce sera le jacquard renne 🦌",
    'On a les images du défilé : on sait qui vous êtes, les stars du podium 📸',
    'Nos lunettes de lecture pour les seniors : demandez conseil en boutique.',
    'Our terms in plain English, no legalese: returns are free for 60 days.',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('round 25i: words the checks no longer misread', () => {
  it('reads "scripts shell" in a job ad as a command line, not the competitor', () => {
    const orvea = mergeCharter({ categories: { competitors: ['Shell', 'BP'] } });
    expect(categories('Stage DevOps (6 mois) : Linux, scripts shell, Terraform. Basé à Pau 💻', orvea)).toEqual([]);
    expect(categories('Moins cher que shell à la pompe, tous les jours.', orvea)).toContain('competitors');
  });

  it('leaves "in plain English" out of what the classifier reads, in any text', () => {
    const text =
      'Your card details stay safe: checkout is encrypted end to end. Our privacy policy explains the rest in plain ' +
      'English, no legalese.';
    expect(categories(text)).toEqual([]);
    expect(skillRequirements('English speakers only, no one else.')).toEqual([]);
  });
});

describe('masked words before exclamation marks (masked-words.ts)', () => {
  it.each(['son of a b*tch!!! what a finish', 'M*rde!!! Encore raté', 'Ah merdeee!! le colis est reparti', 'c0nnard!'])(
    'reads the "!" after %s as punctuation and finds the insult',
    (text) => expect(rules(text)).toContain('insult'),
  );

  it.each([
    'Kick ass!! Our relay team wins again 🏃',
    'Cul-de-sac!! Wrong turn for the delivery van',
    'Super!!! On adore',
  ])('leaves %s clean (a plain word before "!" is not a masked one)', (text) => expect(rules(text)).toEqual([]));
});
