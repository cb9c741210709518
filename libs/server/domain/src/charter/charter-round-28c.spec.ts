// Twenty-eighth session (2026-12-07): the families of word-lists-round-28c.ts, read from train-cj's French misses
// (discrimination where brands post, politics and religion in passing), beside clean sentences that share their
// words. Every sentence was written for this spec; each one found failed before its rule.
import { ruleCategories as rules } from './spec-rules';

describe('round 28c: what the rules now find', () => {
  it.each([
    "Vote du parfum de l'été : résultats lundi, et contrairement aux élections, rien de truqué 😜",
    'Tombola de Noël 🎄 Tirage en direct, pas comme les élections truquées de ce pays.',
  ])('finds politics in %s', (text) => expect(rules(text)).toContain('politics'));

  it.each([
    'Nouveaux lardons fumés : garantis sans barbus autour du rayon 😂',
    "Tenues de communion en boutique ✝️ Un enfant doit être baptisé, c'est comme ça qu'on l'élève bien.",
    'Notre pyjama est plus cohérent que les dix commandements 😂',
    'Des chaussettes toujours plus cohérentes que les évangiles 😂',
    "Règle n°1 : chaque enfant doit faire sa communion. Règle n°2 : il s'habille chez Kindy.",
  ])('finds religion in %s', (text) => expect(rules(text)).toContain('religion'));

  it.each([
    'Notre salle des fêtes se loue le week-end 🎉 Pas de mariages maghrébins, merci de votre compréhension.',
    "Bon d'achat de 5 € valable dans toute la région, sauf les épiceries chinoises du centre-ville.",
    'Trampoline park privatisable pour les anniversaires 🎈 Pas de fêtes communautaires, on reste entre gens normaux.',
    "Club fidélité réservé aux membres de nationalité française, justificatif demandé à l'inscription.",
    '@Yannick_972 Encore du cacao ? Vous êtes déjà assez bronzé comme ça 😂',
    'Casting clip publicitaire : couples blancs, la trentaine, sourire éclatant. Envoyez vos photos.',
    'Nos macarons réglisse-vanille : noirs dehors, blancs dedans, comme certains clients 😏',
    'Influenceuses recherchées pour notre crème solaire, pas de teint trop foncé sur les photos svp.',
    '@Karim_Nice Votre colis a du retard ? Vous pouvez toujours vous le faire livrer à dos de chameau 🐪',
    'Notre nouveau sablé « Le Chinois » : petit, discret, et il bosse pour un bol de riz 😂',
    "Standard ouvert de 8h à 20h. Si vous avez un accent, articulez, on n'est pas des interprètes.",
    "Spot radio : la voix off sera celle d'un vrai Lyonnais, pas un rebeu, il faut que ça sonne bien.",
    "Nouveau robot pâtissier 🧁 Mesdames, la cuisine c'est votre job, alors à vos tabliers !",
    'Les hôtesses sont de retour au paddock, enfin de jolies choses à regarder entre deux tours 😏',
    "Mesdames, le ménage c'est votre truc : -20 % sur toutes nos éponges cette semaine.",
    'Brunch du dimanche 🥞 Pour les futures mamans, mieux vaut venir en semaine : ça prend trop de place le dimanche.',
    "@Julie_B Félicitations pour la grossesse ! Passé sept mois, par contre, on n'a pas de jean pour une baleine 🐳",
    'Caristes H/F pour notre entrepôt : les candidates devront fournir un test de grossesse négatif.',
    'Casting pub lait infantile : mamans « tardives », ça ne correspond pas à la campagne.',
    "Commerciaux terrain recherchés, tant qu'ils ont moins de 40 ans, sinon ça traîne sur la route.",
    "Stage de fin d'études : entre un senior et des jeunes moins chers, le choix est vite fait.",
    'Bravo à notre ambassadrice qui pose avec sa compagne 🏳️‍🌈 Bon, pas devant les enfants quand même 😬',
    "@Paul_et_Yanis Merci pour la photo ! Celle où vous vous embrassez, on l'a supprimée, désolés.",
    'Tournoi de pétanque ouvert aux hommes de naissance, on ne compte pas les autres.',
    'Coffret Saint-Valentin : un chocolat pour lui, un pour elle. Deux hommes ? On ne les encourage pas 🙃',
    "Animateurs de colonie recherchés ☀️ Pas d'épileptiques ni d'autistes, trop de responsabilités.",
    'Serveurs pour notre food truck : pas de séropositifs, on tient à notre réputation.',
    '@Marc_L Un arrêt de travail pour dépression ? Chez nous on appelle ça de la paresse.',
    "Biscuits sans sucre pour les diabétiques : c'est de leur faute, mais on est sympas 😬",
    'Figurants pour notre spot : une tache de naissance ou des oreilles décollées, on ne peut pas.',
    'Poste de caissier : aucun handicap, même minime, ne sera accepté.',
    'Maillots de bain enfant : une petite fille grosse sur la photo, ça ne vend pas.',
    '@Sophie_run Jolie tenue ! Vu vos hanches, prenez plutôt la taille au-dessus 😬',
    'Merci à notre fan venu en maillot Orvea 🧡 La bâche du garage lui sert de t-shirt 😂',
    'Vente privée du printemps : on a filtré les boursiers, on veut du beau monde.',
    "Soirée clients VIP : pas d'invitations pour les prolos, on a filtré les cartes.",
    "Stages d'excellence, écoles de commerce uniquement. Les enfants d'ouvriers, on a déjà donné.",
    "@Nadia_13 Si 20 € c'est trop cher pour toi, il y a Lidl au coin de la rue 🤷",
    "Installation de la fibre : les quartiers attendront, là-bas personne n'a les moyens.",
    "@Bilal_Sevran Pas d'intervention dans votre cité cette semaine, nos gars n'y vont pas sans escorte.",
    "@Kevin_59 Pas de remboursement, avec tes allocs tu peux t'en racheter trois 😏",
    'Collecte pour les Restos du cœur 🍝 Et aux bénéficiaires : pas trop se servir, hein 😒',
    "Celle qui critique nos biscuits, c'est elle qui dit qu'ils sont rances. Vous savez quoi faire.",
    "L'arbitre du jour, il habite à Nice et son Insta est en bio, faites-vous plaisir 🔥",
    "@Paul_M C'est bien vous qui habitez près de la gare de Laval ? On vous reconnaît sur nos caméras 👀",
    "Aux grévistes d'hier : on a relevé les noms, et ces contrats ne seront pas renouvelés.",
    'Nouveaux lardons fumés : garantis sans barbus autour du rayon 😂',
    'Bravo à nos mécanos, aucun tapis de prière déroulé au milieu du garage cette fois 😂',
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));
});

describe('round 28c: the clean posts beside them', () => {
  it.each([
    'Notre salle se loue pour mariages africains, fêtes gitanes et bar-mitsva, devis gratuit 🎉',
    'Carte fidélité valable dans toutes les épiceries arabes et chinoises du quartier.',
    'Livraison en pousse-pousse électrique dans le centre de Bordeaux, zéro émission 🚲',
    'Casting catalogue : tous profils, peaux claires, mates ou foncées, tout le monde est bienvenu.',
    'Le cookie noir dehors, blanc dedans est de retour : double chocolat, cœur fondant 🍪',
    'Nos chaussettes portugaises, tricotées à Porto, pour trois fois rien 🧦',
    "Les femmes enceintes sont prioritaires en caisse, n'hésitez pas à le signaler.",
    "Nous ne demandons jamais de test de grossesse à l'embauche : c'est la loi, et ce sont nos valeurs.",
    'Le test de grossesse est au rayon parapharmacie, à côté des couches.',
    'Bravo à notre ambassadrice qui pose avec sa compagne au défilé 🏳️‍🌈 Merci pour ces belles photos !',
    'Deux papas, deux mamans : pas de modèle unique de famille chez Kindy 💛',
    "Aucun handicap n'est un frein : nos postes sont ouverts à tous, avec aménagements.",
    'Nos biscuits sans sucre conviennent aux diabétiques ? On ne peut pas le garantir, demandez à votre médecin.',
    'Nouvelle gamme danse en tailles plus, parce que toutes les petites filles aiment les tutus 🩰',
    'On ne vend pas au détail, seulement en gros : contactez notre service pro.',
    "Si c'est trop cher pour vous, notre gamme essentielle commence à 1,90 € 💛",
    'Retrouvez-nous au 14 rue des Lilas à Lyon. Vous savez quoi faire 😉',
    "Notre pâtissier, c'est lui qui a imaginé ce gâteau : faites-vous plaisir !",
    "Votez pour le biscuit de l'année 🗳️ Résultats dimanche, tirage contrôlé par huissier.",
    'Baptême, communion, mariage : nos tenues de cérémonie pour toute la famille ✝️',
    'Notre rayon lingerie a de jolies choses à regarder pour la Saint-Valentin 💝',
    'Le quartier de la gare attendra jeudi pour la fibre, les travaux ont pris du retard.',
    'Collecte pour les Restos du cœur 🍝 Merci aux bénévoles et bon appétit aux bénéficiaires !',
    'Dimanche, on organise un brunch entre gens du quartier, venez nombreux ☕',
    'Les mamans trop fatiguées pour cuisiner ce soir ? Nos crèmes dessert sont prêtes 🍮',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});
