// Religion, seventh round (2026-12-05, from the training sets train-a … train-f): belief in a miracle said
// mockingly, a practice scorned, scripture cited as authority, the Lord's Prayer, a blessing asked of a saint, clergy
// lecturing, the conspiracy trope without a name, theology and denominations, greetings in more spellings; and the
// figurative uses that stay clean. Every sentence was written for this spec (none is taken from a corpus file).
import { defaultCharter, mergeCharter } from './charter';
import { checkCharter } from './charter-check';

const base = defaultCharter();
const greetingsBlocked = mergeCharter({ categories: { ...base.categories, greetings: 'block' } });
const categories = (text: string, charter = base) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, charter)
    .filter((f) => f.rule !== 'category_model')
    .map((f) => f.category);
const has = (text: string, charter = base) => categories(text, charter).includes('religion');

describe('charter religion round 7: families found by the rules', () => {
  it.each([
    // belief + a miracle or myth told as a fact
    'Qui peut encore croire qu’un charpentier est ressuscité au bout de trois jours ? Nos soldes, elles, reviennent.',
    'Des adultes qui pensent qu’un serpent qui parle a tout gâché, on est en quelle année ?',
    'People still believe a man turned water into wine? Our cellar team would like a word.',
    'Les gens qui croient encore à la résurrection, vous êtes mignons.',
    'Our team lives by a 3,000-year-old rulebook written by goat herders, apparently.',
    // a practice + scorn
    'Le jeûne de Kippour, c’est d’un autre temps, vivez avec votre époque.',
    'Le pèlerinage, un vrai lavage de cerveau collectif, non ?',
    'Shabbat? Medieval rules for people who cannot think for themselves.',
    'Fasting for Ramadan is basically brainwashing with dates.',
    // a teacher of a faith + teaching
    'Comme nous l’enseigne l’apôtre Paul, l’amour est patient : nos livreurs aussi.',
    'As Saint Peter said, be patient. Your parcel is on its way.',
    'Colossians 3 says work heartily. So does our warehouse team.',
    // prayers, blessings asked of a saint
    'Que ton règne vienne, et nos promos avec !',
    'Give us this day our daily biscuit 🙏',
    'Que Notre-Dame vous protège pendant les fêtes, toute l’équipe.',
    'May Our Lady watch over your little ones this winter.',
    'Que saint Christophe vous protège sur la route des vacances.',
    'As the Prophet Muhammad (peace be upon him) taught, be fair in trade.',
    'Skipped dessert? Go to confession on Saturday and all is forgiven.',
    'Father Anselm blessed our new delivery vans this morning, nothing can go wrong now.',
    'L’abbé de la paroisse voisine a béni notre nouveau four.',
    'Noël, c’est la naissance du Sauveur, pas une histoire de cadeaux.',
    // clergy lecturing, pejoratives for believers, theology, denominations
    'Les abbés qui nous font la morale sur le sucre, merci bien.',
    'Vicars lecturing us about sugar again? Have a biscuit instead.',
    'Bible thumpers in the comments again, please take it elsewhere.',
    'Notre théologien maison vous explique pourquoi le beurre est un don du ciel.',
    'Catholicism is the only true path, come home.',
    // the trope without the group's name
    'Funny how a certain community always seems to own the media 🤔',
    'On sait tous qui tire les ficelles, suivez mon regard.',
    // creation against chance, the devil + a cue
    'The universe is not an accident, and neither is our recipe.',
    'Satan se cache dans vos bonbons d’Halloween, ouvrez les yeux.',
  ])('religion: %s', (text) => {
    expect(has(text)).toBe(true);
  });

  it.each([
    'Shubh Navratri à nos équipes de Bangalore',
    'Pessah Sameah à nos collègues de Tel-Aviv',
    'Chana tovah à tous nos partenaires !',
    'Bonne fête de la Pentecôte à nos équipes',
    'Happy Guru Purnima to our teams',
  ])('a greeting when the brand blocks greetings: %s', (text) => {
    expect(has(text, greetingsBlocked)).toBe(true);
    expect(has(text)).toBe(false);
  });
});

describe('charter religion round 7: look-alikes stay clean', () => {
  it.each([
    'Nos fans pensent que Max marche sur l’eau depuis sa victoire à Monza.',
    'Our fans think our driver walks on water after that pole lap.',
    'Ramadan : pas d’excuse pour rater nos offres de dattes du soir.',
    'Kosher and halal options available at every store, no nonsense.',
    'Selon Saint-Paul-de-Vence, notre boutique est la plus jolie du village.',
    'Our St Paul store says hello to the new autumn range.',
    'The same people who designed our socks also run the bakery next door.',
    'Les banques partenaires sont tenues par la loi de vous informer.',
    'Creator program: tell us about your universe and win a box.',
    'La messe est dite : le bonnet à pompon gagne le vote.',
    'Réunion en messe basse au service compta 🤫',
    'Une religieuse au chocolat ou un pet-de-nonne ? Le débat est lancé.',
    'Our new bible for busy parents: the size guide.',
    'This custard is almost religious. We check every batch religiously.',
    'Your prayers have been answered: the salted caramel tin is back.',
    'That final-lap lunge was a prayer, and it stuck.',
    'Paris, la Mecque du biscuit ? On y travaille.',
    'Le pape de la pâtisserie a goûté notre palet breton.',
    'Ce pull est diablement doux, il fait un froid du diable dehors.',
    'Devil’s advocate here: are socks better than slippers?',
    'Tête de moine et monk fruit : notre plateau de fêtes.',
    'Passover crackers are back in store, gluten-free and kosher.',
    'Pèlerinage gourmand : visitez nos douze boutiques en un week-end.',
    'Lent baking made easy: no nonsense, just good flour.',
    'Selon nos clients, c’est le meilleur flan de Paris.',
    'Happy Father’s Day! We are blessed to have dads like you in the team.',
    'Chez nous, la galette des rois est une religion.',
    'At our bakery, proper butter is a religion.',
    'Une bible de patrons de tricot à télécharger.',
    'Our head chef is a god in the kitchen.',
    'Father, husband, baker: Tom has blessed us with twenty years of croissants.',
    'Luke 2-1 win for the under-12s this weekend, well played.',
  ])('clean: %s', (text) => {
    expect(has(text)).toBe(false);
  });

  it.each(['Bon pont de l’Ascension à tous', 'Vacances de la Toussaint : nos magasins restent ouverts.'])(
    'a date, not a greeting, even when the brand blocks greetings: %s',
    (text) => {
      expect(has(text, greetingsBlocked)).toBe(false);
    },
  );
});
