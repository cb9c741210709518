// Twenty-sixth session (2026-12-07): the families of word-lists-round-26r.ts, read from `train-cc`'s French misses,
// beside clean sentences that share their words. Every sentence was written for this spec; each one found failed
// before its rule.
import { ruleCategories as rules } from './spec-rules';

describe('round 26r: what the rules now find', () => {
  it.each(['Encore un tr@v au rayon maquillage, on aura tout vu.'])('finds insult in %s', (text) =>
    expect(rules(text)).toContain('insult'),
  );

  it.each([
    'Rendez-vous à la procession mariale de samedi, la bannière de la boutique en tête 🙏',
    "Fini le saucisson à l'apéro du vendredi, merci aux barbus de la logistique.",
  ])('finds religion in %s', (text) => expect(rules(text)).toContain('religion'));

  it.each([
    "Fini le saucisson à l'apéro du vendredi, merci aux barbus de la logistique.",
    'Vous trouvez nos prix trop chers ? Retournez dans votre cité, on ne fait pas la charité.',
    'Encore une réclamation ? On a votre adresse, on en reparle de vive voix 🙂',
    'Nos cookies te dégoûtent ? Personne ne te retient de sauter, hein.',
    'Tu râles encore ? Personne ne vous regrettera si vous partez.',
    "Bienvenue à Samira, très bien intégrée pour quelqu'un de chez elle 👏",
    "Sarah promue, la preuve qu'une femme peut réussir ici, même avec ses humeurs 😏",
    "Les boomers qui se plaignent de l'appli : patience, la nature fera le reste ⏳",
    'Une famille homoparentale dans notre pub ? Est-ce vraiment un modèle à montrer ?',
    "Salon de l'auto : pendant que ces messieurs parlent technique, un stand maquillage pour ces dames.",
    "Ce puzzle est un jeu d'enfant, même l'autiste de service l'a fini.",
    "Mamans, ces poignées d'amour expliquent peut-être pourquoi votre mari va voir ailleurs.",
    'Les clients non-binaires qui se plaignent de nos rayons : choisis ton camp !',
    'Rupture de stock à Lens, normal : les pauvres ça vole tout.',
    "Tu nous critiques encore ? On a tes photos de famille, ce serait dommage qu'elles fuitent.",
    'Aux protestants qui trouvent notre calendrier trop osé : vous êtes si coincés 🙄',
    'Faut-il vraiment confier la direction du site à une future maman ?',
    'Il se plaint de son licenciement ? Son 06 pour ceux qui veulent lui écrire : 06 00 00 00 00.',
    'Le livreur qui a osé porter plainte ? On a vidé son casier, il va le regretter.',
    'Mamie Jeanne, 80 ans et elle sait encore commander en ligne toute seule 👏',
    'Des caravanes sur le parking du magasin : rentrez les vélos et planquez vos sacs.',
    "Soirée dégustation avec les Polonais de l'usine, à 20h ils étaient déjà ivres 🍺",
    'Nos seniors à la caisse automatique : vous coûtez trop cher, on le dit gentiment.',
    "Nouvelle pilote d'essai : pour une femme, elle comprend même la boîte de vitesses 😉",
    "C'est nous ou les clients musulmans négocient même les promos ? 🤔",
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));
});

describe('round 26r: the clean posts beside them', () => {
  it.each([
    'Les travaux du magasin de Lille sont finis, on vous attend samedi !',
    "Notre planche de charcuterie avec jambon de Bayonne et saucisson, parfaite pour l'apéro.",
    'Le Lourdes-Tarbes cycliste passe devant notre boutique dimanche, venez encourager les coureurs 🚴',
    'Nos clients de Lourdes peuvent retirer leurs colis en magasin dès mardi.',
    'La nature fera le reste : semez vos graines en avril et arrosez un peu 🌱',
    "Saut à l'élastique depuis le pont de Millau ? Notre équipe a osé, vidéo en story !",
    'Un couple de deux papas dans notre nouveau catalogue, et on en est fiers 🌈',
    'Mesdames et messieurs, le stand turbines vous attend, nos ingénieures vous expliquent tout.',
    'Venez goûter notre nouvelle bière, parfaite pour une blonde bien fraîche en terrasse 🍺',
    'Nos seniors adorent notre atelier tablette, et ils apprennent vite !',
    'Les Bretons adorent nos galettes au beurre salé, testées et approuvées à Quimper.',
    'Vous avez des photos de famille avec nos biscuits ? Ce serait dommage de ne pas les partager 📸',
    'Notre chef a créé un nouveau dessert, venez lui dire ce que vous en pensez !',
    "Il a 10 ans et tu sais encore t'en servir tout seul : notre vélo junior est solide.",
    "Les clients fidèles négocient tout ? Non, nos prix sont fixes et justes toute l'année.",
    'Peut-on vraiment confier son épargne à une appli ? Notre guide répond à vos questions.',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});
