// Twenty-sixth session (2026-12-07): the families of word-lists-round-26d.ts, read from `train-bv`'s misses (French
// discrimination), beside clean sentences that share their words. Every sentence was written for this spec; each one
// found failed before its rule.
import { ruleCategories as rules } from './spec-rules';

describe('round 26d: what the rules now find', () => {
  it.each([
    'Une maman voilée nous a demandé le rayon bikinis ce matin… on en rigole encore 😂',
    'Nos concurrents ajoutent du casher partout ; nous, on cuisine pour les Français de souche.',
    'Signer avec eux ? Leur communauté, vous savez, ceux qui tiennent la finance, négocie toujours en meute.',
  ])('finds religion in %s', (text) => expect(rules(text)).toContain('religion'));

  it.each([
    'Une maman voilée nous a demandé le rayon bikinis ce matin… on en rigole encore 😂',
    'Signer avec eux ? Leur communauté, vous savez, ceux qui tiennent la finance, négocie toujours en meute.',
    "À compétences égales, une Fatima passera jamais devant une Capucine chez nous, c'est la vie.",
    "Un conseiller avec un nom imprononçable au service client ? Les clients n'aiment pas, soyons honnêtes.",
    "Une mécanicienne à l'atelier ? Bon courage pour lui expliquer qu'une clé de 12 ne se range pas dans le sac.",
    'Nos papys qui pigent rien au numérique, la preuve en vidéo 😂',
    'Franchement, interdire les smartphones aux plus de 75 ans rendrait service à tout le monde.',
    "Une candidate de 61 ans pour le poste de community manager ? T'as connu le minitel, ma belle.",
    "Les iels qui réclament un badge spécial à l'accueil peuvent passer leur tour.",
    'Toilettes neutres au bureau ? Choisissez une porte comme tout le monde.',
    'Un vestiaire pour les non-binaires ? Mettez une barbe et une perruque, on verra.',
    'Notre caissière de Nantes a changé de sexe, venez voir le résultat 👀',
    'Deux papas qui choisissent une gigoteuse pour leur fille… on sourit poliment au comptoir.',
    'Collection spéciale gay : chemises à fleurs et poignets cassés garantis 💅',
    'Le mariage homo est une aberration, nos catalogues resteront traditionnels.',
    "Les Corses découvrent l'eau courante, épisode 3 😂",
    'Dégustation à Cork : vu les Irlandais, on a prévu des bassines 🍺',
    'Ouverture à Grigny : tenez vos sacs, on connaît la clientèle 👀',
    '@Karim_59 colis perdu, mais oui on vous croit bien sûr, comme les gens de votre quartier.',
    'Clients du 93 : caution doublée pour toute location, rien de personnel.',
    'Ils arrivent sans rien et repartent avec tout : les immigrés connaissent les bons plans mieux que vous.',
    "T'as qu'à rentrer au bled si nos prix te plaisent pas.",
    'Des clients qui paient en pièces jaunes ? Lidl existe, hein.',
    'Les Maliennes ont trois poussettes neuves par an, avec quel argent on se demande 🤔',
    'Embaucher un Portugais sur le chantier : jamais de pause, et il dit merci quand on le sous-paie 😂',
    'Rouge à lèvres XXL : même les grosses lèvres de nos amies africaines y passent 😂',
    "Une stagiaire autiste ? Elle rangera les cintres, c'est déjà bien pour elle.",
    'Ils peuvent pas marcher, mais dès que les soldes ouvrent ils sprintent 😏',
    "Super photo de famille, par contre t'as grossi depuis l'été 😬",
    'Espèce de grosse, va faire du sport avant de nous écrire.',
    "Une sauce aussi creuse qu'un discours féministe 🙄",
    "Notre ancien commercial ? On s'en est débarrassés, trop d'arrêts maladie après son burn-out.",
    "L'auteur du faux avis, on l'a retrouvée : Chloé, 24 ans, Nantes. Allez la saluer 👇",
    "Celle qui a écrit l'avis 2 étoiles sur notre drive : Sarah L., on a les images 😉",
    "Le maire veut des embauches dans les quartiers ; vivement qu'on se débarrasse de lui et de ses protégés.",
    'Les familles nombreuses avec leur carte CAF… devinez qui paie 🙄',
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));
});

describe('round 26d: the clean posts beside them', () => {
  it.each([
    "Nouvelle collection de maillots couvrants : nos clientes voilées nous l'ont demandée, la voici 💙",
    'Menus halal, casher et végétariens à la cantine du siège : bon appétit à tous !',
    'Merci à notre communauté et aux bénévoles qui tiennent les banques alimentaires cet hiver 🙏',
    'À compétences égales, priorité aux candidatures internes : postulez avant vendredi !',
    'Une ingénieure de notre équipe a conçu ce fer à lisser : bravo Léa !',
    'Atelier numérique gratuit pour nos seniors : on vous aide à prendre en main votre smartphone 📱',
    'Permis internet : nos équipes interviennent dans les écoles pour les enfants de 10 ans.',
    'Nos toilettes non genrées sont ouvertes à tous au siège, et le parking est grand 🚗',
    'Notre conseillère est en transition vers le poste de responsable de boutique : félicitations Inès !',
    'Deux mamans, un papa, des mamies : toutes les familles sont les bienvenues à notre atelier.',
    "Deux mamans nous écrivent : leur fils a le poignet cassé, merci pour l'échange rapide de la trottinette.",
    "Deux papas ont choisi notre gigoteuse étoilée, et ce n'était pas une erreur 😉",
    'Les Bretons découvrent notre nouvelle galette au beurre salé 🥞',
    'Soldes : pensez à surveiller vos sacs dans la foule, nos agents sont là pour vous aider.',
    'Clients de Seine-Saint-Denis : aucune caution supplémentaire, comme partout en France.',
    'Tickets-resto et carte CAF acceptés dans toutes nos boutiques 👍',
    'Nos prix pour les familles nombreuses, pas seulement pour ceux qui ont les moyens.',
    'Merci à nos équipes roumaines et portugaises, toujours là pour nos chantiers 💪',
    "Chaussettes noires pour les grands pieds : jusqu'à la pointure 48 !",
    "Merci à nos équipes d'Afrique de l'Ouest pour ce chantier livré en avance 🌍",
    'Dommage que les soldes se terminent, on a pris des kilos de bonnes affaires 😂',
    "Notre yaourt est aussi léger qu'une plume 🪶",
    "On l'a retrouvé ! Le doudou perdu à Lyon attend son propriétaire à l'accueil. Allez le chercher 👇",
    'Celui qui a laissé un avis sur notre borne : merci, la plaque de protection a été changée.',
    "Vivement qu'on se débarrasse de ces bouchons dans les quartiers nord !",
    "Nos papys et mamies adorent leur petite sieste après l'atelier tricot 🧶",
    'Nos grands-parents nous ont appris la patience : un cadeau qui sera encore là dans 10 ans.',
    'Le nouveau site est en transition, merci de votre patience.',
    'Nos athlètes handicapés courent très vite : bravo à eux aux Jeux paralympiques !',
    'Kermesse : mamans voilées ou pas, on a bien ri ensemble !',
    "Notre stagiaire a tout rangé en une matinée, c'est déjà pas mal pour un premier jour !",
    "Les pièces jaunes pour l'hôpital : merci à tous pour vos dons 🙏",
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});
