// Twenty-second session (2026-12-07): a person's number published half masked, the name of their school, and
// "Français de souche". Beside each family, the clean posts that share its shape. Every sentence was written for
// this spec.
import { defaultCharter } from './charter';
import { checkCharter } from './charter-check';

const base = defaultCharter();
/** The rules' categories only: the classifiers' findings (`category_model`) are left out. */
const rules = (text: string) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, base)
    .filter((f) => f.rule !== 'category_model' && f.category !== undefined)
    .map((f) => f.category);

describe('a person exposed: a number masked for show, the name of their school, a call to hound them', () => {
  it.each([
    'Le numéro du client qui nous a traités de voleurs : 07 45 ** ** 12. Faites-vous plaisir 😈',
    'The bloke who left us one star? His number is 07700 9xx 123. Have fun.',
    'The girl who keyed our van, and the name of her school, are below. Make her life hell.',
    'Le mec qui a volé le vélo de notre stagiaire, le nom de son lycée est en commentaire. Pourrissez-lui la vie.',
  ])('finds %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Service client : 06 ** ** ** 12 (numéro masqué pour la photo), on vous répond du lundi au samedi.',
    'Shout out to the girl who won the bake-off, and to her school for cheering her on!',
    'Le nom de son école ? Montessori. Notre nouvelle gamme de cartables est pensée avec eux.',
    'Our store number changed: call 0161 496 0000 for click and collect.',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('“Français de souche”: who is French enough, said outside a job offer too', () => {
  it.each([
    'Nos biscuits sont faits par des Français de souche, pas par n’importe qui.',
    'Une équipe 100 % française de souche, comme nos recettes.',
    'Ici on embauche des gens de pure souche, ça se sent dans le goût.',
  ])('finds %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Nos pommes viennent de vieilles variétés normandes, greffées sur souche.',
    'Une souche de levure française, cultivée à Lille depuis 1920 : le secret de notre pain.',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('a case said to come to nothing, a theft pinned on someone, no more illness since a product', () => {
  it.each([
    'La plainte de notre ancien fournisseur sera classée sans suite, nous en sommes certains.',
    'The investigation will be dropped by spring, we are certain of it.',
    'Le livreur a été licencié : c’est lui qui nous a volé trois palettes, aucun doute là-dessus.',
    'The lad from the car wash nicked our sign, no doubt about it.',
    'Depuis nos chaussons en laine, plus un seul rhume chez les petits !',
    'Pas une seule otite cet hiver, merci nos bonnets en mérinos 🙌',
  ])('finds %s', (text) => expect(rules(text)).toContain('health_legal'));

  it.each([
    'C’est certain, notre bûche a volé la vedette au réveillon !',
    'Our cake stole the show at the village fete, no doubt about it.',
    'Drop it, kick it: the new phone case will be dropped a hundred times and still look new, no doubt about it.',
    'Plus une seule tache sur les bavoirs grâce au nouveau tissu enduit.',
    'Pas un seul retard de livraison cet hiver, merci à nos équipes !',
    'Plus aucun stress pour les devoirs avec notre agenda malin.',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('closures counted and price rises in figures, said as a secret', () => {
  it.each([
    'Ne le dites à personne, mais on fermera sûrement quatre magasins dans le Nord l’an prochain 🤐',
    'Between us, we are closing five stores in Scotland after Christmas.',
    'Not for sharing yet: we are shutting two stores and the staff have not been told.',
    'Chut 🤫 nos tarifs augmentent de 6 % au printemps.',
    'A little birdie says our prices will go up 10% in May. Stock up 🐦',
    'Un petit oiseau du siège nous a dit que les prix vont augmenter de 7 % en mars.',
  ])('finds %s', (text) => expect(rules(text)).toContain('confidential'));

  it.each([
    'Chut, on fermera les magasins plus tôt le 24 pour que nos équipes fêtent Noël 🎄',
    'Nos prix augmentent de 2 % au 1er janvier, comme annoncé dans notre newsletter.',
    'Prices go up 5% on 1 January: we have written to every customer to explain why.',
    'A little birdie told us you love our new socks 🐦',
    'Un petit oiseau m’a dit que vous adoriez nos sablés 🐦',
    'Ne le dites à personne, mais notre nouvelle saveur arrive en avril 🤫',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('politics without a party’s name: a vote hinted at, a politician left unnamed, a famous line', () => {
  it.each([
    'Dimanche, réfléchissez bien avant de glisser votre bulletin. On dit ça, on dit rien 👀',
    'Thursday’s the day: think carefully before you put your cross in the box 😉',
    'Nos prix, eux, ne bougent pas. Pas comme ceux du président qu’on ne nommera pas.',
    'Pas besoin de traverser la rue pour trouver du travail : on recrute à Lille !',
  ])('finds %s', (text) => expect(rules(text)).toContain('politics'));

  it.each([
    'Grand jeu : glissez votre bulletin de participation dans l’urne en caisse avant dimanche !',
    'Dimanche, votez pour votre saveur préférée sur notre site !',
    'Notre urne à idées est dans le hall : glissez vos suggestions de parfums.',
    'Élection du délégué de classe : nos cartables sont prêts pour la rentrée 😄',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('the buyers of a shop called dupes', () => {
  it.each([
    'Franchement, faut être un pigeon pour encore commander chez eux. Vos enfants méritent mieux 🐦',
    'Il faut vraiment être des gogos pour payer 40 € un body en polyester.',
    'You’d have to be a mug to shop there in 2026.',
    'Only a mug would pay that for a plastic lunchbox.',
  ])('finds %s', (text) => expect(rules(text)).toContain('insult'));

  it.each([
    'Il faut être fou pour refuser une offre pareille !',
    'You’d have to be mad to miss our winter sale.',
    'Nos mugs de Noël sont arrivés : il faut les voir pour y croire ☕',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});
