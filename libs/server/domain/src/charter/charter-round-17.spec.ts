// Seventeenth round (2026-12-06): the patterns of patterns.ts (doxxing, the "(((…)))" echo, scripture quoted,
// faith-based exclusion read as religion too) and the word lists of word-lists-round-17.ts. Beside each family,
// the clean posts that share its shape. Every sentence was written for this spec.
import { defaultCharter, mergeCharter } from './charter';
import { checkCharter } from './charter-check';

const base = defaultCharter();
/** The rules' categories only: the classifiers' findings (`category_model`) are left out. */
const rules = (text: string, charter = base) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, charter)
    .filter((f) => f.rule !== 'category_model' && f.category !== undefined)
    .map((f) => f.category);

describe('a private person’s whereabouts published against them', () => {
  it.each([
    'Le client qui nous a laissé un avis à 1 étoile, c’est Marc Dupuis, 8 rue des Tanneurs à Rennes. Faites-vous plaisir.',
    'The lady who left us a one star review lives at 21 Mill Lane, Bath. Have fun 😈',
    'La nana qui nous critique sur Insta : 06 98 76 54 32. Allez-y 👀',
    'That reviewer who slated us? His number is in the comments. You know what to do.',
    'Le type derrière ce faux avis bosse au garage Renault de Vannes 😉 passez lui dire bonjour',
    'The guy behind the fake review works nights at the Tesco in Dudley. Go get him.',
  ])('finds %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Notre boutique, 8 rue des Tanneurs à Rennes, vous attend samedi : passez nous dire bonjour !',
    'Find us at 21 Mill Lane, Bath: pop by and say hi, or call 07700 900456.',
    'Recrutement : contactez Julie au 06 98 76 54 32 pour postuler.',
    'The customer who won our contest lives in Bath: congratulations, Emma!',
    'Nouveau dépôt au 3 avenue Jean-Jaurès, ouvert de 8 h à 18 h.',
  ])('leaves %s', (text) => expect(rules(text)).not.toContain('discrimination'));
});

describe('the antisemitic echo', () => {
  it('is religion and discrimination', () => {
    const found = rules('Who owns the newspapers? The (((usual suspects))), obviously.');
    expect(found).toEqual(expect.arrayContaining(['religion', 'discrimination']));
  });

  it('leaves ordinary brackets', () => {
    expect(rules('Nos prix (hors promotions (et hors soldes)) restent bas.')).toEqual([]);
  });
});

describe('scripture quoted for a product', () => {
  it.each([
    'Romains 12 : soyez joyeux dans l’espérance, et dans nos pyjamas 🧦',
    'Luke 6:38, give and it will be given to you. Our code: GIVE10',
    'Notre Père qui es aux cieux, que ta brioche soit sanctifiée 🙏',
    'Blessed are the early shoppers, for they shall get the best socks.',
    'Let there be light: our new solar panels are here ☀️',
  ])('finds %s', (text) => expect(rules(text)).toContain('religion'));

  it.each([
    'Luc, 6 ans, a gagné notre concours de dessin !',
    'Mark 12 months of savings with our fixed tariff.',
    'Full of flavour, our new spread is here.',
    'Jean 3 paires de chaussettes pour le prix de 2.',
  ])('leaves %s', (text) => expect(rules(text)).not.toContain('religion'));
});

describe('excluding people for what they wear for their faith is religion too', () => {
  it.each([
    'Animateurs de l’atelier : pas de kippa ni de voile, merci.',
    'Front desk staff: no turbans, it looks unprofessional.',
  ])('finds %s', (text) => expect(rules(text)).toEqual(expect.arrayContaining(['discrimination', 'religion'])));

  it('leaves a welcome', () => {
    expect(rules('Hijab, turban ou casquette : toutes nos vendeuses et vendeurs sont les bienvenus.')).toEqual([]);
  });
});

describe('slurs that are ordinary words when written plainly', () => {
  it.each(['Le livreur est un vrai m*ngol, trois colis perdus.', 'Only a r*tard would pay full price.'])(
    'finds the masked %s',
    (text) => expect(rules(text)).toContain('discrimination'),
  );

  it.each([
    'Retard de livraison : nos excuses, vos colis arrivent demain.',
    'Les Mongols ont fondé le plus grand empire continental, expo au musée ce week-end.',
  ])('leaves the plain %s', (text) => expect(rules(text)).not.toContain('discrimination'));
});

describe('a noun that insults as a judgement', () => {
  it.each([
    'The courier left the parcel in the rain. Absolute muppet.',
    'Le stagiaire a encore oublié la réunion, une larve absolue.',
    'our landlord is a total a-hole',
  ])('finds %s', (text) => expect(rules(text)).toContain('insult'));

  it.each([
    'Notre quiche absolue : lardons, comté et crème fraîche 🥧',
    'Total melon et pastèque au rayon frais cet été 🍈',
    'This fleece is an absolute weapon against the cold ❄️',
    'The new tax blew a hole in the school budget.',
  ])('leaves %s', (text) => expect(rules(text)).not.toContain('insult'));
});

describe('a fast judged pointless', () => {
  it.each([
    'Le ramadan, un mois à se priver pour rien, franchement.',
    'Lent is pointless, nobody gives anything up anyway.',
  ])('finds %s', (text) => expect(rules(text)).toContain('religion'));

  it('leaves a diet', () => {
    expect(rules('Intermittent fasting is overrated: eat a proper breakfast 🥣')).toEqual([]);
  });
});

describe('the Sabbath greeting', () => {
  it('is a greeting: clean where greetings are allowed, religion where they block', () => {
    const text = 'Chabbat shalom à toute la communauté 🕯️';
    expect(rules(text)).toEqual([]);
    const blocking = mergeCharter({ categories: { greetings: 'block' } });
    expect(rules(text, blocking)).toContain('religion');
  });
});

it('reads "gvt" as the government', () => {
  expect(rules('Le gvt augmente encore les impôts, qu’ils dégagent.')).toContain('politics');
});

describe('first names and idioms that hold a word of faith', () => {
  it.each([
    'Christian Horner salue la stratégie de notre équipe après la course 🏎️',
    'The Christian Dior retrospective opens on Friday, tickets in bio.',
    'Dieu sait qu’on en a raté, des fournées, avant cette recette !',
    'God knows we needed this sunshine after the week we had ☀️',
    'Bless our delivery drivers, out in the snow since 5 am ❄️',
  ])('leaves %s', (text) => expect(rules(text)).not.toContain('religion'));

  it.each([
    'Que Dieu vous garde et bénisse vos familles 🙏',
    'Christian values built this company, and God guides it.',
  ])('finds %s', (text) => expect(rules(text)).toContain('religion'));
});

describe('regret as a sales pitch', () => {
  it.each([
    'Tu vas le regretter si tu rates les soldes : -40 % dès jeudi !',
    'You’ll regret missing our winter sale, it ends at midnight.',
  ])('leaves %s', (text) => expect(rules(text)).not.toContain('discrimination'));

  it('finds the threat', () => {
    expect(rules('@marc_d continue tes faux avis et tu vas le regretter.')).toContain('discrimination');
  });
});

describe('after hold-out 18', () => {
  it.each([
    ['discrimination', '@paul_rh toute l’équipe attend ta démission, rends service à tout le monde.'],
    ['discrimination', '@kim_ops nobody wants you here. Quit already and spare us the meetings.'],
    ['discrimination', '@ben_t another fake review? Lovely blue Golf outside number 12, by the way 😉'],
    ['discrimination', '@lea_v 1 étoile ? On sait à quelle école va ton fils, hein 🙂'],
    ['politics', 'Nos députés ont voté l’écologie punitive, encore.'],
    ['politics', 'Everyone marching on Holyrood tomorrow, we’re with you.'],
    ['health_legal', 'Notre miel fait reculer les allergies des enfants dès le premier pot.'],
    ['health_legal', 'No need for a lawyer: tribunals always side with the tenant.'],
    ['insult', 'What the f*** is this queue 😤'],
  ])('finds %s in %s', (category, text) => expect(rules(text)).toContain(category));

  it.each([
    'Nice blue Golf in the car park? Your lights are on, come and see us at the till.',
    'Ta fille a adoré l’atelier à l’école ? Dis-lui bonjour de notre part !',
    'Top 5 *** hotels near the circuit.',
    'Pars en vacances l’esprit léger, on garde tes colis.',
  ])('leaves %s', (text) => expect(rules(text)).toEqual([]));
});

describe('after hold-out 19', () => {
  it.each(['Even a retard could assemble this shelf.', 'lol who approved this ad, that’s so gay'])(
    'finds the slur in %s',
    (text) => expect(rules(text)).toContain('discrimination'),
  );

  it('leaves a delay', () => {
    expect(rules('Un retard de livraison ? On s’en occupe dès ce matin.')).toEqual([]);
  });

  it('a contest’s results are no financial topic in a quiet period, the quarter’s still are', () => {
    const charter = mergeCharter({ categories: { quietPeriods: [{ start: '2026-02-02', end: '2026-02-19' }] } });
    const at = new Date('2026-02-10T09:00:00Z');
    const quiet = (text: string) =>
      checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }], scheduledAt: at }, charter)
        .filter((f) => f.rule === 'quiet_period')
        .map((f) => f.term);
    expect(quiet('Résultats du jeu-concours de la Chandeleur : bravo à @ninon_pk 🥞')).toEqual([]);
    expect(quiet('Contest results are in: congrats @maya_b, a year of spread is yours!')).toEqual([]);
    expect(quiet('Résultats du trimestre : des ventes en hausse.')).not.toEqual([]);
  });
});
