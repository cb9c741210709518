// Families covered for generalisation (2026-12-05): each class is tested with sentences written for this spec (not
// taken from the corpus, the probe sets or the hold-outs), and each has look-alikes that must stay clean.
import { defaultCharter, mergeCharter } from './charter';
import { checkCharter } from './charter-check';

const base = defaultCharter();
const categories = (text: string, charter = base) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, charter).map((f) => f.category);
const has = (text: string, category: string, charter = base) => categories(text, charter).some((c) => c === category);

describe('charter generalisation: families found', () => {
  it.each([
    // Insults: address ("un vrai", "ces", "is a", "pack of", "absolute") + a pejorative noun; plurals of the lists.
    ['insult', 'Le livreur de ce matin ? Un vrai charlot, colis jeté par-dessus la haie.'],
    ['insult', 'Merci au transporteur, ces guignols ont encore perdu trois palettes.'],
    ['insult', 'Our courier is a buffoon, parcel thrown over the fence again.'],
    ['insult', 'Whoever designed this app is run by a pack of nitwits.'],
    ['insult', 'The new supplier? Absolute plonkers, the lot of them.'],
    ['insult', 'Ces tanches du service client ne répondent jamais.'],
    // "vous êtes" / "are you" + a pejorative adjective; similes; a spelled-out "f".
    ['insult', 'Vous êtes bêtes ou quoi ? Le code promo est sur la page d’accueil.'],
    ['insult', 'Are you thick? The size guide is right there.'],
    ['insult', 'Ce vendeur est con comme un balai, il a rendu la monnaie deux fois.'],
    ['insult', 'That linesman is as useless as a chocolate teapot.'],
    ['insult', 'To the spam bots in our replies: f off, seriously.'],
    // Politics: actors by nickname or short name, local elections, EU rule-making, cues of broken promises.
    ['politics', 'Le gouv promet des baisses, comme d’hab on paiera la note.'],
    ['politics', 'Votez bien aux #municipales, pas pour les extrêmes.'],
    ['politics', 'Les écologistes ont gagné trois mairies, enfin des élus sérieux.'],
    ['politics', 'The Treasury squeezes us again, thanks for nothing, Chancellor.'],
    ['politics', 'Eurocrats have clearly never run a bakery: this new regulation is pure nonsense.'],
    ['politics', 'Reform promised lower bills; if they win the election we are doomed.'],
    ['politics', 'Encore un 49.3, la démocratie dans toute sa splendeur.'],
    // Religion: creationism as a claim; a holy month wished by a brand that blocks greetings (below).
    ['religion', 'L’évolution n’est qu’une théorie, la Création est un fait.'],
    ['religion', 'Intelligent design explains our planet better than any textbook.'],
    // Confidential: a leaked memo or screenshot + results; guidance aimed at, kept between us.
    ['confidential', 'Mémo de la direction : le dividende sera réduit, on n’en parle pas encore.'],
    ['confidential', 'Screenshot of the board deck: profit forecast cut for next year.'],
    ['confidential', 'On vise 8 % de croissance en 2027, ça reste entre nous jusqu’à la journée investisseurs.'],
    ['confidential', 'We are targeting double-digit growth next year, top secret until investor day.'],
    // Health: acting on the body (block, reverse, improve) + memory, toxins, ageing, skin and foot conditions.
    ['health_legal', 'Nos jus verts purifient l’organisme et chassent les toxines.'],
    ['health_legal', 'Ce sirop améliore la mémoire des écoliers en trois semaines.'],
    ['health_legal', 'Our night cream reverses the signs of ageing in a week.'],
    ['health_legal', 'These insoles get rid of athlete’s foot for good.'],
    ['health_legal', 'Kids on our probiotic yoghurt catch fewer colds.'],
    ['health_legal', 'Notre spray bloque la grippe avant qu’elle ne s’installe.'],
    // Legal advice given as certain.
    ['health_legal', 'Pas de souci, la loi est de votre côté : gardez l’article.'],
    ['health_legal', 'Relax, the law is on your side, keep the refund and the goods.'],
    // Discrimination: groups by situation + turned away, told to stay home, role-casting, laziness, suspicion.
    ['discrimination', 'Les allocataires du RSA, passez votre chemin, ce n’est pas pour vous ici.'],
    ['discrimination', 'Les mamans à temps partiel, ce n’est pas le profil pour nos postes de direction.'],
    ['discrimination', 'Une femme mécanicienne ? Elle ferait mieux de rester aux fourneaux.'],
    ['discrimination', 'Kids from council estates are not our target customer, sorry.'],
    ['discrimination', 'Plus-size women in our lookbook? Nobody wants to see that.'],
    ['discrimination', 'The Polish lads in shipping are always on a break, lazy as ever.'],
    ['discrimination', 'The travellers are back near the store, lock your cars up tonight.'],
    ['discrimination', 'Ce modèle ne va pas aux grosses, désolée.'],
    ['discrimination', 'Il conduit comme au bled, ça se voit tout de suite.'],
    ['discrimination', 'Merci de ne pas nous envoyer de CV de personnes handicapées.'],
    ['discrimination', 'Gay couples, please stop commenting on our family photos.'],
    // Masked slurs, pushing a person out.
    ['discrimination', 'Tr@nnies are not welcome in our changing rooms.'],
    ['discrimination', '@lee_k do us all a favour and quit, nobody will miss you.'],
    ['discrimination', '@nina_r rends-nous service et démissionne.'],
    // Second pass: silencing, more pejorative nouns, prefects and protests, the PM, geopolitics, "don't quote me",
    // "on évite les…", "très peu pour nous", "aren't built for them", weight and doctor promises.
    ['insult', '@leo_b qui t’a sonné ? Retourne jouer.'],
    ['insult', '@amy_k pipe down, this thread is for customers.'],
    ['insult', 'Honestly, the courier is such a git.'],
    ['politics', 'Le préfet a encore interdit la manif des commerçants.'],
    ['politics', 'The PM must resign, this budget is a disgrace.'],
    ['politics', 'Les sanctions contre la Russie nous coûtent plus cher qu’à eux.'],
    ['confidential', 'Q2 margins are way under plan, don’t quote me on it.'],
    ['discrimination', 'Les candidats de plus de 55 ans ? On évite les profils trop rigides.'],
    ['discrimination', 'Un vendeur en fauteuil à l’accueil ? Très peu pour nous.'],
    ['discrimination', 'Obese shoppers should shop online, our aisles are not built for them.'],
    ['health_legal', 'Notre tisane fait maigrir sans effort, même en mangeant de tout.'],
    ['health_legal', 'Two squares a day keep the doctor away, promise.'],
    ['politics', 'Les pêcheurs manifestent contre Bruxelles, on les soutient.'],
    ['politics', 'This mayor wrecked the high street. Vote him out.'],
  ])('%s: %s', (category, text) => {
    expect(has(text, category)).toBe(true);
  });

  it('a holy month wished by a brand that blocks greetings is religion; "vacances de Noël, bonne route" is not', () => {
    const blocking = mergeCharter({ categories: { greetings: 'block' } });
    expect(has('Nous vous souhaitons un saint mois de Ramadan.', 'religion', blocking)).toBe(true);
    expect(has('Wishing you a blessed month of Ramadan.', 'religion', blocking)).toBe(true);
    expect(has('Ouvert pendant les vacances de Noël, bonne route à tous.', 'religion', blocking)).toBe(false);
    expect(has('Bon plan Noël : -30 % sur les pyjamas.', 'religion', blocking)).toBe(false);
  });
});

describe('charter generalisation: look-alikes stay clean', () => {
  it.each([
    ['insult', 'Ces manches longues sont parfaites pour l’hiver.'],
    ['insult', 'Our mascot is a clown for the kids’ party on Saturday.'],
    ['insult', 'Are you thick-skinned enough for our spiciest biscuit?'],
    ['politics', 'Nos équipes ont rencontré le conseil municipal des enfants de Lille.'],
    ['politics', 'Brussels sprouts, chestnuts and our butter biscuits: a Christmas menu.'],
    ['politics', 'Envoyez-nous un MP avec votre numéro de commande.'],
    ['politics', 'Notre campagne de pub arrive enfin à la télé !'],
    ['religion', 'Rendez-vous dans notre boutique de Lyon Part-Dieu samedi.'],
    ['religion', 'Pit lane gospel: fresh tyres win races.'],
    ['religion', 'The holy grail of winter socks is finally here.'],
    ['confidential', 'Top secret mission: find the golden biscuit in our tins!'],
    ['confidential', 'Notre recette secrète de croissance… pour les croissants du dimanche.'],
    ['health_legal', 'Our planner improves focus at work: fewer meetings, more done.'],
    ['health_legal', 'Full refund within 30 days, no questions asked.'],
    ['health_legal', 'Vous avez 14 jours pour nous retourner l’article, conformément à la loi.'],
    ['discrimination', 'Les mamans de l’équipe ont préparé le goûter, merci à elles !'],
    ['discrimination', 'Our plus-size range now goes up to size 30.'],
    ['discrimination', 'Women, men and kids: the new collection is in store.'],
    ['discrimination', 'Lock your bikes on the racks outside the store, they are free to use.'],
    ['confidential', 'Heads up: our Q3 sale starts Monday with 30 % off.'],
    ['politics', 'The council opened our new playground this morning.'],
    ['insult', 'Le magasin ferme la semaine prochaine pour travaux.'],
    ['politics', 'The county council gave our Vire plant an innovation award.'],
    ['politics', 'NATO summit traffic: our Brussels store opens late on Thursday.'],
    ['insult', 'What a plank challenge! Our yoga kit is back in stock.'],
    ['discrimination', 'Trop vieux, ce pull ? Non, vintage : découvrez notre seconde main.'],
    ['confidential', 'Screenshot of our new app: order in two taps.'],
  ])('%s stays off: %s', (category, text) => {
    expect(has(text, category)).toBe(false);
  });

  it('a competitor’s name of ordinary words counts as the name, not as the words after a determiner', () => {
    const c = mergeCharter({ categories: { competitors: ['Petit Bateau', 'Tape à l’œil', 'Jacadi'] } });
    expect(has('Un petit bateau en papier pour la chambre de bébé.', 'competitors', c)).toBe(false);
    expect(has('Cette robe tape à l’œil, on adore.', 'competitors', c)).toBe(false);
    expect(has('Les bodies Petit Bateau rétrécissent, les nôtres non.', 'competitors', c)).toBe(true);
    expect(has('tape a l’oeil who? Our range is bigger.', 'competitors', c)).toBe(true);
    expect(has('Moins cher que chez jacadi.', 'competitors', c)).toBe(true);
    expect(has('Vu sur #petitbateau, on fait mieux.', 'competitors', c)).toBe(true);
  });
});
