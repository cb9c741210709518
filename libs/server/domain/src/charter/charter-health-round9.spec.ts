// Health and legal claims and confidential information, ninth round (2026-12-05, from train-i, train-k, train-l and
// train-m), by family: a remedy that makes you immune, a specialist's backing, a tight verb on infants' colic, nausea,
// chilblains, hormones or tumours, a medicine put aside or belittled, safe at any dose; guilt or innocence asserted
// with the court's outcome, legal advice stated as fact and vouched for; secrecy through who has not been told, a
// deal not signed yet, what one was not meant to see, a strict embargo, with topics said in other words (a letter of
// intent, a joint venture on hold, a price increase). Every sentence was written for this spec (none is taken from a
// corpus, probe or hold-out file).
import { defaultCharter } from './charter';
import { checkCharter } from './charter-check';

const base = defaultCharter();
/** The rules' categories (the trained classifier's `category_model` findings left out). */
const ruleCategories = (text: string) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, base)
    .filter((f) => f.rule !== 'category_model')
    .map((f) => f.category);

describe('charter health and legal, round 9: claims found', () => {
  it.each([
    "Nos pastilles au miel vous immunisent contre la grippe tout l'hiver.",
    'This elderberry syrup makes you immune to the flu, all season long.',
    'Conseillée par les pédiatres : notre camomille, recommandée par les pédiatres contre les coliques.',
    'Recommended by paediatricians: our fennel drops for infant colic.',
    'Nos galettes au gingembre suppriment les nausées matinales dès le premier jour.',
    'Our ginger crackers suppress morning sickness in the first trimester.',
    "Fini l'insomnie avec notre lait d'amande au magnésium !",
    'Say goodbye to insomnia with our bedtime oat drink.',
    'Nos chaussettes en cuivre préviennent les engelures chez les petits.',
    'These wool socks stop chilblains before they start.',
    'Our herbal kit resets your hormones naturally in one cycle.',
    'Notre infusion rééquilibre vos hormones en un mois.',
    'Ce jeûne de cinq jours affame les tumeurs, rejoignez notre stage.',
    'A juice cleanse starves tumours, book your retreat now.',
    'Our apricot protocol has sent dozens of tumours into remission.',
    "Cette montre détecte un infarctus deux jours à l'avance.",
    'This smart ring predicts a heart attack before it happens.',
    'Pas besoin du vaccin contre la grippe, notre sirop fait aussi bien.',
    'Skip the flu jab, our vitamin gummies do the same job.',
    'Allergique ? Jetez vos antihistaminiques et prenez notre miel local.',
    'Ditch your inhaler, our breathing socks are all you need.',
    'La chimio ne sert à rien, notre cure de citron fait mieux.',
    'Antidepressants are poison, try our forest walks instead.',
    'Notre mélatonine en gummies est sans aucun danger, même à forte dose.',
    'Our melatonin chews are totally safe at any dose.',
    'Our folate biscuits double your chances of conceiving this year.',
    'Ce patron est coupable, il prendra dix ans, retenez bien.',
    "That lorry driver is guilty and he'll get life, no question.",
    'Le chanteur est innocent, la plainte sera classée sans suite.',
    'The footballer is innocent, the police have nothing on him.',
    "L'accusé sortira libre vendredi, le témoin a tout inventé.",
    "He's clearly guilty and the jury will see it on day one.",
    "Les gains en crypto sont non imposables, c'est la loi, inutile de les déclarer.",
    "Cash tips aren't taxable, trust me, that's the law.",
    "Recipes can't be copyrighted, so you'll never be sued for copying ours.",
    'Ce modèle de testament est juridiquement valable dans tous les pays, pas besoin de notaire.',
    'This contract template is legally binding in every country.',
    'Quittez votre bail quand vous voulez sans payer un centime, la loi est de votre côté.',
    "You can break your lease without paying a penny, the law's on your side.",
    "Les primes rénovation ? Inutile de conserver les factures, il n'y a jamais de contrôle.",
  ])('%s', (text) => {
    expect(ruleCategories(text)).toContain('health_legal');
  });
});

describe('charter confidential, round 9: leaks found', () => {
  it.each([
    'Plan social en préparation au siège, je ne vous en dis pas plus 🤐',
    "The bakery division is being sold off, the deal isn't signed yet.",
    "On cède notre filiale belge, rien n'est encore signé, le deal n'est pas encore signé.",
    "Job cuts at the Leeds depot next month and HR hasn't told anyone.",
    "I wasn't meant to see it, but there's a letter of intent on the CFO's desk.",
    "J'ai vu la lettre d'intention sur le bureau du DAF, ça sent la fusion.",
    "Our joint venture with the Danish group is on hold indefinitely, nobody's told the partners.",
    'Strict embargo until Thursday on the new collection pictures.',
    "Embargo strict jusqu'à mardi sur ces visuels, ne partagez surtout pas.",
    'The takeover gets signed tonight, keep it to yourselves.',
    "Wholesale price increase from 1 June, we're telling the public in May 🤫",
  ])('%s', (text) => {
    expect(ruleCategories(text)).toContain('confidential');
  });
});

describe('charter health, legal and confidential, round 9: look-alikes left clean', () => {
  it.each([
    "Notre nouveau sirop d'érable arrive demain en boutique.",
    'Say goodbye to boring lunchboxes with our new biscuit range.',
    'Fini les chaussettes dépareillées avec notre pack de 7 paires.',
    'Ce week-end, notre équipe a supprimé les emballages plastiques de la gamme.',
    'Reset your morning routine with a warm bowl of porridge.',
    "Notre appli détecte les fuites d'eau dans la maison.",
    'This sensor predicts the weather for your garden.',
    "Pas besoin du parapluie aujourd'hui, le soleil est de retour !",
    'Skip the queue: order your gingerbread online.',
    'Jetez vos vieux chaussons, la nouvelle collection est là.',
    'Ditch the plastic bottle and grab our reusable flask.',
    'Notre four ne sert à rien sans une bonne recette de cookies.',
    'Our gift boxes are totally safe to post abroad.',
    'Nos crayons sont sans danger pour les petites mains, testés en labo.',
    'Guilty pleasure of the week: our salted caramel pudding.',
    'Plaisir coupable du dimanche : notre crème brûlée.',
    'Le jury du concours de pâtisserie rendra son verdict samedi.',
    'The jury of our drawing contest will pick ten winners.',
    "Mon chien a l'air innocent, mais il a mangé tous les biscuits.",
    'That innocent face hides a serious cookie habit.',
    'Tax free shopping is back at the airport store this summer.',
    'Our lawyers read every supplier contract before signing.',
    "Trust us, these socks are the comfiest you'll ever wear.",
    "C'est la loi du week-end : brunch et pyjama.",
    'Trust me, this brownie recipe never fails.',
    'Les résultats du concours seront annoncés vendredi, ne ratez pas ça !',
    "We're merging our two newsletters into one, sign up below.",
    'Our collab with a local artist drops on Friday, stay tuned!',
    'Fresh out of the oven: our new cinnamon rolls.',
    "Tout chaud sorti du four, le pain d'épices de Noël.",
    'Nos équipes seront ravies de vous accueillir après les fêtes.',
    'The official line-up for our summer festival is out now.',
    'Cette semaine, hausse des températures : pensez à la crème solaire.',
    'Our price increase on shipping is cancelled: delivery stays free.',
    'Rapprochement des familles pour les fêtes : nos coffrets voyagent partout.',
    'La version officielle du règlement du jeu est en ligne.',
    'We were not meant to see the sunset from the office, but what a view.',
    'Le deal du jour : deux paquets achetés, le troisième offert.',
    'Je ne vous en dis pas plus, rendez-vous samedi pour la dégustation !',
    'Our team will hear about the winner at the Christmas party.',
    'Unofficially the best hot chocolate in town, officially our bestseller.',
    'The accused cookie thief was our office dog, case closed.',
    'Sans payer un centime de plus, la livraison est offerte.',
    'Nos recettes sont protégées par le secret de fabrication depuis 1920.',
  ])('%s', (text) => {
    expect(ruleCategories(text)).toEqual([]);
  });
});
