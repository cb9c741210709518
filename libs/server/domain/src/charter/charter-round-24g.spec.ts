// Twenty-fourth session, seventh reading (2026-12-07): the French discrimination and harassment families of
// word-lists-round-24g.ts, read from `train-bj`, `holdout-34` and `train-bf`. Beside each family, the clean posts that
// share its words. Every sentence was written for this spec.
import { defaultCharter } from './charter';
import { checkCharter } from './charter-check';

const base = defaultCharter();
/** The rules' categories only: the classifiers' findings (`category_model`) are left out. */
const rules = (text: string) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, base)
    .filter((f) => f.rule !== 'category_model' && f.category !== undefined)
    .map((f) => f.category);

describe('origins: essentialism, laziness, theft, backhanded praise', () => {
  it.each([
    'Un client du Nord a encore oublié de payer ? Normal, chez eux la politesse est en option.',
    'Le retard des colis aux Antillais ? La faute à la grande sieste de l’après-midi, tout le monde le sait.',
    'Trois palettes ont disparu du dépôt depuis que les gens du voyage campent sur le parking.',
    'Franchement très balèze pour une femme, notre nouvelle mécanicienne.',
    'Comme quoi, on peut grandir à la Courneuve et savoir écrire sans fautes.',
    'Notre nouveau comptable est chinois : au moins on sait que les chiffres seront justes.',
    'Vous êtes du 93 ? Pas de retrait en magasin pour vous, question de confiance.',
    'Pour les migrants du chantier on a mis des pictos partout, on ne sait jamais s’ils savent lire.',
    'Le gorille en peluche dans les bras du petit Bakary : ça allait trop bien ensemble 😄',
    'Un Polonais à jeun au pot de départ ? On attend toujours.',
    'Le bon vieux temps créole : livraison prévue lundi, arrivée jeudi peut-être.',
    'Sur nos chantiers on ne garde que des équipes entre gens bien, si vous voyez ce qu’on veut dire.',
  ])('finds %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Nos clients du Nord sont livrés chez eux, montage du meuble en option 🛋️',
    'Les Antillais de l’équipe ont organisé le pot de départ de Josiane 🌴',
    'Un Breton sobre et élégant : notre nouveau pull marin rayé.',
    'Une bonne idée cadeau pour une femme qui aime le jardin 🌷',
    'On peut grandir à la campagne et réussir dans l’énergie : portrait de Léa, ingénieure.',
    'Le petit singe en peluche existe en trois couleurs, avec son cousin le gorille 🐒',
    'Cours de français pour les nouveaux arrivants : 12 d’entre eux lisent maintenant un bail seuls 👏',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('women, mothers and the old, cast or mocked', () => {
  it.each([
    'Pour Noël offrez une yaourtière à maman, ça l’occupera pendant que papa fait la sieste 😉',
    'Réunion de direction avec trois femmes : deux heures sur la couleur du logo, comme prévu.',
    'Pilote femme en F4 ? Prévoyez un miroir, elle voudra se maquiller au volant 💄',
    'Les papis au rayon high-tech, c’est un défilé de fossiles ambulants.',
    'Nos mamies clientes radotent tellement qu’on a mis une chaise à l’accueil.',
    'Génération feignasse : nos stagiaires découvrent qu’on travaille le lundi.',
  ])('finds %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Papa, maman, les enfants : chacun son tablier pour notre atelier cuisine du samedi 🍰',
    'Mesdames, un miroir de poche pour se remaquiller après le sport 💄',
    'Papi et le petit ont visité le musée des fossiles de Lyon, et ils ont adoré 🦕',
    'Nos mamies bénévoles ont cousu des couches lavables pour la maternité 🧵',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('disorders, faiths, trans people, bodies and the poor', () => {
  it.each([
    'Notre standardiste est bipolaire, on parie chaque matin sur son humeur.',
    'Les mormons du quartier, de vrais pots de colle en chemise blanche.',
    'Depuis sa transition elle s’appelle Inès, mais nous on continue de l’appeler Karim.',
    'Les obèses, vous regarderez la course de loin, le karting c’est 90 kg maximum.',
    'Nouvelle glace en format géant, comme certains de nos clients du dimanche 😬',
    'Les familles au RSA ? Question de priorités, elles ont toutes le dernier iPhone.',
    'Deux papas à la sortie de l’école, et la maîtresse qui demande : c’est lequel la maman ?',
    'Des bébés à la chaîne pour les allocs, chapeau la famille.',
  ])('finds %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Transition réussie vers nos nouveaux locaux, c’est du délire ce showroom !',
    'Les familles au RSA bénéficient de la livraison gratuite, c’est une question de solidarité.',
    'Notre jean existe en format géant pour les tentes de camping, comme nos clients l’ont demandé ⛺',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('harassment of a person: whereabouts and a call to act, a raid, a face mocked, a diet', () => {
  it.each([
    'Le blogueur qui nous a démolis habite au 8 rue Thiers. Ça le calmerait peut-être, une visite ?',
    'La cliente qui nous a mis une étoile a un compte Insta ouvert : un petit raid de commentaires, ça vous dit ?',
    'Coucou @julie_r, ton neveu et sa tête de patate trônent sur notre affiche 🥔',
    'Sandrine de l’accueil a bien grossi depuis les fêtes 🐷',
  ])('finds %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Faites-en ce que vous voulez : notre pâte à crumble se prête à tous les fruits 🍎',
    'Notre livreur se gare devant la boutique à 7 h, le pain arrive encore chaud 🥖',
    'Notre tirelire cochon est au régime après les soldes 🐷',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});
