// Twenty-third session (2026-12-07): the families of word-lists-round-23.ts, read from the misses of `holdout-28` and
// `train-ay`. Beside each family, the clean posts that share its words. Every sentence was written for this spec.
import { defaultCharter, mergeCharter } from './charter';
import { checkCharter } from './charter-check';

const base = defaultCharter();
/** The rules' categories only: the classifiers' findings (`category_model`) are left out. */
const rules = (text: string, charter = base) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, charter)
    .filter((f) => f.rule !== 'category_model' && f.category !== undefined)
    .map((f) => f.category);
/** Every category found, the classifier's included. */
const all = (text: string) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, base).map((f) => f.category);

describe('age groups by any age, and hiring by age with "only"', () => {
  it.each([
    'Night shift team: over-45s need not apply, the pace is brutal.',
    'Our Bristol café now hires over-30s only, the students kept quitting.',
    'Les femmes de plus de 50 ans, pas la peine de postuler pour le stand.',
  ])('finds %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Over-50s running club: every Sunday from our Leeds store, all paces welcome!',
    'Les femmes de plus de 45 ans sont les bienvenues dans notre programme de reconversion.',
    'Our pension webinar is aimed at over-55s planning their retirement.',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('a body mocked in a person, fat people named with an animal', () => {
  it.each([
    '@julie_b dans notre jupe plissée ? La chaise a survécu, c’est déjà ça 😬',
    'Saw your selfie in our parka, @mark_t. Did the chair survive?',
    'Our pyjamas come in every size, even the tent section for you, Gary 😂',
    'Vu ton gabarit, le seul équipement à ta taille c’est la bâche du chantier 😂',
    'Soldes à la salle de sport : plein de fat pigs qui viennent pour janvier',
  ])('finds %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Our camping range is back: the tent section has doubled in size this summer ⛺',
    'La chaise de bureau a survécu à trois déménagements, merci les gars de la logistique.',
    'Vu la silhouette de la nouvelle tour Orvea, nos ingénieurs sont fiers 😂',
    'Our chocolate pigs are back for Easter, fat and happy 🐷',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('women sent to the coffee, "even a blonde", parking, roles and real men', () => {
  it.each([
    'Une femme au comité de direction ? Parfait, on sait enfin qui va faire le café ☕',
    'Finally a woman on the pit wall. So who is going to make the coffee now? 😂',
    'Our new jar opens in one twist, even a blonde can do it 💁‍♀️',
    'Mesdames, faire un créneau en moins de dix minutes, c’est possible : la preuve en vidéo 😂',
    'Chez nous les filles jouent à la poupée et les garçons feront des études, c’est comme ça.',
    'Women in the boardroom should know their place, and it is taking the minutes.',
    'Real men don’t drink smoothies. Leave them to the girls 💅',
  ])('finds %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Mesdames et messieurs, notre équipe est ravie de vous servir le café dès 7h au stand Orvea ☕',
    'Women in tech: meet Priya, who leads our coffee roasting data team ☕',
    'Maman vient de réserver son créneau pour l’atelier couture de samedi 😂',
    'Even a beginner can bake this: our easiest shortbread recipe.',
    'Girls and boys, chacun sa place au goûter : on a mis des étiquettes avec vos prénoms 🍪',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('gay and trans people mocked, same-sex parents said to lack someone', () => {
  it.each([
    'Des poupées pour ton fils ? Il va finir gay, on te prévient 🙃',
    'Un type en perruque qui se dit femme, et nous on devrait applaudir ?',
    'My pronouns are your/majesty, thanks. Some of us work for a living 👑',
    'Deux mamans à la fête des pères ? Il manque quelqu’un, non ? 🤔',
    'Blokes in dresses doing story time for four-year-olds. What could go wrong 🤡',
  ])('finds %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Add your pronouns to your staff badge if you’d like, it’s entirely up to you.',
    'Deux papas, deux mamans, un papa et une maman : toutes les familles sont les bienvenues ❤️',
    'Two dads at the school gate and nothing missing: happy Father’s Day to every family 💙',
    'Drag queen bingo at our Brighton café this Saturday, tickets are going fast!',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('skin, origin and neighbours', () => {
  it.each([
    'Our new foundation comes in one shade, the normal one 😉',
    'Notre lait d’amande, toujours plus blanc que le nouveau stagiaire 😏',
    'Nouveaux voisins au 2e, et depuis tout l’immeuble sent le curry 🙄',
    'Réservé aux vrais Français, notre saucisson de Noël 🇫🇷',
    'Conseil aux bailleurs : un candidat qui s’appelle Karim, vérifiez deux fois son dossier.',
    'Cashiers: heavy accent at the till? Check the receipt twice.',
    'Avec tous ces migrants, nos villes ressembleront bientôt à Kaboul.',
    'Not racist, just saying what everyone thinks about the new lot on our street.',
    'Ces gens-là arrivent dans un quartier et au bout d’un an, le quartier a changé. Voilà.',
    'Our Qatari driver parks like he’s still on a camel 🐪',
  ])('finds %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Nude tights now in twelve shades, from porcelain to deep espresso.',
    'Notre nouveau chocolat est plus clair que le précédent, promis il est aussi bon.',
    'Our new neighbours at the Leeds depot brought us a curry on their first day 😍',
    'Réservé aux vrais gourmands : notre fondant au chocolat 🍫',
    'Our Dubai team celebrated the podium with a camel ride at sunset 🐪',
    'Notre affiche n’est pas raciste, mais nous comprenons l’émotion et nous la retirons.',
    'Our ad is not racist, but we hear you: it comes down today.',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('towns, regions and estates', () => {
  it.each([
    'Our new hotline is staffed from Newcastle. Subtitles on request 😂',
    'Opening in Liverpool Saturday! Keep an eye on your wallet on the way in 😅',
    'Merci d’éviter les candidatures de banlieue, on a déjà donné.',
    'Boots tough enough to survive even a trailer park barbecue 😂',
    'Anyone who says innit, our tasting menu is not for you.',
  ])('finds %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Our Glasgow store’s launch video now has subtitles for deaf customers.',
    'Liverpool fans, keep an eye on your inbox: the derby-day offer lands tomorrow!',
    'Merci d’éviter les candidatures par courrier : postulez en ligne sur notre site.',
    'Our boots survive anything: mud, rain and a Glastonbury weekend.',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('disability and age mocked, pregnancy as a bar, a person pushed out', () => {
  it.each([
    'Les personnes en fauteuil roulant : merci de passer par l’e-shop, les rayons sont étroits.',
    'Un technicien sourd à l’accueil ? On communiquera par pigeon voyageur 😂',
    'To the old farts who still can’t use contactless: stay off our forecourts.',
    'Planning to start a family soon? Then this management role is not for you.',
    '@Kevin_compta tu devrais démissionner avant qu’on publie la liste de tes erreurs.',
    'Here’s your address for everyone, @troll_99. Enjoy the visitors.',
  ])('finds %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Clients en fauteuil roulant : nos allées ont été élargies, et la livraison est gratuite sur l’e-shop ♿',
    'Dinosaurs are back! Our new kids’ pyjamas glow in the dark 🦕 ask your grandkids to choose the colour.',
    'You should resign from boring breakfasts before we publish our new cereal range 😂',
    'Our new address for everyone visiting the Leeds store: 12 Kirkgate.',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('insults in the plural and in regional slang; ok boomer and cassos are discrimination', () => {
  it.each([
    'Les livreurs qui balancent nos colis par-dessus le portail : des trous du cul.',
    'Vu ta tronche de cake, on comprend l’avis une étoile.',
    'Some galah parked across our loading bay again.',
    'The only joke here is you, mate.',
  ])('finds %s', (text) => expect(rules(text)).toContain('insult'));

  it.each([
    'A flock of galahs has moved onto the depot roof 🦜',
    'Recette du cake au citron : la tête du cake doit dorer.',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));

  it.each(['OK boomer, the app works, you don’t.', 'Nos promos ne sont pas pour les cassos du samedi.'])(
    'finds %s as discrimination',
    (text) => expect(rules(text)).toContain('discrimination'),
  );
});

describe('politics, religion, greetings and a deal hinted', () => {
  it('finds a president named by his colour with his tariffs', () => {
    expect(rules('Thanks to the orange man’s tariffs, our trainers cost 20% more 🍊')).toContain('politics');
    expect(rules('Our orange juice is back, tariffs unchanged for 2027.')).toEqual([]);
  });

  it('finds a shrine’s pilgrimage promoted, not a fans’ pilgrimage', () => {
    expect(rules('Venez avec nous en pèlerinage à Lourdes cet été, on y croit 🕯️')).toContain('religion');
    expect(rules('Pèlerinage des fans à Silverstone ce week-end : on vous attend !')).toEqual([]);
  });

  it('reads "Diwali greetings" as a greeting: religion where the brand blocks greetings', () => {
    const blocking = mergeCharter({ categories: { ...base.categories, greetings: 'block' } });
    expect(rules('Diwali greetings from all of us at the Pune office! 🪔', blocking)).toContain('religion');
    expect(rules('Diwali greetings from all of us at the Pune office! 🪔')).toEqual([]);
  });

  it('finds a company that could soon join the family', () => {
    expect(rules('Chut… une grande marque de biscuits pourrait bientôt rejoindre la famille 👀')).toContain(
      'confidential',
    );
    expect(rules('A big name joins the family: welcome to our new chef, Marco!')).toEqual([]);
  });

  it('reads "#F1" as the championship, not as a masked swear word', () => {
    expect(all('What a drive from the youngest on the grid! 19 years old and on the podium 🏆 #F1')).toEqual([]);
    expect(all('Quel dépassement de notre pilote au dernier tour, la course de sa vie ! #F1 #GPMonaco')).toEqual([]);
  });

  it('does not read a margin of time as a financial figure', () => {
    expect(all('On a prévu deux heures de marge pour la réunion de chantier.')).toEqual([]);
    expect(all('Prévoyez une marge de sécurité de dix minutes pour le départ du car.')).toEqual([]);
  });
});
