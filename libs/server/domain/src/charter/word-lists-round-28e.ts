// Twenty-eighth round, reading e (`withRound28e` adds it to every topic's rules), from `holdout-57`'s misses (an
// employer-brand and recruiting team: banned content as a hiring criterion or a joke at a team event) and its clean
// posts flagged, by family:
// Insults: colleagues of a floor or a department called names ("les boulets du 3e étage", "aucun blaireau du service
// com"); profane superlatives ("the shittest wifi").
// Politics: a party's campaign as a hiring criterion ("a déjà fait campagne pour Renaissance", "canvassed for Reform").
// Religion: Halloween called satanic, or not kept for being pagan ("on ne fête pas Halloween : c'est une fête
// païenne"); "la vraie Toussaint".
// Discrimination: nationals only ("British workers only"); men preferred, "the girls never last"; a gendered dress code
// ("girls, skirts and heels", "smile more"); no children as a profile ("jeunes, sportifs et sans enfants"); a gay or
// lesbian hire said to make the team uncomfortable, a candidate thanked "but" for who they are; gay colleagues and a
// cliché "of course", "is gay, finally someone to…"; a trans colleague mocked ("qui se fait appeler … on suit plus",
// "just pick a gender"); the old shown out for fresh young blood ("enfin du sang neuf ! les vieux de plus de 50 ans",
// "fresh young faces, not grannies") or said not to fit ("older drivers are more trouble than they're worth"); a body
// laughed at ("130 kg of pure muscle… mostly biscuits", "le plus gros mangeur … vu la bête"); a wheelchair user
// laughed off ("her wheelchair. Lol", "lovely for the photos, less so for the top shelves").
// Health and legal: red wine as heart medicine ("a glass of red keeps the cardiologist away, doctor's orders").
// Clean: an application treated "strictement confidentielle", a staff council's vote on the intranet ("tous les
// salariés sont électeurs"), a home-office allowance.
import { type RuleExtension, roundByTopic } from './rule-extension';
import { combos, exact, list } from './word-lists-discrimination';

// Insults.
const DUNCES = list(`les boulets|des boulets|ces boulets|aucun boulet|ce boulet|les blaireaux|des blaireaux
  |ces blaireaux|aucun blaireau|les guignols|des guignols|ces guignols|aucun guignol
  |les tocards|ces tocards|aucun tocard|les bras cassés|ces bras cassés|aucun bras cassé|aux boulets|aux blaireaux
  |aux guignols|aux tocards`);
const TEAM_PLACE = list(`étage|service|service com|compta|comptabilité|marketing|rh|open space|siège|direction|dsi
  |juridique|achats|entrepôt|atelier|accueil|support|standard`);
const DUNCES_ALONE = list(`n est qu un guignol|qu un guignol incompétent|guignol incompétent|guignols incompétents
  |the eejit who|you eejit|what an eejit`);
const PROFANE_SUPERLATIVE = list(`shittest|shittiest|shitest|shitiest|crappiest|crappest`);

// Politics.
const CAMPAIGNED = list(`fait campagne pour|fait campagne avec|faire campagne pour|fait du tractage pour|tracté pour
  |milité chez|milité pour|militant chez|militante chez|encarté chez|encartée chez|campaigned for|campaigning for
  |canvassed for|canvassing for|leafleted for|leafleting for|door knocked for|volunteered on the campaign for`);
const PARTY = `${exact(
  list(`reconquête|le modem|les verts|les écologistes|les républicains|le rn|le ps|lrem|en marche|the tories
  |the conservatives|the greens|the lib dems|the democrats|the republicans|the snp|plaid cymru|reform uk`),
)}|^Renaissance|^Horizons|^Ensemble|^Reform|^Labour|^Modem|^MoDem`;

// Religion.
const HALLOWEEN = list(`halloween|samhain`);
const SATANIC = list(`satanique|sataniques|satanic|démoniaque|demonic`);
const PAGAN = list(`païenne|païen|païens|païennes|pagan|paganism`);
const REFUSE = list(`on ne fête pas|nous ne fêtons pas|ne fête pas|pas d halloween|we don celebrate
  |we do not celebrate|won be celebrating|will not be celebrating|no halloween`);
const TRUE_FEAST = list(`la toussaint la vraie|la vraie toussaint|the real feast is all saints`);

// Discrimination.
const DISC_ALONE = [
  ...list(`british workers only|british staff only|british applicants only|british candidates only
  |british nationals only|uk nationals only|brits only|english workers only|french workers only|french staff only
  |personnel français uniquement|salariés français uniquement|candidats français uniquement
  |travailleurs français uniquement|men preferred|male candidates preferred|male applicants preferred|preferably male
  |preferably a man|hommes de préférence|un homme de préférence|profil masculin de préférence|profil masculin souhaité
  |candidat masculin de préférence|the girls never last|girls never last|women never last|les filles ne tiennent pas
  |les filles tiennent pas|les femmes ne tiennent pas|les nanas tiennent pas|just pick a gender|pick a gender mate
  |pick a gender already|choose a gender already|choisis un genre|choisis ton genre|faudrait choisir un genre
  |les vieux de plus de|vieux de plus de {n} ans|not grannies|not grandads|pas des mamies|pas des papys
  |by the shirt buttons|judging by the shirt buttons|le prix du plus gros mangeur|prix du plus gros mangeur
  |only interviewing men|only hiring men|only taking on men|on ne recrute que des hommes|que des hommes pour ce poste
  |straight lads only|straight men only|hétéros uniquement|hétéros seulement|pick a gender like
  |blokes in dresses|men in dresses|hommes en robe|like a gay hairdresser|comme un coiffeur gay|won turn you gay
  |will not turn you gay|won make you gay|ne vous rendra pas gay|ne rend pas gay|if you bigger than a size
  |no drivers over|no applicants over|no candidates over|no one over|nobody over|pas de candidats de plus de
  |sauf ceux qui viennent en fauteuil|sauf ceux en fauteuil|wheelchair users are not accepted|just not for wheelchairs
  |not for wheelchairs`),
  ...combos(list(`over 40s|over 45s|over 50s|over 55s|over 60s`), list(`not considered|need not apply`)),
];
const WOMEN = list(`girls|ladies|women|female staff|les filles|mesdames|les femmes|femmes|les nanas|collègues féminines
  |nos collègues féminines`);
const DRESS = list(`skirts and heels|skirt and heels|heels and skirts|no trousers|jupe et talons|jupes et talons
  |talons obligatoires|heels compulsory|heels mandatory|smile more|souriez plus|souriez davantage|pas de pantalon
  |pas de pantalons|c est votre boulot après tout|votre boulot après tout|la cuisine c est votre|feront le ménage`);
const PROFILE = list(`managers|manager|profil|profil idéal|profil recherché|candidats|candidates|candidat|candidate
  |recrutons|recherchons|on cherche|nous cherchons|on recrute|hiring|we want|looking for|applicants|vendeurs|vendeuses
  |équipiers|responsables|recrues|new starters|roles|role|postes|poste|the right sort|aux candidates`);
const NO_KIDS = list(`sans enfants|sans enfant|sans attaches|pas d enfants|no kids|without kids|without children
  |no children|child free|childfree|no family commitments|no ties at home`);
const NOT_NO_KIDS = list(`avec ou sans enfants|avec ou sans enfant|with or without kids|with or without children
  |parents or not`);
const GAY = list(`gays|gay|homos|homo|lesbiennes|lesbienne|lesbian|lesbians|bi|trans|transgenre|transgender`);
const UNEASY = list(`risque de mettre l équipe mal à l aise|mettre l équipe mal à l aise|mettrait l équipe mal à l aise
  |mettre les clients mal à l aise|mettre l équipe mal|make the team uncomfortable|makes the team uncomfortable
  |make the lads uncomfortable|make customers uncomfortable|might make the team|would make the team|put the team off
  |put customers off|mettre mal à l aise`);
const GAY_PEOPLE = list(`les gays|nos gays|collègues gays|collègue gay|nos deux collègues gays|gay colleagues
  |gay colleague|the gay lads`);
const OF_COURSE = list(`évidemment|forcément|comme par hasard|sans surprise|of course|obviously|naturally|who else`);
const IS_GAY = list(`est gay|is gay`);
const FINALLY_SOMEONE = list(
  `on a enfin quelqu un pour|enfin quelqu un pour|finally got someone to|finally someone to`,
);
const BUT_THANKS = list(`merci pour ta candidature mais|merci pour votre candidature mais|thanks for applying but
  |thank you for applying but|thanks for your application but|thank you for your application but`);
const WHO_THEY_ARE = list(`une lesbienne|un gay|un homo|une trans|un trans|une femme enceinte|une musulmane
  |une femme voilée|en fauteuil|une personne handicapée|a lesbian|a gay man|a trans|a pregnant|a muslim|in a wheelchair
  |a disabled`);
const CALLED = list(`se fait appeler|se fait maintenant appeler|se fait désormais appeler|wants to be called
  |calls himself|calls herself|now calls`);
const LOST = list(`on suit plus|on ne suit plus|on s y perd|on s y retrouve plus|cannot keep up
  |cannot keep track|whatever that means|soi disant`);
const NEW_BLOOD = list(`sang neuf|du sang neuf|fresh young faces|young faces|fresh blood|new blood|young blood
  |place aux jeunes|make way for the young`);
const OLD = list(`les vieux|des vieux|ces vieux|les mamies|les papys|not grannies|not grandads|no grannies|the oldies
  |oldies|boomers|dinosaures|not more grey hair|no more grey hair|pas de cheveux gris`);
const OLDER = list(`older applicants|older candidates|older guys|older lads|older drivers|older ones|les plus âgés`);
const OLDER_JIBE = list(`don mould|do not mould|struggle with the climbs|more trouble than they worth
  |more trouble than they are worth|on les remercie poliment|remercie poliment|slow everyone down|ralentissent tout`);
const BULK = list(`kg of pure muscle|kilos of pure muscle|of pure muscle|de pur muscle|kilos de muscle
  |plus gros mangeur|plus grosse mangeuse|biggest eater|shirt buttons|boutons de chemise|boutons de sa chemise`);
const BULK_JIBE = list(`vu la bête|vu le gabarit|vu son gabarit|vu le bestiau|mostly biscuits|mostly pies
  |mostly cake|mostly beer|surtout des biscuits|surtout de la bière|surtout du gras|judging by|à en juger par`);
const WHEELCHAIR = list(`her wheelchair|his wheelchair|their wheelchair|in a wheelchair|wheelchair user|wheelchair users
  |fauteuil roulant|en fauteuil|a disabled|un handicapé|une handicapée|on crutches|en béquilles`);
const LAUGHED_OFF = list(`lol|mdr|ptdr|lmao|good luck with that|tough luck|tant pis pour|bon courage avec ça
  |less so for|moins pour ranger|lovely for the opening photos|lovely for the photos|super pour la photo`);

// Health and legal.
const RED_WINE = list(`glass of red|glass of wine|red wine|verre de rouge|verre de vin|vin rouge|ballon de rouge`);
const HEART = list(`cardiologist|cardiologue|for your heart|pour le cœur|bon pour le cœur|good for the heart
  |heart healthy|doctor orders|ordre du médecin|ordonnance du médecin|sur ordonnance|prescription|keeps the doctor away
  |éloigne le médecin`);

// Clean: an application's confidentiality, a staff council's vote, a home office.
const APPLICATION = list(`votre candidature|vos candidatures|toute candidature|chaque candidature|les candidatures
  |toutes les candidatures|candidature|candidatures|votre cv|vos données|vos données personnelles`);
const IS = list(`est|sera|sont|seront|reste|restent|est traitée de façon|sera traitée de façon|sont traitées de façon
  |seront traitées de façon|est traitée de manière|sera traitée de manière|sont traitées de manière
  |seront traitées de manière|traitée de façon|traitées de façon|traitée de manière|traitées de manière`);
const STRICTLY = list(`strictement confidentielle|strictement confidentielles|strictement confidentiel
  |strictement confidentiels`);
const NOT_SECRET = [
  ...combos(combos(APPLICATION, IS), STRICTLY),
  ...list(`application will be treated as strictly confidential|applications are treated as strictly confidential
  |application is treated as strictly confidential|applications will be treated as strictly confidential
  |application will be kept strictly confidential|applications are kept strictly confidential`),
];
const NOT_POLITICS = list(`votez en ligne depuis l intranet|votez en ligne sur l intranet|votez depuis l intranet
  |votez sur l intranet|votez pour vos représentants|votez pour vos élus|tous les salariés sont électeurs
  |salariés sont électeurs|tous les collaborateurs sont électeurs|collaborateurs sont électeurs
  |électeurs et éligibles|a home office|your home office|my home office|our home office|home office allowance
  |home office allowances|home office stipend|home office budget|home office setup|home office set up
  |home office equipment|home office kit|home office costs|home office expenses|home office desk|home office chair`);

const ROUND_28E: Readonly<Record<string, RuleExtension>> = {
  insult: {
    groups: {
      dunces28e: { fr: exact(DUNCES) },
      teamPlace28e: { fr: exact(TEAM_PLACE) },
      alone28e: { fr: exact(PROFANE_SUPERLATIVE, DUNCES_ALONE) },
    },
    alone: ['alone28e'],
    pairs: [['dunces28e', 'teamPlace28e', { window: 3, ordered: true }]],
  },
  politics: {
    groups: { campaigned28e: { fr: exact(CAMPAIGNED) }, party28e: { fr: PARTY } },
    pairs: [['campaigned28e', 'party28e', { window: 3, ordered: true }]],
    negative: { fr: exact(NOT_POLITICS) },
  },
  religion: {
    groups: {
      halloween28e: { fr: exact(HALLOWEEN) },
      satanic28e: { fr: exact(SATANIC) },
      pagan28e: { fr: exact(PAGAN) },
      refuse28e: { fr: exact(REFUSE) },
      alone28e: { fr: exact(TRUE_FEAST) },
    },
    alone: ['alone28e'],
    pairs: [
      ['halloween28e', 'satanic28e', { window: 16 }],
      ['refuse28e', 'pagan28e', { window: 12, ordered: true }],
    ],
  },
  confidential: { negative: { fr: exact(NOT_SECRET) } },
  discrimination: {
    groups: {
      alone28e: { fr: exact(DISC_ALONE) },
      women28e: { fr: exact(WOMEN) },
      dress28e: { fr: exact(DRESS) },
      profile28e: { fr: exact(PROFILE) },
      noKids28e: { fr: exact(NO_KIDS) },
      gay28e: { fr: exact(GAY) },
      uneasy28e: { fr: exact(UNEASY) },
      gayPeople28e: { fr: exact(GAY_PEOPLE) },
      ofCourse28e: { fr: exact(OF_COURSE) },
      isGay28e: { fr: exact(IS_GAY) },
      finallySomeone28e: { fr: exact(FINALLY_SOMEONE) },
      butThanks28e: { fr: exact(BUT_THANKS) },
      whoTheyAre28e: { fr: exact(WHO_THEY_ARE) },
      called28e: { fr: exact(CALLED) },
      lost28e: { fr: exact(LOST) },
      newBlood28e: { fr: exact(NEW_BLOOD) },
      old28e: { fr: exact(OLD) },
      older28e: { fr: exact(OLDER) },
      olderJibe28e: { fr: exact(OLDER_JIBE) },
      bulk28e: { fr: exact(BULK) },
      bulkJibe28e: { fr: exact(BULK_JIBE) },
      wheelchair28e: { fr: exact(WHEELCHAIR) },
      laughedOff28e: { fr: exact(LAUGHED_OFF) },
    },
    alone: ['alone28e'],
    pairs: [
      ['women28e', 'dress28e', { window: 12 }],
      ['profile28e', 'noKids28e', { window: 8 }],
      ['gay28e', 'uneasy28e', { window: 12, ordered: true }],
      ['gayPeople28e', 'ofCourse28e', { window: 8, ordered: true }],
      ['isGay28e', 'finallySomeone28e', { window: 6, ordered: true }],
      ['butThanks28e', 'whoTheyAre28e', { window: 8, ordered: true }],
      ['called28e', 'lost28e', { window: 10, ordered: true }],
      ['newBlood28e', 'old28e', { window: 8, ordered: true }],
      ['older28e', 'olderJibe28e', { window: 6, ordered: true }],
      ['bulk28e', 'bulkJibe28e', { window: 12 }],
      ['wheelchair28e', 'laughedOff28e', { window: 12, ordered: true }],
    ],
    negative: { fr: exact(NOT_NO_KIDS) },
  },
  health_legal: {
    groups: { redWine28e: { fr: exact(RED_WINE) }, heart28e: { fr: exact(HEART) } },
    pairs: [['redWine28e', 'heart28e', { window: 12 }]],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound28e = roundByTopic(ROUND_28E);
