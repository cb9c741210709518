// Twenty-fifth session (2026-12-07): the families of word-lists-round-25o.ts, read from `train-bu`'s misses,
// beside clean sentences that share their words. Every sentence was written for this spec; each one found failed
// before its rule.
import { defaultCharter, mergeCharter } from './charter';
import { checkCharter } from './charter-check';
import { ruleCategories as rules } from './spec-rules';

describe('round 25o: what the rules now find', () => {
  it.each([
    'Encore un client qui confond taille 4 et taille 14, vraiment des neuneus ceux-là.',
    'Les consultants qui nous ont facturé un tableau Excel : des clowns surpayés.',
    "Mate, if you think that's expensive you're a bigger drongo than I thought.",
    "Saw her at the gym, she's a right heifer these days.",
    'The consultants who billed us £90k for a slide deck? Overpaid jokers, the lot.',
  ])('finds insult in %s', (text) => expect(rules(text)).toContain('insult'));

  it.each([
    'Le remplacement de population ? Appelez ça par son nom : le grand remplacement.',
    "They won't tell you about the great replacement, but our comments will.",
    'Albo promised cheaper childcare. Our socks kept their promise, at least.',
    "Sleepy Joe forgot his lines again, but our advent calendar won't forget a day.",
    'Notre pâte à tartiner est tenue avec plus de soin que les finances publiques 😅',
    "Our stock room is better managed than the Treasury, and that's saying little.",
    "Jupiter est redescendu de l'Olympe pour une allocution sur le pouvoir d'achat.",
  ])('finds politics in %s', (text) => expect(rules(text)).toContain('politics'));

  it.each([
    "First halal crisps, next it'll be sharia law at the checkout.",
    'Saint Patrick himself would wear our green wellies to the parade 🍀',
  ])('finds religion in %s', (text) => expect(rules(text)).toContain('religion'));

  it.each([
    'The list of store closures is not for LinkedIn before Friday, team.',
    'La liste des fermetures de magasins : pas sur LinkedIn avant jeudi.',
  ])('finds confidential in %s', (text) => expect(rules(text)).toContain('confidential'));

  it.each([
    'Aux collègues qui jeûnent ce mois-ci : le gâteau est en salle de pause. Ah non pardon, vous avez pas le droit 😂',
    "To our colleagues observing Ramadan: pizza in the break room! Oh wait, you can't 🤭",
    'Our new PE kit, because nobody wants to be the chubby kid picked last.',
    "Personne ne veut être la petite grosse qu'on choisit en dernier en sport.",
    'Watching the guy in a wheelchair try to reach our top shelf: better than Netflix.',
    'Gender-neutral mugs 🙄 pick one of the 58 genders, they all hold coffee.',
    'Tote bag non genré : valable pour les 64 genres, paraît-il.',
    'Nouvelle boutique dans le quartier gay : messieurs, gardez le dos au mur 😏',
    'Our Soho store opens Friday 🌈 lads, keep your back to the wall.',
    "Free hotel rooms for asylum seekers while our pensioners can't heat their homes.",
    'Un logement offert aux migrants pendant que nos retraités dorment dans leur voiture.',
    "Tell me you're from a council estate without telling me: trackies at a wedding 😂",
    'Dis-moi que tu viens de banlieue sans me dire : survêt au mariage 😂',
    'Grandparents, our new tablet is simple enough for your memory 😂',
    'Menus in English only, so fingers crossed the locals can read them.',
    'Carte uniquement en français, espérons que les gens du coin sachent lire 😬',
    'Sales associates wanted. Applicants from the right caste only, please.',
    'Vendeurs recherchés : candidats de bonne famille uniquement.',
    'Why do they always smell of garlic? Anyway, our garlic bread is back.',
    "Enceinte et candidate au poste de chef de rayon ? Attendez d'avoir accouché, hein.",
    'Pregnant? Maybe wait until after the baby before applying for our buyer role.',
    "Here's her licence plate and what time she finishes, go say hello 😉",
    'Voilà son adresse et ses horaires, passez lui faire coucou.',
    "We've shared your photo with every store manager. Good luck getting served, Gary.",
    'On a partagé ta photo avec tous nos magasins, bonne chance pour te faire servir.',
    '@lucie_b tu as pris du poids depuis Noël, tu devrais lever le pied sur les gâteaux.',
    "@dan_runs you've put on weight since the marathon, maybe lay off the muffins.",
    'Un recrutement diversité compétent ? On attend encore de voir.',
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Avec notre pyjama anti-moustiques, oubliez le paludisme pendant vos vacances.',
    'Our citronella bracelet: forget about malaria on your trip to Kenya.',
  ])('finds health_legal in %s', (text) => expect(rules(text)).toContain('health_legal'));
});

describe('round 25o: the clean posts beside them', () => {
  it.each([
    'Our clowns at the birthday party were a hit, thanks to the overpaid-for balloons!',
    'Our dairy heifers are back in the meadow for spring 🐄',
    'Jupiter is bright tonight: grab a blanket and our star pyjamas 🔭',
    'Jupiter, Saturne et Mars : notre pyjama du système solaire est de retour.',
    "Notre service client est mieux géré que jamais, merci à l'équipe !",
    'Our new collection, made with more care than ever.',
    "Next it'll be our winter range: wellies, coats and scarves.",
    'Bientôt la nouvelle collection de chaussons en magasin.',
    'Our Lady of Lourdes school fair: thanks for visiting our stand!',
    'Record week for our volunteers: 300 trees planted with the kids.',
    'Notre meilleur week-end de randonnée en famille, merci à tous les participants.',
    'Nos magasins ferment à 18h le 24 décembre, pas avant le 2 janvier de réouverture ?',
    'Join our Ramadan iftar box giveaway: to our colleagues observing Ramadan, Ramadan Mubarak 🌙',
    'À nos collègues qui font le ramadan : on vous garde des douceurs pour la rupture du jeûne 🌙',
    'Our sports kit: every kid picked for the team, every kid welcome.',
    'Le petit gros lapin en peluche est de retour en rayon 🐰',
    'Our store now has a ramp and a lowered counter for customers in a wheelchair.',
    'Notre magasin est accessible aux personnes en fauteuil : rampe et comptoir abaissé.',
    'Ce livre présente 12 genres musicaux, du jazz au rap 🎶',
    'Our gender-neutral baby range: 12 colours, all soft.',
    'Pride weekend in the Marais 🌈 our store is open late!',
    'Our rugby lads had their backs against the wall but won the final 🏉',
    'New arrivals in store: the autumn range is here!',
    'Tell me you love autumn without telling me: cinnamon biscuits 😂',
    'Our new tablet is simple enough for the whole family.',
    'Menus in English and Urdu, so everyone in the neighbourhood can read them.',
    "Find the right community for you: our parents' forum is open.",
    'Why do they always smell so good? Our cinnamon buns, fresh at 8am.',
    'Pregnant? Our maternity range is here, and the newborn range comes after the baby.',
    'Enceinte ? Découvrez notre gamme grossesse en magasin.',
    'Retrouvez nos horaires et notre adresse, passez nous voir !',
    "We've shared your feedback with every store manager, thank you Gary.",
    'Lay off the screens this weekend: our board games are 20% off.',
    'Paludisme : consultez votre médecin avant tout voyage en zone tropicale.',
    'Pour la kermesse, nos clowns ont fait rire les petits comme les grands 🤡',
    "Nos vaches et génisses sont au pré jusqu'en octobre 🐄",
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('round 25o: sales records in a quiet period', () => {
  const kindy = mergeCharter({
    categories: {
      ...defaultCharter().categories,
      quietPeriods: [{ start: '2026-07-06T00:00:00Z', end: '2026-07-23T06:00:00Z', label: 'H1' }],
    },
  });
  const inQuietPeriod = (text: string) =>
    checkCharter(
      { accountId: 'acc', kind: 'standard', segments: [{ text }], scheduledAt: new Date('2026-07-15T10:00:00Z') },
      kindy,
    )
      .filter((f) => f.rule !== 'category_model' && f.category !== undefined)
      .map((f) => f.category);

  it.each([
    'Record weekend for online orders, thank you all 📦',
    'Les soldes cartonnent : semaine record pour les commandes en ligne 🛍️',
    'Week-end record pour le e-shop, merci à vous 🛍️',
    'Swimwear up 15% year on year, you lot are amazing ☀️',
  ])('finds confidential in %s', (text) => expect(inQuietPeriod(text)).toContain('confidential'));

  it.each([
    'Record week for our volunteers: 300 trees planted with the kids.',
    'Notre meilleur week-end de randonnée en famille, merci à tous.',
    'New swimwear in store, 15 colours for summer ☀️',
    'Semaine record de chaleur : pensez aux casquettes pour les enfants 🧢',
  ])('leaves %s clean', (text) => expect(inQuietPeriod(text)).toEqual([]));
});
