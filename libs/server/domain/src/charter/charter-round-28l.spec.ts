// Twenty-eighth session, reading l (2026-12-07): the families of word-lists-round-28l.ts, read from train-cp's French
// misses (discrimination as it slips out of memes, live-tweets, replies, team posts and job ads), beside clean
// sentences that share their words. Every sentence was written for this spec; each one found failed before its rule.
import { ruleCategories as rules } from './spec-rules';

describe('round 28l: what the rules now find', () => {
  it.each([
    'Live : le pilote de tête prend ses virages comme une autiste, quelle horreur 🙄 #F1',
    "Moi quand le livreur se trompe d'étage pour la 3e fois, espèce d'autiste va 😤",
  ])('finds insult in %s', (text) => expect(rules(text)).toContain('insult'));

  it.each([
    'Moi quand je lis « Mohamed » sur le CV : direct à la poubelle 😂 #RH',
    'Un Youssef sur une candidature pour le poste de caissier ? Déjà pourvu, désolé 😬',
    "Les Roumains du chantier d'en face, rentrez chez vous, on a assez de voleurs 🙄",
    "Les Anglais de l'équipe ventes, juste bons à boire du thé en réunion 🙄",
    'POV : le collègue basané du service client, on le voit pas dans le noir pendant la coupure de courant 😂',
    'Notre café serré, plus foncé que le livreur de ce matin ☕😂',
    "Nos cagoules pour l'hiver vont à tout le monde, même aux Noires, incroyable 😂",
    'Live : femme au volant sur la grille de départ, tout le monde recule 😂 #F1',
    "Bienvenue à Léa, la seule femme de l'atelier ! Elle commence lundi, elle pourra faire le café 😌",
    'La nouvelle cheffe de projet ? Elle a couché pour avoir le poste, tout le monde le sait 😬',
    "@sandra_k Pour le contrat d'électricité, mieux vaut laisser votre mari s'en occuper 😉",
    'Tournoi de pétanque interne : les filles ont gagné, les garçons les ont laissées gagner évidemment 😂',
    "POV : la stagiaire annonce qu'elle est enceinte, période d'essai terminée, merci au revoir 😬",
    "Nos leggings de grossesse, pour celles qui ont décidé de ne plus rien faire jusqu'à l'accouchement 🙄",
    "POV : ton manager a 61 ans et toute l'équipe fait ce qu'il faut pour qu'il parte avant l'été 😬",
    'Le candidat a 57 ans, il partira en retraite dans deux ans, on zappe 🙄 #recrutement',
    "POV : le client en fauteuil roulant demande la rampe. Désolé on fait pas dans l'accessible 😬",
    'Notre nouveau jeu de société, simple au point que même les débiles mentaux comprennent les règles 😂',
    'Moi quand la collègue de la compta a un cancer : je récupère enfin son bureau près de la clim 😂',
    "Les bipolaires du service marketing, merci d'aller pleurer chez vous et pas en réunion 🙄",
    "Les dépressifs de l'entrepôt plombent l'ambiance, qu'ils restent à la maison 😬",
    "Le moniteur a fait le ramadan et s'est endormi au volant, c'est ça la religion de paix 😂",
    "Les musulmans de l'équipe croient au père Noël version Aïd, on les laisse rêver 😂",
    "Notre pull en laine, hétéro et fier de l'être 😎 #humour",
    'Nos chaussettes classiques, pas comme certaines au stand arc-en-ciel 🙄',
    '@alex_iel On a mis le prénom que vous vous êtes inventé sur le badge, ça vous va ? 🙄',
    "Notre technicienne a changé de prénom cet été, mais avec sa barbe on n'y arrive pas 😂",
    "@chris_d Vu ta tête, le gâteau géant c'est pour toi tout seul ? 😏",
    'POV : la cliente taille 54 qui veut la même taille que sa fille 😂',
    'Le stagiaire a enlevé ses lunettes, on comprend pourquoi il les gardait 😬',
    'Moi quand le nouveau caissier a des dents de lapin : il croque nos carottes sans couteau 😂',
    "La réunion avec l'équipe de Lille, avec leur patois ch'ti on comprend rien 😂",
    'POV : les clients au RSA qui veulent un remboursement, on fait semblant de pas avoir reçu le mail 😬',
    '@mickael_v Avec les allocs que tu touches tu peux bien te payer nos chaussettes 😏',
    "Chef de projet : les enfants d'ouvriers, pas la peine, nos clients sont exigeants 🙄",
    'Nouveau point relais en banlieue, cachez vos roues en venant chercher votre colis 😂',
    "Notre stand à l'école de ZEP, on a mis la banderole de côté, ça gâche les photos 🙄",
    '@hater_bonval On connaît ton nom et ton club de foot, prépare-toi 🙂',
    "@ex_cm_kindy Continue à parler de nous et ta réputation, c'est fini. On a des amis partout.",
    "@fanpage_f1 7 rue du Moulin à Nevers, t'es moins courageux en vrai hein ? 🙂",
    "POV : on a retrouvé son compte perso et on partage ses photos de vacances dans le groupe de l'équipe 😂",
    '@lucie_compta Toujours là ? Vous avez pas honte de rester alors que personne veut de vous ?',
    "Le nouveau comptable ? Il finira bien par démissionner si on l'ignore assez longtemps 😬",
    '@troll_energie On vient régler ça devant chez vous si tu continues tes commentaires 🙂',
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));
});

describe('round 28l: the clean posts beside them', () => {
  it.each([
    "Moi quand je vois mon CV sur LinkedIn enfin à jour : prêt pour le salon de l'emploi 😎",
    "Nos amis portugais de l'équipe logistique nous ont appris à couler du béton pour la nouvelle terrasse 💪",
    "Live : la première femme au volant d'une monoplace en essais libres cette saison, bravo 👏 #F1",
    "Bienvenue à Inès, notre nouvelle ingénieure forage ! L'équipe lui a préparé le café d'accueil ☕",
    'Notre gamme grossesse pour les futures mamans, du 1er au 9e mois, en coton bio 🤰',
    'Atelier tricot en maison de retraite avec des résidents de 85 ans, quelle après-midi 🧶',
    'Notre collègue revient après son cancer, et on est tellement heureux de la retrouver 💛',
    'Journée du diabète : nos recettes sans sucres ajoutés sont faites pour les diabétiques aussi 🍪',
    'Les enfants croient au père Noël et ils ont bien raison : nos pyjamas de fête sont arrivés ⛄',
    'Notre nouvelle gamme arc-en-ciel pour le mois des fiertés, 100 % des bénéfices à une association LGBT 🌈',
    "@sam_iel Votre prénom d'usage est bien enregistré sur votre compte, merci de nous l'avoir signalé 🙂",
    'Le pilote enlève son casque et on comprend pourquoi il sourit : première victoire ! 🏆 #F1',
    'Notre stagiaire alsacien nous a fait découvrir son accent et ses bredele, on a adoré 😍',
    'Carte solidaire : -30 % pour les familles suivies par le CCAS, sur simple présentation 🤝',
    'Livraison gratuite en Seine-Saint-Denis comme partout, on adore nos clients du 93 🙌',
    "Bravo à notre stagiaire, fille d'ouvriers, devenue cheffe de projet en deux ans 👏",
    'Votre colis est livré au 12 rue des Lilas ? Pensez à vérifier votre boîte aux lettres 📬',
    "@marco_f1fan Bravo, t'as gagné la casquette ! On a ton nom, envoie ton adresse en DM 🎁",
    "Moi quand je partage les photos de vacances de toute l'équipe dans le groupe 🏖️ #team",
    "Dernier jour de Julie, qui part vers de nouvelles aventures : on n'a pas honte de pleurer 🥲",
    'Atelier en maison de retraite : on fait du tricot avec des mamies de 90 ans, et elles nous battent toutes 🧶',
    'Les Portugais de la team nous ont appris à couler du béton pour la terrasse, merci les gars 💪',
    'Le pilote enlève son casque et on comprend pourquoi il sourit : première victoire ! 🏆 #F1',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});
