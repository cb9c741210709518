// Round 10 (word-lists-discrimination-10.ts, word-lists-health-10.ts): hiring by age, sex or family status, a
// pile-on, a complaining customer's photo passed round, a body pointed at with an emoji; prevention and testimony
// as health claims, many more conditions, weight loss said plainly, a weight within a time, an authority's approval.
// Each family beside clean sentences that share its words. Every sentence was written for this spec.
import { defaultCharter } from './charter';
import { checkCharter } from './charter-check';

const base = defaultCharter();
/** The rules' categories only: the classifiers' findings (`category_model`) are left out. */
const categories = (text: string) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, base)
    .filter((f) => f.rule !== 'category_model' && f.category !== undefined)
    .map((f) => f.category);

describe('charter round 10: discrimination and harassment', () => {
  it.each([
    'Candidatures des plus de 45 ans non retenues.',
    'Les candidats de plus de 50 ans ne seront pas étudiés, merci de votre compréhension.',
    'Applicants over 55 will not be shortlisted.',
    'On préfère des candidats masculins pour ce poste de technicien.',
    'We prefer male applicants for this internship, the site is remote.',
    'Apprentissage en boutique : idéalement célibataire et sans enfants, dispo le week-end.',
    "Allez tous lui dire ce que vous pensez de son avis jusqu'à ce qu'elle ferme son compte.",
    'Go tell him what you think of his review until he deletes his account.',
    "Voici la photo de la cliente qui s'est plainte hier, faites tourner.",
    'Here is the photo of the customer who complained about our pies, have a laugh at it.',
    'Regardez la tête de cette cliente 🤢',
    'Look at the size of that guy in the queue 🐋',
    'Les vieux et les smartphones, une tragédie en trois actes.',
    'Old people and self-checkouts: a tragedy in three acts.',
    'On nous a demandé si le gérant était juif, vu les prix 😂 non, juste radin !',
    'Ramadan is just an excuse to work less, if you ask our team leader.',
    'Le mariage, c’est entre un homme et une femme, point final.',
    'Women drivers on the grid this weekend, the marshals have the extinguishers ready 🧯',
    'Casting pour la pub de Noël : pas d’enfants noirs ou asiatiques, on veut une image classique.',
    'Les enfants enrobés ? Désolés, on ne vend pas de tentes.',
    'Biscuits minis pour les fatties qui culpabilisent 😂',
    'Our pyjamas are so easy even a senile granny could put them on.',
    'Des cookies pour tout le monde, sauf pour les Roms qui les piquent au marché.',
    '@lea_avis ferme ton compte et disparais, personne ne lit tes critiques.',
    'Found your address on the order form 😊 fancy us popping round to chat about your review?',
    'Notre ancienne ambassadrice a pris trop de poids, faudrait qu’elle lâche les desserts.',
  ])('finds %s', (text) => expect(categories(text)).toContain('discrimination'));

  it.each([
    "Candidatures de plus de 50 ans bienvenues, l'expérience compte !",
    'Applicants over 50 are very welcome in our stores.',
    'Les candidatures de plus de 2 pages ne seront pas lues, soyez concis.',
    "Applications over 2 pages won't be read, keep it short.",
    'We prefer candidates with a driving licence for this job.',
    'Idéalement, vous avez un premier stage en boutique. Poste en CDI.',
    'Allez lui dire bravo, elle a gagné le concours !',
    'Your data is kept until you delete your account.',
    'Voici la photo de la cliente gagnante du concours, partagez !',
    'Here is the photo of the customer who won our contest, share it everywhere!',
    'Regardez la tête de notre chat devant son nouveau panier 🐷',
    'Look at the size of that cake 🐋',
    'Old people deserve respect and great service.',
    'Le ramadan commence ce soir : la boutique ferme plus tard pour les ruptures du jeûne.',
    'Pendant le carême, nos biscuits sans beurre sont une bonne excuse pour un goûter léger.',
    'Marriage is between two people who love each other: congrats to all our newlyweds!',
    'Women drivers at the F1 Academy this weekend, good luck to all of them! 😂🏁',
    'Casting pour notre pub : toutes les familles, noires, blanches, asiatiques, bienvenues !',
    'Catalogue shoot: no white backgrounds this season, we are going colourful.',
    'Shoot photo : pas de vêtements noirs, on veut de la couleur.',
    'Les scouts partent camper : on ne vend pas de tentes, mais nos chaussettes chaudes sont prêtes !',
    "We're buying the kit for the women's cricket club, and our staff run the cake tent.",
    'Senile dementia research: our foundation funds three new studies.',
    'Votre commande arrive : on passe chez vous entre 14 h et 16 h.',
    'Fat Tuesday pancakes are back in store.',
    'Un mariage entre un homme et une femme, et bientôt un bébé : félicitations à Julie !',
    'Marriage between a man and a woman, two men or two women: our wedding range fits all.',
  ])('leaves %s', (text) => expect(categories(text)).not.toContain('discrimination'));
});

describe('charter round 10: health claims', () => {
  it.each([
    'Perdez du poids avec nos leggings gainants.',
    'Lose weight fast with our new leggings.',
    'Nos leggings brûle-graisses sont arrivés.',
    'Approuvé par la FDA : notre complément booste vos défenses.',
    'FDA approved and gentle on tummies.',
    'Notre miel renforce vos défenses naturelles.',
    'Avec nos semelles, vos enfants n’auront jamais de scoliose.',
    'With our insoles your children will never get scoliosis.',
    "Mon fils n'a plus jamais eu d'otite depuis qu'il porte nos bonnets.",
    "My son hasn't had an ear infection since he started wearing our hats.",
    '-5 kg en 2 semaines avec notre programme smoothie.',
    '3 lbs in a week with our shake, no gym needed.',
    'Our oat biscuits help soothe acid reflux after dinner.',
    'Coupe-faim naturel : deux gélules avant chaque repas, perte de poids assurée.',
    'Arrêtez vos statines, trois gousses d’ail par jour font le même travail pour le cholestérol.',
    'Throw away your glasses: eye yoga restores perfect sight in 30 days.',
    'Our ventilation turns your home into a barrier against flu.',
    'The shop copying our prints is guilty of counterfeiting and will be convicted.',
    'Sale items: you have no rights whatsoever, the law bans any refund.',
  ])('finds %s', (text) => expect(categories(text)).toContain('health_legal'));

  it.each([
    'Pas besoin de perdre du poids pour porter nos maillots : toutes les tailles sont là !',
    'No need to lose weight to rock our swimsuits, every size is here.',
    "Notre pédiatre invitée parle de la scoliose chez l'ado dans notre podcast.",
    'Plus jamais de chaussettes dépareillées grâce à nos packs de 5 !',
    'No more odd socks thanks to our 5-packs!',
    'Nous avons livré 500 kg de biscuits en 2 semaines pour la banque alimentaire.',
    "Depuis qu'il porte nos pyjamas dinosaures, il va se coucher sans discuter 🦕",
    "Il n'a plus jamais eu froid aux pieds depuis qu'il porte nos chaussettes en laine.",
    'Vos défenses sont impressionnantes : bravo à l’équipe de hockey que nous sponsorisons !',
    'Cabines élargies, miroirs sans effet amincissant : essayer un maillot ne devrait stresser personne.',
    'Octobre rose : nous soutenons la lutte contre le cancer du sein.',
    'Collecte de fonds pour la recherche contre la mucoviscidose : merci à tous !',
    'Jetez vos lunettes de soleil cassées dans le bac de recyclage du magasin.',
    'Arrêtez votre abonnement quand vous voulez depuis votre compte.',
    'Victoire assurée pour les Bleus ce soir ? Allez la France !',
    'Des kilos de bonbons disparaissent chaque Halloween au bureau.',
  ])('leaves %s', (text) => expect(categories(text)).not.toContain('health_legal'));
});

describe('charter round 10: market-sensitive figures', () => {
  it.each([
    'Nos chaussettes nous coûtent 1,10 € à produire et partent à 7,90 €.',
    'Notre marge sur les biscuits est de 62 % cette année.',
    'Gross margin of 58% on the new range, not bad at all.',
    "La trésorerie n'a jamais été aussi solide, 2027 s'annonce bien.",
    'Our cash position has never looked healthier.',
    'Une marque de confitures va rejoindre la famille Bonval, signature prévue le 12.',
    'A jam brand is about to join the family, signing is on the 12th.',
    "Les chiffres du trimestre sont mauvais, on attend avant d'annoncer quoi que ce soit.",
    'Third-quarter sales are down 8%, and we are waiting a while before announcing anything.',
  ])('finds %s', (text) => expect(categories(text)).toContain('confidential'));

  it.each([
    'Bienvenue à Léa qui rejoint la famille Kindy ! On croise les doigts pour son premier marathon.',
    'On rogne sur nos marges pour vous offrir -30 % ce week-end.',
    'Ce pull nous coûte un peu plus cher à produire en France, et on en est fiers.',
    "Marge de manœuvre : on vous laisse 30 jours pour changer d'avis.",
    "On attend avant d'annoncer le gagnant du concours : suspense jusqu'à dimanche !",
    'Our gift cards never looked better: new designs at the till.',
  ])('leaves %s', (text) => expect(categories(text)).not.toContain('confidential'));
});

describe('charter round 10: insults without a swear word', () => {
  it.each([
    'Même les grosses vaches du service compta adorent notre nouvelle pâte à tartiner.',
    "@marc_b on vous a répondu trois fois, you're just being thick now.",
    'To the man who shouted at our cashier: you are a pathetic excuse for a neighbour.',
    'La DSI a encore planté la messagerie. Bravo les manches.',
    'Godverdomme, quelle saison pour nos spéculoos !',
  ])('finds %s', (text) => expect(categories(text)).toContain('insult'));

  it.each([
    'Regardez ces larves de coccinelle dans notre jardin pédagogique 🐞',
    'Stop acting like a kid and grab a biscuit!',
    'Saumon sauvage fumé au bois de hêtre, nouveauté de la semaine.',
    'Thick socks for thin wallets: three pairs for 10 €.',
  ])('leaves %s', (text) => expect(categories(text)).not.toContain('insult'));
});

describe('charter round 10: religion said through scripture, prayer and mockery', () => {
  it.each([
    'Comme dit l’Ecclésiaste, il y a un temps pour tout : un temps pour nos sablés.',
    'As the good book says, ask and you shall receive: so ask for our new biscuits.',
    'Donne-nous aujourd’hui notre croissant quotidien 🙏',
    'Our Lady watches over every tin of our shortbread.',
    'Halloween is a satanic feast, keep your children away from it.',
    'La résurrection, franchement, qui y croit encore ?',
    'Relics are just medieval marketing, it was all made up.',
    'Halal certified at last: a good reason to convert 😉',
  ])('finds %s', (text) => expect(categories(text)).toContain('religion'));

  it.each([
    'Notre-Dame veille sur Paris depuis 800 ans : visite guidée avec nos apprentis.',
    'Saints Row tournament at our gaming café tonight, made up teams welcome!',
    'Qui croit encore au Père Noël ? Nous ! Soldes de Noël dès lundi 🎅',
    'Lent starts Wednesday: our fish pie is back on the menu.',
  ])('leaves %s', (text) => expect(categories(text)).not.toContain('religion'));
});
