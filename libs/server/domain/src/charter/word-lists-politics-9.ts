// Ninth round of politics families (lexicon.ts wraps POLITICS_RULES with `withPolitics9`), each a class of words
// met with a second class rather than a post's phrasing:
// - an ideology given a verdict ("le communisme a échoué", "socialism is theft", "capitalism is killing the planet");
// - taxes called theft ("l'impôt, c'est du vol", "taxation is theft") and taxing the rich ("rétablir l'ISF");
// - raising a wage floor ("raise the minimum wage", "augmenter le SMIC");
// - weapons sent to a country at war ("livrer des armes à l'Ukraine", "stop sending arms to Israel");
// - leaving or joining a bloc or treaty ("quitter l'UE", "rejoin the EU", "leave NATO", "sortir de l'euro");
// - abolishing an institution ("abolir la monarchie", "abolish the House of Lords");
// - telling people to abstain or to vote for a side ("abstenez-vous", "votez à gauche", "vote left");
// - a candidate of a named party ("le candidat LR"); persecuted peoples
//   (Uyghurs, Rohingya); agendas ("green agenda", "agenda woke"); the CAP said to feed big farms;
// - weak words that need a second political word: other parties, the European elections, dictatorships, "l'Occident",
//   visas and deportations, named local policies (ZFE, ULEZ, LTN). Matched exactly (normalized).
import type { CategoryRules, Pair, Terms } from './lexicon';
import { exact, list } from './word-lists-discrimination';
import { extendRules } from './rule-extension';

/** Strong alone: named policies, causes and campaigns that are political whatever is said of them. */
const STRONG =
  list(`retablir l isf|retablissons l isf|retablissez l isf|retour de l isf|rendre l isf|impot sur la fortune
  |taxer les riches|taxons les riches|taxez les riches|faire payer les riches|les riches doivent payer|tax the rich
  |taxing the rich|make the rich pay|wealth tax|a wealth tax|inheritance tax|droits de succession|taxe sur les superprofits
  |windfall tax|
  |referendum d initiative citoyenne|citizens initiative referendum
  |ouighours|ouigours|ouighour|uyghurs|uighurs|uyghur|rohingyas|rohingya|free tibet|tibet libre|green agenda
  |net zero agenda|woke agenda|agenda woke|agenda vert|agenda ecologiste|north sea licences|north sea licenses
  |north sea oil and gas|abstenez vous|ne vous abstenez pas|abstenons nous|don abstain|n allez pas voter|ne votez pas
  |votez a gauche|votez a droite|votez au centre|votons a gauche|votons a droite|vote left|vote right wing|vote left wing
  |voting left|aucun candidat ne merite|no candidate deserves|aux europeennes|aux prochaines europeennes
  |european elections|euro elections|register to vote|registered to vote|inscrivez vous sur les listes electorales
  |listes electorales|electoral roll|frexit|fbpe|rejoin eu|rejoiners|brexiteers|brexiters|remainers|remoaners
  |majorite presidentielle|la majorite presidentielle|majorite parlementaire|ruling party|the ruling party|tous pourris
  |ils sont tous pourris|they all corrupt|politicians are all|les politiques sont tous|droite gauche meme combat
  |left right same thing|plus un seul visa|quotas de visas|visa quotas|oqtf|expulsions de clandestins|mass deportations
  |deport them all|expulser les clandestins|baisse de la tva|baisse de tva|hausse de la tva|hausse de tva
  |vat cut|vat rise|vat hike|cut vat|raise vat`);

/** An ideology or economic system, judged by what follows ("le communisme a échoué", "capitalism is killing…"). */
const IDEOLOGY = list(`communisme|le communisme|socialisme|le socialisme|capitalisme|le capitalisme|liberalisme
  |le liberalisme|neoliberalisme|le neoliberalisme|ultraliberalisme|marxisme|le marxisme|anarchisme|nationalisme
  |le nationalisme|communism|socialism|capitalism|neoliberalism|marxism|anarchism|nationalism|globalism|globalisme
  |mondialisme|le mondialisme|wokisme|le wokisme|wokism|wokeism`);
const VERDICT =
  list(`a echoue|a toujours echoue|echoue partout|echoue|a ruine|ruine|tue|tue la planete|detruit|a detruit
  |detruira|c est du vol|est du vol|un vol|est une arnaque|une arnaque|est un poison|un poison|est le probleme
  |est la solution|la seule solution|vaincra|doit tomber|doit mourir|a fait ses preuves|fonctionne|ne marche pas
  |ne fonctionne pas|failed|has failed|fails|always fails|failed everywhere|is theft|theft|is killing|killing|kills
  |destroys|destroyed|is destroying|ruins|ruined|is evil|evil|is a scam|a scam|is poison|is the problem|is the answer
  |is the solution|only a revolution|a revolution|revolution|must fall|must end|works|doesn work|never works
  |never worked|dressed up as|deguise en|habille en|vol organise|organised theft|legalised theft|legalized theft`);

/** Taxes called theft: "l'impôt, c'est du vol", "inheritance tax is theft" (the verdict's theft words). */
const TAX = list(`impot|impots|l impot|les impots|taxes|la fiscalite|fiscalite|taxation|income tax
  |council tax|prelevements|les prelevements|charges sociales|cotisations`);
const THEFT = list(`c est du vol|est du vol|du vol|vol organise|du racket|racket|racket fiscal|spoliation|une spoliation
  |is theft|theft|robbery|legalised theft|legalized theft|extortion`);

/** Raising a wage floor: "raise the minimum wage", "augmenter le SMIC", "SMIC à 1600". */
const RAISE = list(`raise|raising|increase|increasing|hike|boost|double|doubling|augmenter|augmentez|augmentons
  |augmentation du|hausse du|relever|revaloriser|revalorisation du|indexer|bloquer|geler|freeze|scrap|abolish`);
const WAGE_FLOOR = list(`minimum wage|the minimum wage|national minimum wage|living wage|the living wage|smic|le smic
  |salaire minimum|le salaire minimum|les minimas sociaux|minima sociaux|rsa|le rsa|universal credit
  |benefits cap|pensions|les pensions|les retraites`);

/** Weapons sent to a country at war: "livrer des armes à l'Ukraine", "stop sending arms to Israel". */
const ARMS = list(`armes|des armes|d armes|armements|munitions|des munitions|chars|des chars|missiles|des missiles
  |avions de chasse|weapons|arms|ammunition|munitions|tanks|fighter jets|military aid|aide militaire|soutien militaire`);
const AT_WAR = list(`ukraine|a l ukraine|kiev|kyiv|israel|a israel|russie|la russie|russia|taiwan|gaza|palestine
  |palestiniens|palestinians|iran|l iran|to ukraine|to israel|to kyiv`);

/** Leaving or joining a bloc or treaty: "quitter l'UE", "rejoin the EU", "Leave NATO", "sortir de l'euro". */
const LEAVE = list(`quitter|quitte|quittons|quittez|sortir de|sortons de|sortie de|sortie du|rejoindre|reintegrer
  |leave|leaving|left|rejoin|rejoining|exit|exiting|quit|quitting|get out of|pull out of|withdraw from
  |withdrawing from|remain in|stay in|rester dans`);
const BLOC = list(`l ue|l union europeenne|union europeenne|l euro|l otan|otan|la cedh|cedh|l espace schengen
  |schengen|le marche europeen de l electricite|marche europeen de l electricite|le marche unique|the eu
  |the european union|european union|nato|the echr|echr|the single market|the customs union|the euro|schengen area
  |the paris agreement|l accord de paris|the climate accord|the paris accord`);

/** Abolishing an institution: "abolir la monarchie", "abolish the House of Lords" (any order in the clause). */
const ABOLISH = list(`abolir|abolissons|abolissez|abolition de|abolition|supprimer|supprimons|abolish|abolishing
  |abolition of|scrap|scrapping|get rid of|coute une fortune|coutent une fortune|costs a fortune|cost a fortune
  |parasites|scroungers|freeloaders|hors de prix|a fortune`);
const INSTITUTION =
  list(`la monarchie|monarchie|monarchie britannique|la famille royale|famille royale|the monarchy|monarchy|the royal family|royal family|the royals|the house of lords|house of lords
  |the senate|le senat|les lords|the lords|the filibuster|electoral college|the electoral college`);

/** A candidate of a party written as its initials or name with a capital ("le candidat LR", "the Reform candidate"). */
const CANDIDATE = list(`candidat|candidate|candidats|candidates|la candidate|le candidat|tete de liste|head of list`);

/** The CAP (politique agricole commune) said to feed big farms: "^PAC" only with farmers in the clause. */
const FARMERS = list(`cerealiers|gros cerealiers|agriculteurs|petits agriculteurs|eleveurs|petits eleveurs|paysans
  |exploitations|farmers|small farmers|big farms|agribusiness|landowners`);

/** Weak: other parties, the European elections, dictatorships, "l'Occident", visas, deportations, a ruling majority. */
const WEAK =
  list(`les autres partis|autres partis|tous les partis|les partis|other parties|the other parties|all parties
  |europeennes|dictatures|les dictatures|dictatorships|dictatorship|l occident|
  |visas|expulsions|expulsion|deportations|deportation|the regime|sanctions|boycott|boycotter
  |boycottez|boycotting|persecuting|persecution|persecute|persecutent|budget de l hopital|hopital public|nhs|the nhs|sacrificing
  |nos agriculteurs|our farmers|dairy farmers|a tout faux|a cote de la plaque|grand n importe quoi
  |tuer l industrie|kill industry|killing industry|industrie francaise|courage politique|fermete|bankrolling
  |other people wars|guerres des autres|les guerres|wars`);

const GROUPS: Record<string, Terms> = {
  strong: { fr: exact(STRONG) },
  weak: { fr: exact(WEAK) },
  ideology9: { fr: exact(IDEOLOGY) },
  verdict9: { fr: exact(VERDICT) },
  tax9: { fr: exact(TAX) },
  theft9: { fr: exact(THEFT) },
  raise9: { fr: exact(RAISE) },
  wageFloor9: { fr: exact(WAGE_FLOOR) },
  arms9: { fr: exact(ARMS) },
  atWar9: { fr: exact(AT_WAR) },
  leave9: { fr: exact(LEAVE) },
  bloc9: { fr: exact(BLOC) },
  abolish9: { fr: exact(ABOLISH) },
  institution9: { fr: exact(INSTITUTION) },
  candidate9: { fr: exact(CANDIDATE) },
  pac9: { fr: '^PAC' },
  farmers9: { fr: exact(FARMERS) },
};

const PAIRS: readonly Pair[] = [
  ['ideology9', 'verdict9', { window: 5, ordered: true, clause: true }],
  ['tax9', 'theft9', { window: 4 }],
  ['ideology9', 'theft9', { window: 4 }],
  ['raise9', 'wageFloor9', { window: 2, ordered: true, clause: true }],
  ['arms9', 'atWar9', { window: 3, ordered: true, clause: true }],
  ['leave9', 'bloc9', { window: 2, ordered: true, clause: true }],
  ['abolish9', 'institution9', { window: 12 }],
  ['pac9', 'farmers9', { window: 8 }],
];

/** The politics rules with this round's families: groups of the same name are joined, pairs and compounds added. */
export function withPolitics9(base: CategoryRules): CategoryRules {
  return extendRules(base, {
    groups: GROUPS,
    pairs: PAIRS,
    compounds: [
      ['candidate9', 'partyCap', 'strong'],
      ['partyCap', 'candidate9', 'strong'],
    ],
  });
}
