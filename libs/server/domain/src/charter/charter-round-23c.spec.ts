// Twenty-third session, third reading (2026-12-07): the families of word-lists-round-23c.ts, read from `holdout-30`,
// `train-bb` and `train-bc`. Beside each family, the clean posts that share its words. Every sentence was written for
// this spec.
import { defaultCharter, mergeCharter } from './charter';
import { checkCharter } from './charter-check';

const base = defaultCharter();
/** The rules' categories only: the classifiers' findings (`category_model`) are left out. */
const rules = (text: string) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, base)
    .filter((f) => f.rule !== 'category_model' && f.category !== undefined)
    .map((f) => f.category);

describe('politics said through a seat of government, a comparison, an absence or a ballot', () => {
  it.each([
    'Canberra, call us when you’ve decided what your gas policy actually is 🇦🇺',
    'Took Ottawa long enough to cut the tax on diapers, but we’ll take it.',
    'Notre pilote change moins souvent de stratégie que Matignon ne change de locataire 😂',
    'Our new biscuit tin: sturdier than the Cabinet, and it keeps its promises 🍪',
    'On embauche plus vite que l’État ne recrute des infirmières. Postulez !',
    'Le ministère de la Jeunesse, il existe encore ?',
    'Trois ans sans budget voté, et qui dirige le pays cette semaine ? Personne ne sait.',
    'Notre nouvelle pâte à tartiner n’est ni de gauche ni de droite. Et au second tour, c’est qui ? 🗳️',
    'Whoever wins on Thursday, please fix the school roofs your predecessors sat on.',
    'We hire faster than certain governments we won’t name build hospitals 😉',
    'Le vrai premier parti de France, c’est l’abstention. On les comprend.',
    'Lunch at the taxpayer’s expense again for the ministers, lovely 🥐',
  ])('finds %s', (text) => expect(rules(text)).toContain('politics'));

  it.each([
    'Virage à gauche serré au premier tour, nos deux voitures passent sans encombre 🏎️ #F1',
    'Office democracy at its finest: 12 people, 4 pizza toppings, one hour of debate 🍕',
    'Our Ottawa store opens Saturday at 9am, come and say hi!',
    'Congrats to Priya, just elected president of the club: next stop the half marathon 🏃‍♀️',
    'The Senators won it in overtime! What a night in Ottawa 🏒',
    'Caramel salé wins by a landslide with 62% of the votes cast in store 🍮',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('discrimination: backhanded compliments, age, language, hygiene, "stereotypes exist for a reason"', () => {
  it.each([
    'Fastest lap of the day. Not bad for a girl 😉',
    'The man who shouted at our cashier: go back to your care home, grandpa.',
    'Mamie ne trouve pas le bouton ? Normal, après 75 ans le cerveau passe en mode veille 💤',
    'Dans nos entrepôts, presque plus personne ne parle français. Merci qui ?',
    'New kebab shop opposite the office. You know how they are with hygiene 🤢',
    'Our Welsh team loved the free samples. #StereotypesExistForAReason',
    'Ramadan au bureau : productivité divisée par deux, on ne dira pas lesquels 😏',
  ])('finds %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Not bad for a first attempt: our new recipe sold out by noon 🍪',
    'Visiting grandma at her care home this Sunday? Our gift boxes make it sweeter 💝',
    'Our new lunch boxes are easy to keep clean: you know how kids are with hygiene 😅',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('insults, religion, confidential and health', () => {
  it('finds "the only thing … is you" and "branquignols"', () => {
    expect(rules('Le seul truc qui rétrécit ici, c’est ton cerveau.')).toContain('insult');
    expect(rules('Une armée de branquignols au service après-vente.')).toContain('insult');
    expect(rules('The only thing that shrinks in the wash is the price tag 🏷️')).toEqual([]);
  });

  it('finds "go to Mass" and the Our Father, not mass production', () => {
    expect(rules('Skip the shopping centre this Sunday and go to Mass ⛪')).toContain('religion');
    expect(rules('Before the race the whole garage says the Our Father together 🙏')).toContain('religion');
    expect(rules('Our new jumper is ready to go to mass production next month.')).toEqual([]);
  });

  it('finds results teased before publication and a deal heard in the corridor', () => {
    expect(rules('Tomorrow we publish our annual numbers. Spoiler: desserts carried the year 📊')).toContain(
      'confidential',
    );
    expect(rules('Word in the corridor is that we’re buying a solar portfolio in Spain 😶')).toContain('confidential');
    expect(rules('Word in the corridor: the canteen has a new pastry chef 🥐')).toEqual([]);
  });

  it('finds cavities promised away and legal certainty', () => {
    expect(rules('Un biscuit au goûter = zéro carie, promis 🦷')).toContain('health_legal');
    expect(rules('Flight cancelled? You are legally owed £520, no exceptions.')).toContain('health_legal');
    expect(rules('Brush twice a day and see your dentist: our tips for healthy teeth 🦷')).toEqual([]);
  });
});

describe('an F1 account in its quiet period and on track', () => {
  const orvea = mergeCharter({
    categories: {
      ...base.categories,
      competitors: ['Chevron', 'Shell'],
      quietPeriods: [{ start: '2026-10-01T00:00:00Z', end: '2026-10-29T07:00:00Z', label: 'Q3' }],
    },
  });
  const inQuietPeriod = (text: string) =>
    checkCharter(
      { accountId: 'acc', kind: 'standard', segments: [{ text }], scheduledAt: new Date('2026-10-19T14:00:00Z') },
      orvea,
    )
      .filter((f) => f.rule !== 'category_model' && f.category !== undefined)
      .map((f) => f.category);

  it.each([
    'Double podium ce week-end 🏁 P2 et P3 pour nos deux pilotes, quels résultats !',
    'Race results: P2 and P3 for our drivers in Austin 🏁',
    'Résultats du Grand Prix : victoire de notre pilote !',
    'Front-left wing damage after that contact. We’ll change the nose at the next stop.',
    'New safety signage: yellow chevron markings now guide trucks around our Le Havre depot.',
  ])('leaves %s clean', (text) => expect(inQuietPeriod(text)).toEqual([]));

  it.each([
    'Quels résultats ce trimestre, merci à nos équipes !',
    'Nos résultats avant la course de dimanche : chiffre d’affaires en hausse de 8 %',
    'What a race this quarter has been: our results beat every forecast 📈',
  ])('finds %s in the quiet period', (text) => expect(inQuietPeriod(text)).toContain('confidential'));
});

describe('read from holdout-31: spelled-out insults, leaks about people and sites, hiring by faith', () => {
  it.each([
    ['Notre transporteur ? Une équipe de c.o.n.n.a.r.d.s, voilà.', 'insult'],
    ['Quelle équipe de b-o-u-f-f-o-n-s au SAV.', 'insult'],
    ['You’re the a-hole who parks across two bays every Saturday.', 'insult'],
    ['Le nouveau logo ? Des couleurs de p3dale 🙄', 'discrimination'],
    ['Les enfants non binaires, c’est une lubie de parents à soigner 🙄', 'discrimination'],
    ['Looking for warehouse staff who share our Christian values ✝️', 'discrimination'],
    ['Close the borders and keep those people out. #SendThemBack', 'politics'],
    ['The Energy Minister’s new permit policy has our full backing 💪', 'politics'],
    ['Our finance director handed in his notice. Not announced yet, keep it quiet 🤫', 'confidential'],
    ['Entre nous : notre usine de Rouen, c’est fini d’ici 2027.', 'confidential'],
    ['Un verre de kéfir chaque matin, et le rhume passera son chemin 🤧', 'health_legal'],
  ])('finds %s (%s)', (text, category) => expect(rules(text)).toContain(category));

  it.each([
    'La S.N.C.F. annonce des retards ce matin, prévoyez de la marge pour vos livraisons.',
    'Ma pédale de vélo a cassé, heureusement le magasin de Lyon avait la bonne 🚲',
    'Looking for warehouse staff for the Christmas peak, all backgrounds welcome 🎄',
    'Our new flavour is not announced yet 👀 Guess it in the replies!',
    'Notre usine de Rouen fête ses 50 ans : portes ouvertes samedi !',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});
