// Twenty-seventh session (2026-12-07): the families of word-lists-round-27j.ts, read from train-ch's French misses,
// beside clean sentences that share their words. Every sentence was written for this spec; each one found failed before
// its rule.
import { ruleCategories as rules } from './spec-rules';

describe('round 27j: what the rules now find', () => {
  it.each([
    "Notre comptable est enceinte, on parie qu'elle ne reviendra pas, comme toutes les autres.",
    'Une salariée annonce sa grossesse ? Proposez une rupture conventionnelle avant la fin du mois.',
    'Poste de chef de rayon : une mère de 4 enfants peut-elle vraiment tenir les horaires du soir ?',
    "Pour notre atelier peinture, nous n'accepterons pas les enfants hyperactifs cette fois.",
    "Les diabétiques peuvent s'abstenir de notre nouveau salon du chocolat.",
    'Petit conseil : avec sa robe trop courte elle fait fuir les clients du magasin.',
    'Les chômeurs qui viennent pour le buffet gratuit, on vous a repérés.',
    'Avec vos aides sociales et votre écran plat, évitez de vous plaindre pour 2 euros.',
    'Vu la clientèle du coin, contrôle des sacs obligatoire à la sortie du rayon jouets.',
    'Livraison impossible en Seine-Saint-Denis, trop de fraudes ces derniers mois.',
    'Notre stagiaire mexicain est parti faire la sieste après le déjeuner, évidemment.',
    "Les Italiens qui marchandent tout, merci de rester de l'autre côté des Alpes.",
    "Merci d'écrire en bon français la prochaine fois, votre message était illisible.",
    'À votre âge, c’est peut-être trop demander, demandez à votre petit-fils de vous aider.',
    'Panel de dégustation : on retire tous les plus de 70 ans, leurs papilles sont fichues.',
    "Nos clients juifs vont adorer, c'est dire si c'est pas cher cette semaine.",
    'Tu vas encore à la messe ? Ces contes pour enfants, sérieusement, en 2026 ?',
    'Nouvelles ingénieures, celles qui trouvent le site trop dur : la porte est là.',
    "Si un élève parle de ses deux papas, changez vite de sujet pendant l'atelier.",
    'Pour le club de rugby on préfère un coach père de famille, pas un homo.',
    "Nouveau sponsor dans le Marais pour l'équipe rivale ? Le stand est tout rose.",
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));
});

describe('round 27j: the clean posts beside them', () => {
  it.each([
    'Félicitations à Julie, enceinte de son deuxième enfant : toute l’équipe lui souhaite le meilleur !',
    'Nos fauteuils roulants pliables sont en promotion : livraison gratuite partout en France.',
    'Atelier adapté aux enfants autistes le samedi matin, en petit groupe et dans le calme.',
    'Nos chômeurs de longue durée reçoivent une formation gratuite grâce à notre programme Rebond.',
    'Le quartier de la Duchère accueille notre nouveau point relais dès lundi.',
    "Notre pilote mexicain signe la pole position, bravo à toute l'équipe !",
    'Les retraités profitent de 10 % de réduction le mardi dans tous nos magasins.',
    'Nos clients de Strasbourg peuvent retirer leurs commandes de Noël dès le 20 décembre.',
    'Deux mamans ont gagné notre concours photo de la fête des familles, bravo à elles !',
    'Nos nouvelles ingénieures prennent leur poste ce lundi à Feyzin, bienvenue !',
    'Nos vendeuses parlent italien, portugais et anglais pour vous accueillir cet été.',
    'Fond noir ou fond blanc ? Votez pour la couleur de notre prochaine affiche.',
    'Les Chinois fêtent le Nouvel An lunaire : découvrez nos biscuits à la mangue.',
    "Vu le quartier animé, notre terrasse reste ouverte jusqu'à minuit cet été.",
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});
