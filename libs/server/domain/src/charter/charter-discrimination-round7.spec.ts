import { mergeCharter } from './charter';
import { checkCharter } from './charter-check';

// Seventh round: the families of word-lists-discrimination-4.ts (a group named as people + what is said of it,
// backhanded compliments, hiring on sex, age, weight or place, body jibes, gender identity denied, exposing
// someone to their employer or neighbours). The sentences are written for these tests (none is in
// tools/charter-corpus); each family has clean look-alikes that share its words.

const base = mergeCharter({ categories: { levels: { discrimination: 'block' } } });
const findings = (text: string) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }], scheduledAt: null }, base).filter(
    (f) => f.category === 'discrimination' && f.rule !== 'category_model',
  );
const blocked = (text: string) => findings(text).some((f) => f.severity === 'block');

describe('discrimination, round 7: what blocks', () => {
  it.each([
    ['sending away', 'Les clients en fauteuil le samedi ? Restez chez vous, on livre.'],
    ['sending away', 'Pensioners who pay in coins, maybe just stay home on market day.'],
    ['not for you', 'Deaf customers, our helpline is not for you, sorry.'],
    ['dismissal', 'Une femme à la tête de la logistique ? On aura tout vu.'],
    ['dismissal', 'Male nurses on our ad shoot? Good luck with that.'],
    ['essentialism', "Women in engineering crack under pressure, it's just biology."],
    ['suspicion', 'Somali kids near the tills again, you know what they are like.'],
    ['haggling', 'Nigerian customers always haggle over the delivery fee.'],
    ['people like you', 'Refund refused, too much hassle with people like you.'],
    ['backhanded', 'Elle conduit plutôt bien pour une femme.'],
    ['backhanded', 'He speaks well for a foreigner, honestly.'],
    ['hiring on sex', 'Poste de magasinier : de préférence un homme, merci.'],
    ['hiring on sex', 'Hiring warehouse staff for the summer: men only, it is heavy lifting.'],
    ['hiring on place', 'Offre de stage au siège : pas de candidats du 93.'],
    ['hiring on place', 'Internship at our London office, applicants from up north need not apply.'],
    ['body jibe', 'Nos robes ne vont pas au-delà du 42, pour le reste il y a la salade.'],
    ['body jibe', 'If it does not fit in a size 14, maybe lay off the crisps 😏'],
    ['gender identity', "Tes pronoms « iel », personne n'en a rien à faire ici."],
    ['gender identity', "Non binary is not real, we say he or she and that's it."],
    ['family norms', 'Pride month on the logo, but kids don’t need to see that stuff.'],
    ['coded trope', 'Les banques et les médias, toujours tenus par la même communauté 🤔'],
    ['leave the country', 'Si la France te plaît pas, il y a des avions tous les jours.'],
    ['exposing', 'Encore un avis comme ça et on envoie tes tweets à ton employeur.'],
    ['exposing', 'Keep posting and we will send your rants to your boss.'],
    ['exposing', 'Next time you leave a review, think of your daughter.'],
    ['name held against', 'Vu votre nom, on préfère un paiement à la livraison.'],
    ['exclusion before', 'Atelier ouvert à tous, sauf aux jeunes de banlieue.'],
    ['name held against', 'With a surname like yours we will need a deposit first.'],
    ['hiring on family', 'Job ad for our boutique: single preferred, no kids preferred.'],
    ['body jibe', 'This range is not made for bodies like yours, try the gym first.'],
    ['sending away', 'Wheelchair users, please don’t come during the Saturday rush.'],
    ['exposing', 'One more complaint and we send your posts to everyone at your office.'],
    ['age as people', 'Une vendeuse de 58 ans au rayon ado ? Les clients vont fuir.'],
    ['moaning', 'Les Belges au service client, toujours à se plaindre pour rien.'],
  ])('%s: %s', (_family, text) => {
    expect(blocked(text)).toBe(true);
  });
});

describe('discrimination, round 7: clean look-alikes stay clean', () => {
  it.each([
    'We are hiring apprentices of any age, with no upper age limit and adjustments for every candidate.',
    'Restez chez vous, on livre en 24 h partout en France 🚚',
    'Stay home and shop online this weekend, free delivery on everything.',
    'Une robe pour une fille de 8 ans ? Notre guide des tailles vous aide.',
    'A pretty good raincoat for a girl who loves puddles 🌧️',
    'Nos jeans vont du 34 au 48, et au-delà sur commande.',
    'Pyjama baleine en taille 6 ans, tout doux 🐳',
    'Bon courage à toutes les mamans pour la rentrée !',
    'Welcome to all our pensioners at the Tuesday coffee morning ☕',
    'Bienvenue à tous les candidats, quel que soit leur âge.',
    'Your boss will love these biscuits in the office, tag them below 🍪',
    'La prochaine fois que tu passes en boutique, pense à ta fille : le rayon 8 ans est en promo.',
    'Mois des fiertés : deux papas et leurs enfants ouvrent notre campagne 🏳️‍🌈',
    'Women in engineering: meet the team behind our new plant.',
    'Women who code: come on down to our careers evening on Thursday!',
    'Mums, shop online this weekend and skip the queues 🛍️',
    'Une femme qui dirige une raffinerie, c’est rare en Europe, et on en est fiers.',
    'Deaf customers: text us anytime, no time for hold music here.',
    'Pensioners get free delivery on every order over £20.',
    'Poor kid forgot his lunchbox? Our snack packs fit every school bag 🎒',
    'Ton employeur t’offre des titres-resto ? Ils sont acceptés dans toutes nos boutiques.',
    'Grandad jumpers are back, and they are not just for grandads 🧶',
  ])('%s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});
