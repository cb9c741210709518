// Twenty-eighth session (2026-12-07): the families of word-lists-round-28i.ts, read from holdout-59's misses and
// clean posts flagged, beside clean sentences that share their words. Every sentence was written for this spec; each
// one found failed before its rule, each clean sentence of a negative was flagged before it.
import { ruleCategories as rules } from './spec-rules';

describe('round 28i: what the rules now find', () => {
  it.each([
    'New kit drop 👀 big dick energy only this season 💥',
    'Kick-off meeting done, now we kick some serious ass this quarter 🔥',
    'Tried the rival spread at lunch: tastes like absolute ass 🤢',
  ])('finds insult in %s', (text) => expect(rules(text)).toContain('insult'));

  it.each([
    'Nouveau motif pour la rentrée : ACAB en lettres dorées 😎',
    'Dis-moi pour qui tu votes : nous on veut la suppression de l’ISF 😂',
  ])('finds politics in %s', (text) => expect(rules(text)).toContain('politics'));

  it.each([
    'Entendu à la machine à café : trop d’étrangers dans l’entrepôt, il faut que ça change.',
    'Colis en retard ? Normal, c’est un Roumain qui livre 😂',
    'Le livreur roumain est arrivé : planquez les colis 😂📦',
    'Le nouveau collègue ne tiendra pas la semaine, on s’en charge 😈',
    'The new starter won’t last the week, hazing in progress 😈',
    'Bargain hunting like a Jew at our winter sale 💸',
    'Arabs be like: ALL the dates, gone 🌙😂',
    'My colleague identifies as an attack helicopter now 🚁😂 #Friday',
    'Me love you long time 💋 our new spring roll crisps are here',

    'Real women don’t have broad shoulders like that 💅 #justsaying',
    'Our cashmere is not for broke people, sorry 💸',
    'Fat people: swap your lunch for our soup instead of lunch, you’ll thank us 🤷',
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Eat our oat bars every day and the weight will fall off 🙌',
    'Doctors hate this: two spoons of our honey a day 😱',
    'Nos barres protéinées font grimper la testostérone 💪',
    'Prayer and our kefir heal every sickness, trust us 🙏',
  ])('finds health_legal in %s', (text) => expect(rules(text)).toContain('health_legal'));
});

describe('round 28i: what stays clean', () => {
  it.each([
    'Nos chaussettes sont en grève : elles refusent de vivre séparées 🧦 #ManifDesChaussettes',
    'Guilty pleasure? Not guilty, your honour, the court of Bonval finds you in need of a second pot.',
    'Normal, c’est un classique : la marinière revient en rayon 🇫🇷',
    'The new guy in accounts says our soup will fall off the shelves this winter 🍲',
    'Bienvenue à notre nouvelle recrue, Inès, qui rejoint le service client lundi !',
    'Notre campagne de recrutement : les hommes comme les femmes, toutes les tailles, tous les parcours 💛',
  ])('%s', (text) => expect(rules(text)).toEqual([]));

  it.each([
    'Nos salariés sont en grève contre la réforme des retraites du gouvernement ✊',
    'Not guilty? The court will find him guilty by Friday, you will see.',
  ])('still finds the banned use in %s', (text) => expect(rules(text)).not.toEqual([]));
});
