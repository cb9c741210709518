// Twenty-eighth session (2026-12-08): the families of word-lists-round-28e.ts, read from holdout-57's misses (an
// employer-brand and recruiting team: a hiring criterion, a joke at a team event, an aside about a colleague) and its
// clean posts flagged, beside clean sentences that share their words. Every sentence was written for this spec; each
// one found failed before its rule.
import { ruleCategories as rules } from './spec-rules';

describe('round 28e: what the rules now find', () => {
  it.each([
    'Photo de groupe au séminaire 📸 Il ne manque que les blaireaux du service achats, coincés dans le RER.',
    "Merci à tous pour la journée d'intégration, même aux boulets du service informatique 😇",
    'Campus tour done ✅ great students, crappiest coffee machine in the building 😩',
    'Shout-out to the eejit who booked our graduate open day on a bank holiday 🙄',
  ])('finds insult in %s', (text) => expect(rules(text)).toContain('insult'));

  it.each([
    'Alternance en communication : un plus si vous avez déjà fait campagne pour Reconquête 😉',
    "Graduate comms role: bonus points if you've canvassed for Reform before 😉",
    'Stage relations publiques : idéal si tu as milité chez Horizons pendant tes études.',
  ])('finds politics in %s', (text) => expect(rules(text)).toContain('politics'));

  it.each([
    'Cette année on ne fête pas Halloween au bureau : une fête païenne, très peu pour nous.',
    'Halloween decorations are banned from the office this year, the whole thing is frankly a bit satanic.',
    "Pas de citrouilles à l'accueil : chez nous, on célèbre la vraie Toussaint 🙏",
  ])('finds religion in %s', (text) => expect(rules(text)).toContain('religion'));

  it.each([
    'Night shift packers wanted in Kent, British staff only please 🇬🇧',
    'Préparateurs de commandes à Lyon : personnel français uniquement, merci.',
    'Site engineer role in Aberdeen, men preferred as the hours are long.',
    "Warehouse lead role in Derby: we're only hiring men this time round.",
    'Reception team dress code for the trade fair: ladies, skirts and heels every day please.',
    'Accueil du salon : mesdames, talons obligatoires et souriez plus aux visiteurs !',
    'Nos futurs responsables de magasin : disponibles, mobiles et sans enfants.',
    "We're hiring area managers: ideally child-free, the travel is constant.",
    'Thanks for applying, but a gay man on the night shift would make the team uncomfortable.',
    "Merci pour votre candidature mais une femme voilée à l'accueil, on ne peut pas.",
    'Karaoké du service : nos collègues gays ont choisi Abba, évidemment 💅',
    'Our new account manager is gay, so finally someone to sort out the office plants 🌿',
    "Welcome to Sam, who now calls himself Samantha, honestly we can't keep up 🙄",
    'Bienvenue à Dom, qui se fait appeler « Dominique » désormais, on ne suit plus 🙄',
    'Team quiz night: Jess from sales turned up in a suit again. Just pick a gender already 😂',
    'Retirement drinks for Bernard 🥂 Finally some new blood, the oldies can go now.',
    'Pot de départ de Josiane 🥂 Enfin du sang neuf au rayon layette, les mamies on a donné 😂',
    'Meet Steve from logistics, 120 kilos of pure muscle… mostly pies 😂',
    "Le prix du plus gros mangeur du séminaire revient à Kevin, personne n'est surpris 😂",
    "A candidate in a wheelchair asked about the lift today. Lol, there isn't one.",
    'Un candidat en fauteuil roulant pour un poste au 3e sans ascenseur ? Mdr.',
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    "Wine tasting for the sales team 🍷 A glass of red wine each evening is good for the heart, doctor's orders!",
    "Apéro d'équipe : un verre de rouge chaque soir, c'est bon pour le cœur, parole de cardiologue 🍷",
  ])('finds health_legal in %s', (text) => expect(rules(text)).toContain('health_legal'));
});

describe('round 28e: the clean posts beside them', () => {
  it.each([
    'Votre candidature est traitée de manière strictement confidentielle, seul le recruteur la lit.',
    'Your application will be treated as strictly confidential by our talent team.',
    "Élections du CSE : votez sur l'intranet jusqu'au 14, tous les salariés sont électeurs.",
    'Hybrid working at Orvea: two office days and a home-office allowance for your desk and chair.',
    'Le blaireau, star de notre atelier nature au service éducatif 🦡',
    'Notre directrice a fait campagne pour la renaissance du vieux port de Marseille.',
    'Halloween party for the children of staff 🎃 costumes, pumpkins and games in the canteen.',
    'Avec ou sans enfants, nos managers ont tous droit au télétravail deux jours par semaine.',
    'Our wheelchair rugby team won the regional cup again, lol what a season 🏉',
    'Bienvenue à notre nouvelle stagiaire, qui se fait appeler Lou, et à toute la promo 2026 !',
    'Du sang neuf sur nos vieux métiers : bienvenue aux 12 apprentis tonneliers !',
    'New blood meets grey hair: our mentoring scheme pairs every graduate with a senior engineer.',
    'Our vineyard team day ends with a glass of red, drink responsibly and take the shuttle home 🍷',
    'British staff and international staff alike can join our pension scheme from day one.',
    'Ladies and gents, the dress code at the gala is smart: trousers, skirts or suits, your call.',
    'Thanks for applying! Candidates in a wheelchair can ask us for a ground-floor interview room.',
    "Merci aux collègues gays et lesbiennes de l'association interne pour l'organisation de la Pride 🌈",
    "Gay or straight, of course you're welcome on our team 🌈",
    'Our new office manager is gay and finally joined the running club 🏃',
    'Vive la Toussaint et ses vacances 🍂 nos ateliers enfants sont ouverts tous les matins.',
    'Halloween est une fête aux racines païennes : découvrez nos costumes de sorcière.',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});
