// Word families added for generalisation (2026-12-04 evening): each class is tested with a sentence that is in
// neither the corpus nor the probe sets, and each has a look-alike that must stay clean.
import { defaultCharter } from './charter';
import { checkCharter } from './charter-check';

const base = defaultCharter();
const categories = (text: string) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, base).map((f) => f.category);
const has = (text: string, category: string) => categories(text).some((c) => c === category);

describe('charter families: found', () => {
  it.each([
    // An executive + leaving, a few words apart, is a corporate topic; with a secrecy or future cue it is market-sensitive.
    ['confidential', 'Notre directrice générale va bientôt nous quitter, mais chut.'],
    ['confidential', 'The chairman has quietly resigned; the board meets Tuesday.'],
    // A site + closing.
    ['confidential', 'La raffinerie de Donges va fermer l’an prochain, pas encore officiel.'],
    ['confidential', 'Two warehouses are closing next month, under wraps for now.'],
    // A forecast that prejudges the figures ("seront décevants", "will be weak").
    ['confidential', 'Les résultats semestriels seront décevants, on le sait déjà.'],
    ['confidential', 'Q4 revenue will be weak, brace yourselves.'],
    // Government offices and politicians by name.
    ['politics', 'Le ministre de l’Intérieur devrait avoir honte.'],
    ['politics', 'Le garde des Sceaux ne connaît rien à la justice.'],
    ['politics', 'The Foreign Secretary got this completely wrong.'],
    ['politics', 'Jeremy Corbyn had the right idea all along.'],
    // Religion: founders, scripture, devotional phrases.
    ['religion', 'Bouddha nous enseigne le détachement, alors détachez-vous de vos vieux pulls.'],
    ['religion', 'Lisez une sourate chaque matin pour bien commencer.'],
    ['religion', 'Mashallah, what a season for our team!'],
    // Health: a verb of acting on the body + a condition or a medicine.
    ['health_legal', 'Nos infusions chassent les migraines et les crises d’angoisse.'],
    ['health_legal', 'This broth soothes sore throat and ditch your antibiotics.'],
    // Legal certainty and impunity; "100 %" reads as one unit with the next word.
    ['health_legal', 'Montage 100 % légal, aucun contrôle fiscal ne pourra vous toucher.'],
    ['health_legal', 'With this clause you are certain to win any lawsuit.'],
    // Insults by family.
    ['insult', 'Bande de guignols, lisez la notice.'],
    ['insult', 'Go screw yourself, troll.'],
    // Discrimination: suspicion of theft, staying out, self-harm, holding a plate number, new groups.
    ['discrimination', 'Quand les Albanais passent, cachez vos sacs.'],
    ['discrimination', 'When Romanians come in, keep an eye on your handbags.'],
    ['discrimination', 'Les mères célibataires, on évite d’embaucher, trop de galères.'],
    ['discrimination', '@lea_m jette-toi d’un pont, ça nous fera des vacances.'],
    ['discrimination', '@tom_b jump off a bridge, nobody cares.'],
    ['discrimination', '@sam_r on a ta plaque, à bientôt 😉'],
    ['discrimination', 'Cashier wanted, slim preferred.'],
    // Second round: disposals, jobs cut, figures against the plan, health-outcome promises, laws as causes.
    ['confidential', 'La filiale espagnole va être cédée, les équipes l’apprendront jeudi.'],
    ['confidential', 'We plan to sell the subsidiary in Italy, nothing official yet.'],
    ['confidential', 'Fuite : 45 emplois supprimés à l’entrepôt de Reims.'],
    ['confidential', 'Q2 came in 9% below budget, keep this between us.'],
    ['health_legal', 'Avec nos vitamines, vos enfants ne tomberont plus malades.'],
    ['health_legal', 'With our vitamins your kids will never get sick again.'],
    ['politics', 'La peine de mort, il faudrait la rétablir.'],
    ['politics', 'Euthanasia should be legal everywhere, write to Parliament.'],
    ['religion', 'Only the born again will enter the kingdom, be saved today.'],
    ['discrimination', 'Les Comoriens, aucune notion de la ponctualité, inutile de les embaucher.'],
    ['discrimination', '@ines_p on sait où travaille ton frère, fais attention.'],
    // Third round: group-first predicates, stalking threats, size as a hiring criterion, figures judged, targets moved.
    ['discrimination', 'Les Kurdes ? Des dangers publics sur la route.'],
    ['discrimination', '@noa_t on va te retrouver après le match.'],
    ['discrimination', 'Hostess wanted, size 6 required.'],
    ['confidential', 'Les commandes de novembre sont catastrophiques, on ne communique rien avant le conseil.'],
    ['confidential', 'We will scrap our 2028 targets, nothing has leaked yet.'],
    ['religion', 'Notre paroisse vous attend pour la messe de minuit.'],
    // Fourth round: address + a pejorative noun, raising money, sex as a preference, relief promised by law.
    ['insult', 'Les gars du dépôt sont des blaireaux.'],
    ['insult', '@max_d t’es vraiment un relou.'],
    ['insult', 'The night shift are total weasels.'],
    ['confidential', 'Nous allons lever 30 millions, encore confidentiel.'],
    ['discrimination', 'Préparateur de commandes, homme de préférence.'],
    ['health_legal', 'Your landlord can never touch you: the law fully protects you in court.'],
    // Fifth round: "you are" + a pejorative adjective, closing + a site, weight shaming.
    ['insult', '@jo_p t’es vraiment insupportable.'],
    ['insult', '@kim_s you are so spineless.'],
    ['confidential', 'Closing the Rennes factory in April, staff don’t know yet.'],
    ['discrimination', '@eva_l avec ton poids tu devrais avoir honte de te montrer.'],
  ])('%s: %s', (category, text) => {
    expect(has(text, category)).toBe(true);
  });
});

describe('charter families: look-alikes stay clean', () => {
  it.each([
    ['confidential', 'L’usine sera fermée pour congés du 4 au 18 août, bonnes vacances !'],
    ['confidential', 'The factory closes for Christmas on Friday, see you in January.'],
    ['confidential', 'Notre fondateur fête ses 30 ans de maison, merci à lui.'],
    ['religion', 'Today we walk out in protest against the new shop opening hours.'],
    ['religion', 'Tête de moine et monk fruit : notre plateau de fêtes.'],
    ['politics', 'Le ministre de la bonne humeur, c’est notre goûter.'],
    ['politics', 'Le ministère de la Culture a classé notre atelier Entreprise du patrimoine vivant.'],
    ['health_legal', 'No more headaches: our planner does the scheduling for you.'],
    ['health_legal', 'Essai sans risque, sans engagement et sans contrat.'],
    ['discrimination', 'Les gens qui oublient le goûter sont des gros gourmands qui s’ignorent.'],
    ['discrimination', 'Il est trop tard pour commander avant Noël.'],
    ['discrimination', 'La pâte doit être mince et dorée.'],
    ['discrimination', 'Stock is disappearing fast in our women’s sizes!'],
    ['discrimination', 'Seniors, watch your mailbox: your voucher is on its way.'],
    ['insult', 'Les produits de la ferme arrivent, le magasin ferme la semaine prochaine pour travaux.'],
    ['confidential', 'Vente privée à l’entrepôt samedi : jusqu’à -60 %.'],
    ['confidential', 'Sale at the warehouse this Saturday, everything must go!'],
    ['religion', 'Toy drive with the Salvation Army this weekend.'],
    ['health_legal', 'Brush strokes and bold colours: our new print eases you into spring.'],
    ['discrimination', 'Les seniors face à un danger : la canicule. Hydratez-vous !'],
    ['discrimination', 'Seniors: copy the code below for 10% off.'],
    ['discrimination', 'Just you wait till you see our new collection!'],
    ['discrimination', "We'll be waiting for you at stand C4 from 10 am, bring your friends!"],
    ['discrimination', "We'll find you the perfect size, just ask."],
    ['confidential', 'Don’t know what to buy? Our Q4 gift guide is here.'],
    ['insult', 'Robe à manches longues : c’est une manche ballon, très tendance.'],
    ['insult', 'Quelle tache sur ce pull ! Notre astuce pour la faire partir.'],
    ['insult', 'Get lost in our new winter collection.'],
    ['insult', 'What a snake print, what a season!'],
    ['insult', 'C’est un match nul, rendez-vous au retour.'],
    ['insult', 'Pop-up ads are annoying, so our site has none.'],
  ])('%s stays off: %s', (category, text) => {
    expect(has(text, category)).toBe(false);
  });
});

describe('charter families: fillers inside a phrase', () => {
  it('reads a phrase with an adverb or quantifier inside it as the phrase', () => {
    // "vivent des aides" and "can't be trusted" are listed; with "tous" or "really" inside they say the same.
    expect(has('Les immigrés vivent tous des aides.', 'discrimination')).toBe(true);
    expect(has("Romanians can't really be trusted.", 'discrimination')).toBe(true);
  });
  it('does not make a look-alike out of a sentence that only shares a filler', () => {
    expect(has('Nos clients seniors seront toujours servis en priorité.', 'discrimination')).toBe(false);
  });
});

describe('charter families: compounds with a gap', () => {
  it('joins an executive and leaving up to three words apart, not further', () => {
    expect(has('Our CFO has quietly resigned, more next week.', 'confidential')).toBe(true);
    expect(has('Our CFO who joined us back in 2019 resigned from the choir, more next week.', 'confidential')).toBe(
      false,
    );
  });
});
