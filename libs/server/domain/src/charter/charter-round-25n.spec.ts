// Twenty-fifth session (2026-12-07): the families of word-lists-round-25n.ts, read from train-bt,
// beside clean sentences that share their words. Every sentence was written for this spec; each one found failed
// before its rule.
import { ruleCategories as rules } from './spec-rules';

describe('round 25n: what the rules now find', () => {
  it.each([
    "Le magasinier a encore perdu le bon de livraison, c'est un vrai bédoule.",
    "Tu es un kouyon, on t'avait dit mardi pas jeudi.",
    'Ce sous-traitant nous prend pour des gaous depuis trois mois.',
    'Le gars du dépôt ? Un vrai ababa, il recharge les mauvais cartons.',
    "Franchement t'es un mbout, tu as signé sans vérifier la palette.",
    "C'est un vrai gnata, il ne sait même pas lire un bon.",
    'Tu es un narvalo, tu as garé le camion sur la pelouse.',
    'Le client du ticket 4521 est une buse finie, il ne lit rien.',
    'Le comptable est une truffe intégrale.',
    'Le voisin du dépôt est un poivrot patenté qui bloque la sortie.',
    'Les experts qui disent le contraire sont des ânes bâtés.',
    "Monsieur, votre bêtise n'a d'égale que votre mauvaise foi.",
    'Sir, your incompetence is matched only by your arrogance.',
    "Recevez l'assurance de ma parfaite indifférence.",
    'Please accept the expression of our complete indifference to your complaint.',
    'Rarement un incapable aura signé autant de bons de commande erronés.',
  ])('finds insult in %s', (text) => expect(rules(text)).toContain('insult'));

  it.each([
    "Faites baptiser votre bébé avant l'été, pour son salut.",
    "Faites faire sa première communion à votre fils, c'est son salut qui en dépend.",
    "Le shabbat, ce délire où on n'a pas le droit d'allumer la lumière.",
    'La communion, ce truc où on avale un biscuit sans goût.',
    'La procession, cette mascarade du 15 août dans nos rues.',
    'Raconter ses péchés à un inconnu derrière un rideau, très peu pour nous.',
    'Un type en robe qui te pardonne tes péchés ? Non merci, on garde nos biscuits.',
    "Faire la queue trois heures pour voir des os dans un reliquaire, quelle drôle d'idée 🙄",
    'Walking 800 km to look at a few bones in a shrine? Our hiking socks deserve better.',
  ])('finds religion in %s', (text) => expect(rules(text)).toContain('religion'));

  it.each([
    "Flashé sur l'autoroute ? Désignez un ami qui vit en Belgique, vous garderez vos points.",
    'Got a speeding ticket? Just name a relative abroad as the driver.',
    "Astuce : vous ne recevrez jamais l'amende si la voiture est immatriculée ailleurs.",
    "Your insurer has to pay out no matter what, even without an electrician's certificate.",
    "Un dégât des eaux ? L'assureur est obligé de payer, quoi qu'il arrive.",
    "Our new cookies won't make you fat, a clinical study says so.",
    'Nos sablés au beurre ne font pas grossir, promis 😇',
    'Zéro prise de poids avec notre nouvelle pâte à tartiner allégée.',
  ])('finds health_legal in %s', (text) => expect(rules(text)).toContain('health_legal'));
});

describe('round 25n: the clean posts beside them', () => {
  it.each([
    'Nouveau motif brodé : la buse variable, rapace de nos campagnes.',
    'Vol direct vers Addis Ababa dès le mois prochain pour nos équipes.',
    'Randonnée en famille avec un âne bâté dans les Cévennes ce week-end.',
    'Ce soir on regarde Les Enfoirés en famille et on soutient les Restos du Cœur.',
    "Le concert des Enfoirés, c'est ce soir sur TF1.",
    'Notre dinde fermière label rouge est en précommande pour Noël.',
    'Huîtres de première qualité au rayon marée ce vendredi.',
    'Petite confession : on a déjà goûté la crème pistache.',
    'Cérémonie en vue ? Notre ensemble en lin blanc est parfait pour un baptême.',
    'Baptêmes de piste à gagner : salut à tous les gagnants !',
    "Un monsieur en robe de chambre sur notre nouvelle affiche, c'est le pyjama de papa.",
    'Les catacombes de Paris et leurs ossements se visitent aussi avec les enfants.',
    'Désignez un ami comme conducteur avant la soirée : celui qui conduit ne boit pas.',
    "Flashé ? Vous pouvez désigner le conducteur réel en ligne sur le site de l'ANTS.",
    "Ne faites jamais d'installation électrique sans électricien : ce n'est pas autorisé.",
    "En cas de sinistre, l'assureur est obligé de vous indemniser dans les délais prévus au contrat.",
    'Ce pull oversize ne fait pas grossir la silhouette, promis.',
    'Nos cookies contiennent du blé, du lait et des œufs.',
    "Notre ignorance du sujet n'a d'égale que notre envie d'apprendre.",
    'Un vrai gaufrier de compétition pour les crêpes du dimanche.',
    "La messe est dite : dix secondes d'avance à deux tours de la fin.",
    'Tremper les biscuits dans un chocolat chaud, notre plaisir coupable.',
    'Doff your cap to our volunteers this weekend!',
    "Petite confession : ce truc qui nous rend fous, c'est le caramel beurre salé.",
    'We lent this circus our big tent for the weekend.',
    'La procession des chars du carnaval passe devant la boutique samedi.',
    'Un os à ronger pour votre chien, en vente à la boutique de Lourdes.',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});
