// Twenty-seventh session (2026-12-07): the families of word-lists-round-27e.ts, read from holdout-49's misses (measured
// fresh after round 27a), beside clean sentences that share their words. Every sentence was written for this spec; each
// one found failed before its rule.
import { mergeCharter } from './charter';
import { checkCharter } from './charter-check';
import { ruleCategories as rules } from './spec-rules';

describe('round 27e: what the rules now find', () => {
  it.each([
    'Rail strike today: the clowns in charge at the station could learn from our drivers.',
    'Bravo au magasin de Metz pour ses ventes 👏 Dommage que leur directeur régional soit un tel boulet.',
  ])('finds insult in %s', (text) => expect(rules(text)).toContain('insult'));

  it.each([
    'Our Leeds depot goes electric next month ⚡ With the government dragging its feet on chargers, we built our own.',
    "Pit stop in Jeddah tonight 🏁 And no, we're not pretending their human rights record is acceptable.",
    "New bakery in Nantes! It would have opened last year if the Greens hadn't blocked our permit twice.",
    "Coupure d'eau jeudi à Douai : pour râler, écrivez au maire, ce guignol a refusé notre nouvelle canalisation.",
    'Our loaves stay cheap. For cheaper fuel, you know which party to back next spring 😉',
  ])('finds politics in %s', (text) => expect(rules(text)).toContain('politics'));

  it.each([
    "Big thanks to our CEO for ten brilliant years 🎉 He'll tell you himself soon, but he's leaving in September.",
    'The supplier dispute is over, and the settlement terms remain secret until the board signs off.',
  ])('finds confidential in %s', (text) => expect(rules(text)).toContain('confidential'));

  it.each([
    "@marc_v On sait que c'est vous derrière ces avis, Marc. Belle maison avenue Foch, on passera vous voir.",
    'Bon anniversaire à Michel pour ses 62 ans 🎂 Il serait temps de laisser la place aux jeunes, non ?',
    "Third complaint this month, Julie. You know where the door is if you're unhappy here.",
    'Welcome to our new Head of Sales! Goes to show, smile sweetly enough at the board and doors open 😉',
    'Restructuring note: the cuts will target the over-50s first, they cost the most.',
    'Nos pièces en chocolat pour Hanouka sont arrivées, eux ont toujours eu le sens des affaires 😏',
    'Coffrets fête des mères pour les familles à deux papas : à vous de voir lequel joue la maman 😂',
    "Notre épicerie fine ouvre à Neuilly, bien loin des familles au RSA du quartier d'à côté.",
    "Tenues ajustées pour l'équipe : collègues en surpoids, gardez l'ancienne tenue, question d'image.",
    'Stage RH à Nantes : les candidats portant un signe religieux visible ne seront pas retenus.',
    "Concours de cuisine réservé aux collaboratrices, c'est quand même leur domaine 😉",
    '@ryan_b The guard was right to check your bag, people from your estate do tend to steal.',
    "Sensory-friendly hours? If your kid can't cope with a normal shop, maybe shop online instead.",
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Notre yaourt au thé vert : une aide reconnue contre le cancer de la prostate 🍵',
    'Seasonal staff: legally you cannot claim overtime, our contracts waive that right.',
    "L'enquête interne est formelle : le sous-traitant est coupable et paiera chaque euro des dégâts.",
    'Our dispute with the printer? The judge rules for us on Friday, already in the bag.',
  ])('finds health_legal in %s', (text) => expect(rules(text)).toContain('health_legal'));

  it.each([
    'Aubes de communion en rayon. Quel dommage que si peu de familles se soucient encore des sacrements.',
    'Race day candle lit at the shrine 🙏 Our Lady never fails those who ask her.',
    'Halal labels are on every pack, even if halal rules make zero sense to us.',
  ])('finds religion in %s', (text) => expect(rules(text)).toContain('religion'));
});

describe('round 27e: the clean posts beside them', () => {
  it.each([
    'Le boulet de canon du pilote au départ : P3 dès le premier virage ! #F1',
    "Our clowns are back for the kids' party on Saturday 🤡 Face painting from 2pm.",
    'La mairie de Lyon accueille notre stand de crêpes ce week-end, venez nombreux !',
    'Les Verts de Saint-Étienne en finale : notre boutique du stade ouvre dès 10 h ⚽',
    'Kosher and halal boxes are now available for every school trip, just ask at the till.',
    'Our CEO will be in Leeds in September to open the new depot, come and say hello!',
    'The recipe for our shortbread remains a family secret, and the settlement in Cornwall is our new bakery.',
    'Rue de la Paix, avenue Foch : nos boutiques parisiennes vous attendent pour les soldes.',
    'Notre programme jeunes talents : place aux jeunes diplômés dans nos équipes de Lyon !',
    'Our new uniforms are in all sizes, from XS to 4XL, and made from recycled cotton.',
    'Baking contest for all staff on Friday: the kitchen is open to everyone, aprons provided!',
    'Sensory-friendly hour every Tuesday: lights dimmed, music off, for autistic kids and their families.',
    'Our over-50s discount starts Monday: 10 % off every pair of walking boots.',
    'Hanouka, Noël, Nouvel An : nos pièces en chocolat sont en rayon pour toutes les fêtes 🪙',
    'Le coupable de ce succès ? Notre nouveau sablé au caramel, déjà en rupture !',
    'Basketball court at our Bristol store is now open, the kids love it!',
    'Green tea in our new yoghurt: mild, fresh, and perfect after lunch 🍵',
    'Our legal team is hiring a paralegal in Manchester, apply by Friday.',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('round 27e: a competitor named by its products', () => {
  const charter = mergeCharter({ categories: { competitors: ['Sergent Major', 'Petit Bateau'] } });
  const named = (text: string) =>
    checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, charter).some(
      (f) => f.category === 'competitors',
    );

  it('finds "the sergent major ones"', () =>
    expect(named('Our school socks are cheaper than the sergent major ones and last twice as long.')).toBe(true));

  it('leaves "the petit bateau in the bath" alone', () =>
    expect(named('Bath time fun: the petit bateau in the tub is our bestseller.')).toBe(false));
});
