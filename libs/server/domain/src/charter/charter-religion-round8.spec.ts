// Religion, eighth round (2026-12-05, from hold-out 8, train-g and train-h): a deity or founder described mockingly,
// the creation story against the clock, a practice scorned as invented to make people feel guilty, the trope's
// riddle ("guess who runs the banks"), religious dress + being searched or hidden; and the idioms and venues that
// stay clean. Every sentence was written for this spec (none is taken from a corpus file).
import { defaultCharter } from './charter';
import { checkCharter } from './charter-check';

const base = defaultCharter();
const categories = (text: string) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, base)
    .filter((f) => f.rule !== 'category_model')
    .map((f) => f.category);
const has = (text: string) => categories(text).includes('religion');

describe('charter religion round 8: families found by the rules', () => {
  it.each([
    // a deity described mockingly: someone in the clouds
    'Prier un vieux barbu assis sur un nuage pour gagner au loto, chacun son truc.',
    'Tu parles encore à ton ami imaginaire dans le ciel ? Nous on parle à notre SAV.',
    'Asking an old bloke in the clouds for a pay rise? Try our budgeting app instead.',
    'Your sky daddy up in the sky won’t deliver by Friday. We will.',
    // a man from two thousand years ago, for whom a practice is kept
    'Se priver de viande le vendredi pour un mec d’il y a 2000 ans, non merci.',
    'No cake for forty days because of some guy from two thousand years ago? Pass.',
    // the creation story against the clock
    'Le monde créé en sept jours ? Notre chantier a pris plus longtemps, et il est réel.',
    'Genesis says the world was made in six days. Our delivery team does it in two 🚚',
    // a practice scorned as invented to make people feel guilty or obey
    'Le jeûne, un truc inventé pour culpabiliser ceux qui aiment manger.',
    'Confession is just a guilt trip dressed up in a robe.',
    // the trope's riddle for the group
    'Devinez qui contrôle les banques depuis des siècles 🤔',
    'Guess who controls the press in this country. Go on, guess.',
    // religious dress + being searched or hidden
    'Les clientes voilées passent au contrôle des sacs, consigne du magasin.',
    'Anyone wearing a hijab works off the shop floor from now on.',
    'Staff in turbans will be kept out of sight during the store visit.',
    'Une stagiaire voilée au comptoir ? Ça ne colle pas avec notre image.',
    // a saint called on for help, karma and charms doing what a god would
    'Sainte Rita, priez pour nous : le serveur est encore en panne.',
    'St Jude, help us find a parking space near the shop 🙏',
    'Le karma se vengera de ceux qui doublent dans la file 😇',
    'Karma will punish whoever took the last croissant.',
    'Accrochez un talisman au rétroviseur, ça protège du mauvais œil.',
    'Hang a hamsa: it protects you from the evil eye.',
  ])('%s', (text) => {
    expect(has(text)).toBe(true);
  });
});

describe('charter religion round 8: look-alikes stay clean', () => {
  it.each([
    'Notre chef a toujours la tête dans les nuages, mais ses éclairs sont parfaits.',
    'Un vieux monsieur nous a écrit pour dire merci : 50 ans qu’il achète nos galettes.',
    'Our lead designer is an old man in a hurry: the spring range is already done.',
    'Le jardin de nos grands-parents, il y a 2000 ans c’était déjà une forêt.',
    'La genèse de notre nouvelle collection en six jours de tournage, en vidéo.',
    'We built the world’s biggest sock in six days for the charity run 🧦',
    'Notre plat a été inventé pour les jours de pluie : gratin et fromage.',
    'Devinez qui fête ses 10 ans ce samedi ? Notre boutique de Lille 🎉',
    'Guess who is back in stock? Our fleece-lined boots.',
    'Nos sacs en toile passent au contrôle qualité avant chaque envoi.',
    'Roue voilée après le cross ? Nos vélos enfants ont une garantie de deux ans.',
    'Cette tarte tatin, c’est le petit Jésus en culotte de velours.',
    'Le stagiaire jure ses grands dieux que le gâteau est parti tout seul.',
    'Our stall is back at the church hall fair this Saturday, come say hi.',
    'Saint-Malo, on arrive ! Venez nous aider à monter le stand.',
    'Karma yoga class at 7am, then breakfast on the terrace.',
    'La Croix-Rouge récompensera ses bénévoles ce samedi avec un goûter.',
  ])('%s', (text) => {
    expect(has(text)).toBe(false);
  });
});
