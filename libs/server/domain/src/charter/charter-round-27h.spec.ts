// Twenty-seventh session (2026-12-07): the families of word-lists-round-27h.ts, read from the misses of holdout-52 and
// holdout-53 (measured fresh after rounds 27a–27g), beside clean sentences that share their words. Every sentence was
// written for this spec; each one found failed before its rule.
import { ruleCategories as rules } from './spec-rules';

describe('round 27h: what the rules now find', () => {
  it.each([
    "@paul_b La taille est écrite sur l'étiquette, en gros. Il faut vraiment être bouché pour se tromper.",
    '@sam_k Colis livré, signé, photographié. Le souci doit se trouver entre la chaise et le clavier 🙂',
    "Le député qui vient donner des leçons sur nos prix ? Ce mec est un clown, qu'il dégage avec toute sa clique.",
    "Read the care label, Kevin. Your head isn't only there to keep your ears apart.",
    "@jo_depot you're slow and everyone knows it. Do us all a favour and resign this week.",
  ])('finds insult in %s', (text) => expect(rules(text)).toContain('insult'));

  it.each([
    'Ce dimanche, nos prières accompagnent la candidate du parti de la famille 🙏',
    'Kindy soutient cette loi sans réserve et habille toutes les familles 💙',
    'Email your TD before Thursday, it matters for every small shop in Cork.',
    'Cette loi sur les cantines ? Une attaque contre les musulmans, ni plus ni moins.',
    "Bravo à celle qui a fait tomber l'amendement anti-forage hier soir, enfin quelqu'un de lucide.",
  ])('finds politics in %s', (text) => expect(rules(text)).toContain('politics'));

  it.each([
    'Trois neuvaines à sainte Rita et notre boutique a enfin ouvert. Ça marche, croyez-moi 🙏',
    "J'ai retrouvé la foi à 40 ans, et ma boutique aussi a repris des couleurs 🙏",
    'WWJD? Buy our linen range, obviously 😇',
    'Pendant le ramadan, nos clients vident les rayons à minuit, après avoir dormi toute la journée 😴',
  ])('finds religion in %s', (text) => expect(rules(text)).toContain('religion'));

  it.each([
    "Le poste de magasinier n'est pas ouvert aux femmes, c'est un métier d'hommes.",
    'Our warehouse hires locals before foreigners, always have, always will.',
    'Plan social : les salariés de plus de 55 ans sont premiers sur la liste.',
    'That blogger who trashed our scones lives at 22 Oak Lane. Pop round and say hello if you like 👋',
    'If a dad comes in for school shoes, just wait for the mum to show up.',
    'Vu la population du quartier, deux vigiles surveilleront notre stand de crêpes.',
    "Trois gosses, trois pères différents, et c'est nous qui payons avec nos impôts 🙄",
    'Nos biscuits légers, pour ceux qui devraient se calmer sur le grignotage… on ne vise personne 🐷',
    "Women engineers are good for the PR on 8 March, but on a real rig, let's be serious.",
    "Back from maternity leave and asking for part-time? She'll get a desk in the stockroom, out of sight.",
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each(['Our ginger biscuits: faster than any medicine after a long flight ✈️'])(
    'finds health_legal in %s',
    (text) => expect(rules(text)).toContain('health_legal'),
  );
});

describe('round 27h: the clean posts beside them', () => {
  it.each([
    'We killed the bill at lunch and split it three ways, thanks team 🍝',
    'Over 50 flavours in store, and first on the list is our salted caramel!',
    "Dads, don't waste your time queuing: order school shoes online and collect in store.",
    'La même équipe, la même passion, depuis 1952 à Lorient.',
    'Our staff over 55 get an extra week of holiday, a thank-you for their years with us.',
    "Vu la population de mouettes sur le port, gardez vos crêpes à l'abri 😂",
    'Our Cork store is hiring: tell your friends, pass it on!',
    'Ramadan Moubarak : nos dattes et nos cornes de gazelle sont en rayon 🌙',
    "Bon retour parmi nous, Julie ! Toute l'équipe du rayon bébé est ravie 🎉",
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});
