// Generalisation, second round (2026-12-05): politics of Belgium, Switzerland, Québec/Canada, the UK and the EU;
// health levels and weight loss with a unit; predicting a case; the law given as advice; Québec swears, masked
// profanity, sending someone away; religious feasts of every religion; a recall not yet public; a French PO box.
// Every sentence was written for this spec (none is taken from a corpus, probe or hold-out file).
import { defaultCharter, mergeCharter } from './charter';
import { checkCharter } from './charter-check';

const base = defaultCharter();
const categories = (text: string, charter = base) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, charter).map((f) => f.category);
const has = (text: string, category: string, charter = base) => categories(text, charter).some((c) => c === category);
const greetingsBlocked = mergeCharter({ categories: { greetings: 'block' } });

describe('charter generalisation 2: families found', () => {
  it.each([
    // Parties and leaders beyond France; short acronyms only after an article or a vote.
    ['politics', 'La N-VA veut encore couper le pays en deux, pathétique.'],
    ['politics', 'Bravo au PTB, enfin un parti qui parle des salaires.'],
    ['politics', 'Votez UDC le 22 octobre, pour une Suisse libre !'],
    ['politics', 'La CAQ de François Legault ne comprend rien aux régions.'],
    ['politics', 'Le Bloc québécois a raison de défendre nos producteurs laitiers.'],
    ['politics', 'Pierre Poilievre would be a disaster for the country.'],
    ['politics', 'Congrats to the Liberals, the country is in good hands.'],
    // Referendums, votations, independence.
    ['politics', 'Votation du 9 février : on vote non, sans hésiter.'],
    ['politics', 'Un Québec souverain, c’est pour bientôt : vive le Québec libre !'],
    ['politics', 'Proud to back the Yes side for Welsh independence.'],
    ['politics', 'Vote yes in the referendum, our region deserves it.'],
    ['politics', 'Corsica libera ! Nos équipes d’Ajaccio sont avec vous.'],
    // Taxes voted by a parliament; a government that leads into the wall.
    ['politics', 'Encore une nouvelle taxe votée en douce, merci le Parlement.'],
    ['politics', 'Another VAT rise rammed through by Parliament. Brilliant.'],
    ['politics', 'Ce gouvernement nous mène droit dans le mur avec ses économies.'],
    // Health: acting on levels; weight loss with a number and a unit.
    ['health_legal', 'Deux carrés par jour aident à réduire le mauvais cholestérol.'],
    ['health_legal', 'Notre infusion aide à faire baisser la glycémie après le repas.'],
    ['health_legal', 'Helps bring down blood pressure, one biscuit a day.'],
    ['health_legal', 'Perdez jusqu’à 5 kilos en un mois avec nos barres !'],
    ['health_legal', 'Shed 10 pounds before summer with our shake.'],
    ['health_legal', 'Lose 6lbs in a fortnight, no gym needed.'],
    ['health_legal', 'Our yoghurt supports your immune system all winter.'],
    // Legal: predicting the outcome of a case; the law as advice.
    ['health_legal', 'Ce procès, on va le gagner haut la main.'],
    ['health_legal', 'Nous gagnerons aux prud’hommes, croyez-nous.'],
    ['health_legal', 'They’ll lose this lawsuit, mark our words.'],
    ['health_legal', 'Le tribunal nous donnera raison, aucun souci.'],
    ['health_legal', 'The court will rule in our favour next month.'],
    ['health_legal', 'Votre proprio garde la caution ? Ne payez pas le loyer de mars, c’est la loi.'],
    ['health_legal', 'Landlord keeping your deposit? Withhold the rent, it’s the law.'],
    // Insults: Québec swears, masked profanity, contempt for a person, sending someone away.
    ['insult', 'Câlisse, encore un pneu crevé !'],
    ['insult', 'Ostie de pilote, il nous a sortis au premier virage.'],
    ['insult', 'This app is fkin useless, crashed again.'],
    ['insult', 'Fckn hell, what an overtake!'],
    ['insult', 'Such a pathetic little man, hiding behind an anonymous account.'],
    ['insult', 'Take a hike, buddy, nobody wants your spam.'],
    ['insult', 'Crisse que c’est lent, ce service client.'],
    ['insult', 'Our comments are full of a bunch of sad trolls today.'],
    ['insult', 'Casse-toi, le troll, personne ne t’a sonné.'],
    // Confidential: a recall not yet public.
    ['confidential', 'We’re recalling the blue kettles next month. Not public yet, keep it quiet.'],
    ['confidential', 'On retire le lot de crèmes jeudi, personne ne le sait encore.'],
    ['confidential', 'We pull the granola from shelves on Monday, nothing public until then.'],
    ['confidential', 'Rappel produit pas encore annoncé : les yaourts du lot 12 seront retirés, ne diffusez pas.'],
  ])('%s: %s', (category, text) => {
    expect(has(text, category)).toBe(true);
  });

  it.each([
    'Joyeux Diwali à toutes nos équipes !',
    'Heureux Vesak à nos collègues de Singapour.',
    'Happy Hanukkah to everyone celebrating!',
    'Happy Vaisakhi to our colleagues in Punjab!',
    'Chag Sameach from all of us!',
  ])('a greeting for a religious feast is religion when the brand blocks greetings: %s', (text) => {
    expect(has(text, 'religion', greetingsBlocked)).toBe(true);
    expect(has(text, 'religion')).toBe(false);
  });
});

describe('charter generalisation 2: look-alikes stay clean', () => {
  it.each([
    ['politics', 'Élection du meilleur goûter 2026 : votez pour votre préféré en commentaire !'],
    ['politics', 'Élection de la chaussette de l’année : à vous de voter !'],
    ['politics', 'PS : la livraison est offerte ce week-end.'],
    ['politics', 'Répondez avant vendredi SVP, les places sont limitées.'],
    ['politics', 'Nos biscuits sont sans conservateurs ni colorants, bonne dégustation !'],
    ['politics', 'Assemblée générale des actionnaires le 12 juin à Courbevoie.'],
    ['politics', 'Mr Jones from our Leeds store won the employee of the month vote!'],
    ['politics', 'Our mascot election is open: vote for your favourite!'],
    ['politics', 'Notre politique zéro déchet : des emballages compostables d’ici 2028.'],
    ['health_legal', 'Notre nouveau paquet de 2 kg, parfait pour les familles.'],
    ['health_legal', 'Nous avons réduit le poids de nos emballages de 20 %.'],
    ['health_legal', 'Drop off 5 kg of old clothes at any store for a voucher.'],
    ['health_legal', 'We lost 2 kg of flour in the move, oops.'],
    ['health_legal', 'One lucky follower will win the case and the charger!'],
    ['health_legal', 'Keep your receipt: you’re entitled to a refund within 30 days.'],
    ['health_legal', 'C’est la loi de la jungle au rayon chaussettes ce samedi.'],
    ['health_legal', 'Our caramel shortbread cures the Monday blues, guaranteed.'],
    ['health_legal', 'Le loyer du goûter, c’est la loi du plus gourmand chez nous.'],
    ['health_legal', 'You will win a voucher at our food court stand.'],
    ['insult', 'Les pneus crissent dans le dernier virage, quel spectacle !'],
    ['insult', 'Le calice du vainqueur sera exposé au stand.'],
    ['insult', 'Get lost in our new autumn collection.'],
    ['insult', 'Thank you Karen for the lovely review!'],
    ['insult', 'Beat it with a whisk for two minutes, then fold in the flour.'],
    ['confidential', 'Notre contrôle qualité interne évite toute contamination.'],
    ['confidential', 'Product recall notice: batch 2210 of our granola, full refund in store.'],
  ])('%s stays off: %s', (category, text) => {
    expect(has(text, category)).toBe(false);
  });

  it.each([
    'Bon pont de l’Ascension à tous, les bureaux rouvrent lundi.',
    'Happy Lunar New Year to our teams in Asia!',
    'Bon lundi de Pentecôte, la station reste ouverte.',
    'Happy to have lent our pit crew to the charity race.',
  ])('a day off or a word is not a religious greeting: %s', (text) => {
    expect(has(text, 'religion', greetingsBlocked)).toBe(false);
  });

  it('a French PO box "BP 412" is not the oil company; BP named is', () => {
    const c = mergeCharter({ categories: { competitors: ['BP', 'Shell'] } });
    expect(has('Écrivez-nous : Service clients, BP 1207, 92000 Nanterre.', 'competitors', c)).toBe(false);
    expect(has('Courrier : B.P. 88, 69002 Lyon.', 'competitors', c)).toBe(false);
    expect(has('BP a encore augmenté ses prix à la pompe.', 'competitors', c)).toBe(true);
    expect(has('Our driver’s pulse and BP are shown live during the race.', 'competitors', c)).toBe(false);
  });

  it('a one-word name in lower case after a word that makes it a thing is the thing ("the outer shell")', () => {
    const c = mergeCharter({ categories: { competitors: ['Shell', 'BP'] } });
    expect(has('The outer shell of our charger is recycled aluminium.', 'competitors', c)).toBe(false);
    expect(has('A waterproof soft shell for muddy days.', 'competitors', c)).toBe(false);
    expect(has('Cheaper than shell at the pump, every day.', 'competitors', c)).toBe(true);
    expect(has('Shell raised its prices again.', 'competitors', c)).toBe(true);
  });
});
