// The detector's lexicons, French and English, per charter category. Each category has groups of terms; a group
// is either enough alone (`alone`) or counts when it meets another group within a few words (`pairs`).
// Negative phrases neutralize the words they cover ("politique de retour", "oh my god").
//
// Term syntax, items separated by `|` or line breaks:
// - `mot` / `multi word`: stemmed with the group's language (Snowball), so inflections match ("licenciements",
//   "licencié"); the word itself always matches too;
// - `=mot`: exact normalized words only (names, short or ambiguous words: "=con" must not match "cons");
// - `^Mot`: exact and written with a capital letter in the post ("Trump" the politician, not "quality trumps").
// Matching is insensitive to case and accents and never crosses punctuation other than spaces, hyphens and
// apostrophes. Words are listed without elided articles ("d'", "l'"): the tokenizer splits them off.
import { INSULTS_EN, INSULTS_FR } from './word-lists';
import * as I from './word-lists-insults';
import { ADDRESS, PEJORATIVE, PEJORATIVE_ADJ, SILENCE, SIMILES, YOU_ARE, YOU_ARE_MORE } from './word-lists-insults';
import { INSULT_4 } from './lexicon-insult-4';
import { withInsult9 } from './lexicon-insult-9';
import {
  ACTORS_WEAK_EN,
  ACTORS_WEAK_FR,
  CUES_MORE_EN,
  CUES_MORE_FR,
  DEPARTMENTS_EN,
  MINISTERS_EN,
  MINISTERS_FR,
  MINISTRIES_AS_BODIES_FR,
  OFFICES_EN,
  OFFICES_FR,
  POLITICIANS_EN,
  POLITICIANS_FR,
} from './word-lists-politics';
import * as W from './word-lists-politics-world';
import { FEASTS } from './word-lists-feasts';
import { withGreetings4, withReligion4 } from './word-lists-religion-4';
import { withReligion8 } from './word-lists-religion-8';
import { withGreetings9, withReligion9 } from './word-lists-religion-9';
import * as F from './word-lists-families-3';
import * as P7 from './word-lists-politics-7';
import { withPolitics8 } from './word-lists-politics-8';
import { withPolitics9 } from './word-lists-politics-9';
import { combos, exact } from './word-lists-discrimination';
import { withInsult10 } from './word-lists-insult-10';
import { rounds } from './rule-extension';
import { withReligion10 } from './word-lists-religion-10';
export { DENIGRATION_RULES, HEALTH_LEGAL_RULES } from './lexicon-health';

/** What a category's mentions are: a group of people (discrimination), a government, a law or a vote (politics). */
export type MentionTopic = 'people' | 'polity';

export interface Terms {
  fr?: string;
  en?: string;
}

export interface PairOptions {
  /** Words apart at most, for this pair (default: the category's `window`); 1 = adjacent. */
  window?: number;
  /** The first group's word comes first. */
  ordered?: boolean;
  /** No punctuation other than spaces, hyphens and apostrophes between the two words. */
  clause?: boolean;
  /** The kind of finding, for its hint (see `variants`). */
  variant?: string;
}

export type Pair = readonly [string, string] | readonly [string, string, PairOptions];

export interface CategoryRules {
  groups: Record<string, Terms>;
  /** Groups whose single hit is a finding. */
  alone: readonly string[];
  /** Two hits (different words) from these groups within `window` words of each other make a finding. */
  pairs: readonly Pair[];
  /** Words apart at most (default 12). */
  window?: number;
  negative?: Terms;
  /** The kind of finding a group that is enough alone makes, for its hint ("harassment", "hiring"). */
  variants?: Readonly<Record<string, string>>;
  /**
   * Two groups' words next to each other in a clause count as a word of a third group: `['traitEn', 'peopleEn',
   * 'group']` makes "older workers" a group word, and so lists stay lists instead of every pairing of two. A fourth
   * element lets the second word come up to that many words after the first, in the same clause ("CEO is stepping
   * down": 3).
   */
  compounds?: readonly (readonly [string, string, string] | readonly [string, string, string, number])[];
  /** Groups whose hit is a finding only as a clause of its own at the end of a sentence ("Nice try, grifter."). */
  isolated?: readonly string[];
  /** Words that count (as `group`) only written masked: "c*ns" (plain "cons" is also "pros and cons"). */
  maskedOnly?: { readonly group: string; readonly words: readonly string[] };
  /**
   * Groups that name what the category is about without making a finding: a group of people (`people` hits of
   * discrimination), a government, a law or a vote (`polity` hits of politics). Reported as hits of that topic
   * (detector.ts), for the stance models (stance.ts).
   */
  mentions?: { readonly topic: MentionTopic; readonly groups: readonly string[] };
  /** Emoji that count as a word of a group ("🖕" an insult, "🙄" a sneer). */
  signs?: Readonly<Record<string, readonly string[]>>;
}

// Creationism as a claim against science ("l'évolution n'est qu'une théorie", "intelligent design").
const CREATION =
  `l evolution n est qu une theorie|l evolution est un mensonge|la creation est un fait|dessein intelligent
  |dieu a cree le monde|la terre a 6000 ans|evolution is just a theory|evolution is only a theory|evolution is a lie
  |creation is a fact|intelligent design|young earth|the earth is 6000 years old|god made the world in six days`.split(
    /\s*[|\n]\s*/,
  );
const words = (s: string) => s.split(/\s*[|\n]\s*/).filter(Boolean);
/** Single nouns of a list with their plural too ("tanche" → "tanches", "nitwit" → "nitwits"). */
const withPlurals = (list: readonly string[]) =>
  list.flatMap((w) => (/^[a-z]{4,}$/.test(w) && !/[sxz]$/.test(w) ? [w, `${w}s`] : [w]));

// Religion by family: founders and deities, scripture, denominations and movements, clergy, devotional phrases.
/**
 * Scripture cited by a book whose name is not also a person's or a product's, with a chapter ("Lévitique 19",
 * "Corinthians 13"). The gospels ("Matthieu 7,7", "John 3:16") are not: a name and a number are too often a player.
 */
const SCRIPTURE = `levitique leviticus deuteronome deuteronomy isaie isaiah jeremie jeremiah ezechiel ezekiel proverbes
  ecclesiaste ecclesiastes corinthiens corinthians galates galatians ephesiens ephesians philippiens philippians
  hebreux hebrews sourate surah`
  .split(/\s+/)
  .map((b) => `^${b} {n}`)
  .join('|');
const RELIGION_MORE = words(`bouddha|buddha|mahomet|le prophete|the prophet|prophete|krishna|shiva
  |vishnou|vishnu|ganesh|saint esprit|holy spirit|holy ghost|talmud|sourate|sourates|verset|versets|nouveau testament
  |ancien testament|new testament|old testament|bhagavad gita|vedas|sikh|sikhs|sikhisme|sikhism|jainisme|jainism
  |shintoisme|shinto|taoisme|taoism|bahai|pentecotiste|pentecotistes|pentecostal|anglican|anglicans|methodist
  |methodists|quaker|quakers|adventiste|adventist|salafiste|salafistes|salafist|salafists|wahhabite|sunnite|sunnites
  |chiite|chiites|sunni|sunnis|shia|shiite|shiites|nonne|nonnes|nun|nuns|mufti|ayatollah
  |dalai lama|inshallah|insha allah|in sha allah|inch allah|mashallah|machallah|masha allah|subhanallah
  |bismillah|alhamdulillah|hamdoulah|hamdoullah|allahu akbar|allah akbar|que le tres haut|le tres haut vous|gloire au tres haut|the most high|que l eternel|l eternel vous|l eternel nous|l eternel est|gloire a l eternel|the lord|notre seigneur|our lord
  |our savior|our saviour|notre sauveur|le messie|paroisse|paroisses|parish|le cure|du cure|au cure|monsieur le cure|parish priest|vicar|vicaire|diacre|deacon|aumonier|chaplain|reverend|archeveque|archbishop|louange|louanges|groupe de priere|prayer group|reincarnation|the messiah|hail mary full|ave maria|notre pere qui|our father who
  |hare krishna|om namah|conversion a l islam|conversion au christianisme|apostat|apostasie|apostate|paien|pagan|pagans|paiens|idolatre|idolatry|scientologue|scientologues|scientologist|scientologists|sainte bible|holy bible|holy quran|saint coran
  |evangelisation|evangelise|evangelize|missionary|missionnaire|missionnaires|catechisme|catechism|confirmation religieuse|bar mitzvah|bat mitzvah|circoncision|circumcision|hajj|umrah|zakat|omra`);

// Insults by family beyond the starter lists: "shut up" imperatives, dismissive nouns (guignol, tanche, naze),
// spelled-out profanity ("fuckin", "goddamn"), "go screw yourself" and its kin.
const INSULTS_MORE_FR =
  words(`ferme ton clapet|fermez vos gueules|ferme ta bouche|guignols|bande de guignols|tanche|tanches|naze|nase|nases|gros naze|pouffiasse|pouffiasses|grognasse|grognasses
  |connarde|connardes|conard|conards|conasse|charogne|charognes|crevure|crevures|trouduc|tete de noeud
  |tetes de noeud|sac a merde|mange merde|face de rat|pauvre minable|espece de minable|bande de minables|va chier|allez chier|va te faire enculer|allez vous faire enculer|va te faire mettre|niquez vous|nique toi
  |bordel de merde|putaing|ptain|vtff|vtf|teube|teubes|cassos|couillonne|empafe|empafes|abrutie|debile profond|debiles profonds|casse toi pauvre con|pov con|pauv con|salopard|enfoiree|enfoirees|batards|degenere|degeneres|pignoufs|boloss|bolosses|bouffonne|bouffonnes
  |pauvre tache|pauvres taches|espece de tache|rageux|rageuse|rageuses|vraie buse|quelle buse|espece de buse
  |ras le cul|plein le cul|mon cul|gros cul|trou de balle|leche cul|faux cul|tete de cul|casse burnes|les burnes
  |t es une plaie|tu es une plaie|quelle plaie|bande de clowns|chiotte|chiottes|on s en branle|je m en branle
  |s en branle|cervelle de moineau|pois chiche dans le crane|tete de pioche`);
const INSULTS_MORE_EN = words(`screw yourself|go screw yourself|screw off|get screwed|fuckin|fucken|fkn|feckin|fecking
  |frickin|fricking|effin|goddamn|goddamned|goddammit|dammit|damn it|damn you|bugger|bugger off|sod off|sodding
  |jerks|nitwit|halfwit|dimwit|cretin|cretins|douchebag|cunt|twat|pillock|prat
  |tosspot|dickface|you dick|such a dick|what a dick|scum|scumbags|wanky|skank|skanks|shitshow|clusterfuck|bullcrap
  |horseshit|ffs|omfg|stfu|kiss my ass|kiss my arse|up yours|eat shit|suck it|you suck|moron|morons|imbecile
  |imbeciles|asshat|dumb ass|numbnuts|nutjob|you loser|such a loser|what a loser|total loser|wazzock|arsewipe|arse wipe|bawbag
  |complete tool|what a tool|such a tool|you tool|are you thick|thick as mince|thicko|brain dead|braindead|sad sack
  |whiny prick|smartass|smart arse|wise ass|asswipe|pissant|shite|bloody idiot|bloody hell|arsed
  |you're a pain|such a pain|bunch of clowns|you clown|shut it|oaf|oafs|pea brain|peabrain|pea brained|thick oaf
  |what the hell|the hell is|what in the hell|don't give a shit|give a shit|don't give a damn|give a damn|don't give a fuck|give a fuck`);

export const INSULT_RULES: CategoryRules = rounds(
  withInsult9,
  withInsult10,
)({
  negative: {
    fr: `=pique nique|=pique niquer|=chili con carne|=con carne|=con leche|=con queso|=pain batard|=pains batards|=batard tout chaud|=batards tout chauds|=baguettes et batards
      |=baguette et batard|=batard croustillant|=batards croustillants|=chien batard|${exact(F.ANIMAL_NEGATIVES)}|${INSULT_4.negative}`,
    en: `=criss cross|=crisscross|=chili con carne|=con carne|=bloody mary|=are you thick skinned|=thick skinned|=thick skin|=thick knit|=thick socks|=thick soled|=dense crumb`,
  },
  groups: {
    strong: {
      fr: `${exact(INSULTS_FR)}|=les cons|=des cons|=bande de cons cons|=salopard|=salopards|=raclure|=raclures
        |=crevard|=crevards|=boloss|=bolosse|=cassos|=sous merde|=trouduc|=casse couilles|=casse couille|=chiant|=chiante
        |=chiants|=chiantes|=emmerde|=emmerder|=emmerdes|=emmerdant|=emmerdante|=emmerdeuse|=ptn|=fdp|=ntm|=tg|=va te faire foutre
        |=va te faire voir|=espece d ordure|=sale ordure|=ordure|=connerie|=conneries|=couilles|=gueule de con
        |=foutage de gueule|=se foutent de nous|=se fout de nous|=foutez vous|=enfoire|=enfoires|=gros con|=grosse conne
        |=pauvre conne|=cretin|=cretins|=baltringue|=baltringues|=debile mental|=se faire foutre|=aller se faire foutre|=allez vous faire foutre|=pauvre type|=pauvres types|=bras casses
        |=on s en bat|=s en bat les|=sale menteur|=sale menteuse|=sale con|=sale type|=sales types|=t es qu un clown
        |=t es un clown|=espece de clown|=quel clown|=des glands|=quels glands|=bande de glands|=tare|=tares|=taree|=tarees
        |=bande de blaireaux|=espece de blaireau|=espece d andouille|=nazes|=pignouf|=putains de|=putain de|=bouffonne
        |=abrutis|=cretins|=debiles|=bouffons|=connasses|=tocards|=losers|=nuls a chier|=tete de con|=tetes de con
        |${exact(withPlurals(INSULTS_MORE_FR))}|${exact(SIMILES)}|${exact(I.QUEBEC_SWEARS)}|${exact(I.GO_AWAY)}`,
      en: `${exact(INSULTS_EN.filter((w) => w !== 'retard'))}|=you retard|=fucking retard|=fck|=fcking|=fking|=fuk|=fuking|=effing|=stfu|=gtfo|=idiot|=idiots|=stupid
        |=dumb|=dumbasses|=crap|=crappy|=piss off|=pissed off|=bollocks|=prick|=pricks|=screw you|=go to hell|=go fuck yourself
        |=jackass|=dickheads|=douchebags|=shithead|=shitheads|=bullshitting|=assholes|=idiotic|=pathetic losers
        |=son of a bitch|=bitchy|=twats|=cunts|=wankers|=morons|=moronic|=scumbag|=imbecilic|=tosser|=tossers|=slag|=slags|=dumbfuck|=dumbfucks|=shite|=absolute muppets|=bunch of muppets
        |=you muppet|=you're a psycho|=psycho|=you're a clown|=lmao clown|=what a clown|=bloody|=pain in the ass
        |=shut the hell up|=shut your trap|=shut your mouth|=suck balls|=sucks balls|=motherfucking|=piece of crap|=arse
        |=you idiot|=what an idiot|=bellend|=knobhead|=numpty|=plonker|=wankstain|=fuckwit|=twatwaffle
        |${exact(withPlurals(INSULTS_MORE_EN))}|${exact(I.MASKED_EN)}|${exact(F.SHUT_IT)}|${INSULT_4.strong}`,
    },
    // "t'es un porc", "you're a disgusting pig": an animal noun aimed at a person.
    youAnimal: { fr: exact(F.YOU_ANIMAL) },
    animal: { fr: exact(F.ANIMALS) },
    contemptAdj: { fr: exact(I.CONTEMPT_ADJ) },
    person: { fr: exact(I.PERSON) },
    address: { fr: exact(ADDRESS) },
    pejorative: { fr: exact(PEJORATIVE) },
    silence: { fr: exact(SILENCE) },
    youAre: { fr: `${exact(YOU_ARE)}|${exact(YOU_ARE_MORE)}` },
    pejorativeAdj: { fr: exact(PEJORATIVE_ADJ) },
    ...INSULT_4.groups,
  },
  signs: { strong: ['🖕'] },
  // "t'es (vraiment) un gland", "sont des rats", "a bunch of clueless clowns": address + a pejorative noun.
  compounds: [
    ['address', 'pejorative', 'strong', 3],
    ['youAre', 'pejorativeAdj', 'strong', 2],
    ['contemptAdj', 'person', 'strong'],
    ['person', 'contemptAdj', 'strong'],
    ['youAnimal', 'animal', 'strong', 2],
    ...INSULT_4.compounds,
  ],
  alone: ['strong', 'silence'],
  isolated: INSULT_4.isolated,
  pairs: [...INSULT_4.pairs],
});

export const POLITICS_RULES: CategoryRules = rounds(
  withPolitics8,
  withPolitics9,
)({
  groups: {
    strong: {
      fr: `élection présidentielle|=presidentielle|=presidentielles|élections législatives|=legislatives|élections municipales
        |élections européennes|=extreme droite|=extreme gauche|=ultra droite|=ultradroite|=ultra gauche|=ultragauche
        |=rassemblement national|=front national|=france insoumise|=lfi|=la france insoumise|=republicains
        |=parti socialiste|=parti communiste|=pcf|=eelv|=nupes|=nouveau front populaire|=macron|=macroniste|=macronistes
        |=macronie|=le pen|=marine le pen|=melenchon|=zemmour|=bardella|=attal|=darmanin|=retailleau|=bayrou|=barnier
        |=sarkozy|=francois hollande|=edouard philippe|=elisabeth borne|=bruno le maire|=ciotti|=ruffin|=glucksmann|=wauquiez
        |=pecresse|=lecornu|=vladimir poutine|=zelensky|=zelenski|=netanyahou|=erdogan|=orban|=meloni|=xi jinping
        |=premier ministre|=president de la republique|=assemblee nationale|=elysee|député|députés|=deputee|=deputees
        |sénateur|sénateurs|=reforme des retraites|=gilets jaunes|=avortement|=ivg|=gauchiste|=gauchistes|=islamo gauchiste
        |=islamo gauchistes|=wokiste|=wokistes|=facho|=fachos|=fasciste|=fascistes|=fascisme|=nazi|=nazis|=communiste
        |=communistes|=motion de censure|=hidalgo|=anne hidalgo|=melanchon|=jean luc melenchon|=francois ruffin|=les ecologistes|=votez pour la liste|=liste les ecologistes|=vive la republique|=reforme gouvernementale|=49 3|=hamas|=hezbollah|=kremlin|=maison blanche|=brexit|=ministre de l interieur
        |=politique d immigration|=politique migratoire|=loi immigration|=droit de vote des etrangers|campagne électorale
        |=parti politique|=partis politiques|=homme politique|=femme politique|=hommes politiques|=classe politique
        |${exact(MINISTERS_FR)}|${exact(OFFICES_FR)}|${exact(POLITICIANS_FR)}
        |=loi sur la fin de vie|=fin de vie|=aide a mourir|=euthanasie|=peine de mort|=legalisation du cannabis
        |=interdiction du voile|=port du voile|=marche pour le climat|=marche contre la reforme|=droit d asile|=regularisation des sans papiers|=quotas migratoires
        |${exact(W.PARTIES_WORLD)}|${exact(W.LEADERS_WORLD)}|${exact(W.CAMPAIGNS)}|^N-VA|^NDP
        |${exact(F.NAMED_POLICIES)}|${F.POLL_SCORES.join('|')}|${exact(P7.STRONG_FR)}`,
      en: `presidential election|=midterms|midterm elections|=democrats|=republicans|=democratic party|=republican party
        |=gop|=maga|^Trump|=donald trump|=biden|=joe biden|=kamala harris|=obama|=putin|=zelenskyy|=netanyahu|=jd vance
        |=desantis|=starmer|=sunak|=boris johnson|=tories|=tory|=labour party|=lib dems|=far right|=far left|=left wing
        |=right wing|=leftist|=leftists|=abortion|=pro life|=pro choice|=white house|=downing street|=prime minister
        |=senator|=senators|=congressman|=congresswoman|=impeach|=impeachment|=fascist|=fascists|=communist|=communists
        |=political party|=politicians|=politician|=election campaign|=gun control|=second amendment|=immigration policy|=farage|=nigel farage|=reform uk|=green party|=snp|=lib dem|=vote republican|=vote democrat|=vote labour
        |=vote tory|=vote conservative|=vote lib dem|=vote green|=conservative government|=labour government|=tory government
        |=democrat|=republican|=bernie|=bernie sanders|=drain the swamp|=doge cuts|=rachel reeves|=keir starmer
        |=chancellor of the exchequer|=energy secretary|=home secretary|=executive order|=pension reform|=take our country back
        |=make america great again|=build the wall|=labour mp|=tory mp|=house of commons
        |${exact(MINISTERS_EN)}|${exact(OFFICES_EN)}|${exact(POLITICIANS_EN)}
        |=hard left|=hard right|=assisted dying|=assisted suicide|=euthanasia|=death penalty|=capital punishment|=cannabis legalisation
        |=vote them out|=vote him out|=vote her out|=burqa ban|=climate march|=right to asylum|=asylum policy|=deportation flights|=rwanda scheme|=gun rights|=trans bill
        |${exact(P7.STRONG_EN)}`,
    },
    weak: {
      fr: `${exact(MINISTRIES_AS_BODIES_FR)}|=prefecture|=prefectures|=technocrates|=conseil constitutionnel|gouvernement|ministre|=rn|=reconquete|=npa|=senat|élection|électoral|électeur|=vote|=votez|=voter|=votent
        |=scrutin|impôts|=impot|=taxes|=fiscalite|=la gauche|=la droite|politique|politicien|politiciens|=republique
        |=democratie|=dictature|=manifestation|=manifestations|=manifestants|=greve|=greves|=syndicat|=syndicats|immigration
        |immigrés|=migrants|=maire|=matignon|=poutine|=la nation|=patrie
        |=dissolution|=referendum|=democratique|=souverainete|=frontieres|=insoumis|=insoumise|=insoumises|=le president|=president de|=parlement|=reforme|=retraites|=assurance chomage|=smic
        |=mairies|=mairie|=elus|=ecolos|=socialistes|=socialiste|=hollande|=gouvernementale|=gouvernemental|=conseil des ministres
        |=senateurs|=mobilisation|=petition|=ministres|=premiere ministre|=pouvoir|${exact(ACTORS_WEAK_FR)}|${exact(W.WEAK_WORLD_FR)}
        |${exact(P7.WEAK_FR)}|${P7.WEAK_CAP.join('|')}`,
      en: `${exact(DEPARTMENTS_EN)}|government|=minister|=senate|=congress|=mayor|=whitehall|=city hall|=number 10|=supreme court|=peers|=mps|=councillors|=the house|=house floor|election|elections|electoral|=vote|=voting|=voters|=ballot|taxes|=taxpayers
        |=liberals|=conservatives|=labour|politics|political|=democracy|=dictatorship|=protest|=protesters|=riot|=woke
        |immigration|immigrants|=migrants|=governor|=parliament
        |=the president|=president|=administration|=unions|=union|=strike|=petition|=tax|=carbon tax
        |=nhs|=independence|=mp|=socialists|=socialist|=conservative|=chancellor|=secretary|=budget
        |=cuts|=governmnet|=goverment|^Reform|^Labour's|${exact(ACTORS_WEAK_EN)}|${exact(W.WEAK_WORLD_EN)}|${exact(P7.WEAK_EN)}`,
    },
    cue: {
      fr: `renverser|renversez|destituer|destitution|démission|démissionner|=degage|=dehors|=honte|=ruine|=ruinent|=ruiner
        |=nous ruine|incompétent|corrompu|menteur|menteurs|traître|traitres|voleurs|dictateur|=il faut|=a bas|boycott
        |boycottez|résistance|révolte|soulèvement|=marre|scandale|scandaleux|trahison|propagande|complot|=detruit|=detruisent
        |=massacre|=assassins|=tyran|=tyrannie|=mensonge|=mensonges|=mentent|=nous prend pour|=degagez
        |=virer|=vire|=tous pourris|=pourris|=vendus|=incapable|=incapables|=contre|=on s en souviendra|=souvenez vous|=deteste la france|=vive|=defileront|=defiler|=manifester|=en greve
        |=on ne se tait pas|=meprise|=s en fiche|=se fiche|=ruine assuree|=ont tue|=ont vote contre|=debout
        |=mobilisez vous|=tous dans la rue|=dans la rue|=on y croit|=signez la petition|=a la porte|=qu il parte|=doit partir
        |=rien compris|=n a rien compris|=n ont rien compris|=fiasco|=desastre|=desastreux|=desastreuse|=catastrophique
        |=honteux|=honteuse|=incompetence|=ont abandonne|=a abandonne|=nous ment|=ment sur|=non a la loi|=non a la reforme|=a tue|=doit agir|=doivent agir|=bloquent|=cirque|=soutien total|=naufrage|=censure
        |=laches|=lache|=pathetique|=trahi|=honte a eux|=a cote de la plaque|=hors sol|=deconnecte|=deconnectes|=soutenons|=on soutient|=nous soutenons
        |${exact(CUES_MORE_FR)}|${exact(W.CUES_WORLD_FR)}|${exact(P7.CUES_FR)}`,
      en: `overthrow|resign|resignation|=disgrace|=shame|=ruining|=ruined|incompetent|corrupt|liar|liars|traitor
        |traitors|=must go|boycott|=rigged|=tyranny|=tyrant|dictator|destroying|=lock him up|=lock her up|scandal|=crooked
        |=puppet change|=vote them out|=thieves|=useless
        |=wrecking|=taxing us|=out of touch|=against|=walk out|=walkout|=march against|=join the march|=sign the petition|=should be fired|=danger|=failed
        |=killing people|=economic ruin|=stunt|=can't come soon enough|=in solidarity|=taking us for fools|=for fools
        |=hate jobs|=right about|=is right|=take back|=blow to the economy|=buried|=anywhere near power|=only ones making sense
        |=should resign|=must resign|=2028|=2027|=shameful|=disgraceful|=ruin|=wants to ruin|=got this wrong|=got it wrong|=completely wrong|=wrong about|=abandoned|=lying|=lying to us|=lies about|=cowards|=coward|=pathetic|=betrayed|=shame on them|=killed|=has killed|=must act|=blocking
        |=circus|=full support|=outrageous|=struck down|=shipwreck|=say no to|=clueless|=shambles|=disaster|=disastrous|=a joke|=endorse
        |=endorsing|=stand with|=standing with|=we support|=proud to support|=haven't a clue|=has no idea|=no idea
        |${exact(CUES_MORE_EN)}|${exact(W.CUES_WORLD_EN)}|${exact(P7.CUES_EN)}`,
    },
    // "le MR", "l'UDC", "votez PQ": a party acronym written in capitals after an article or a vote.
    article: { fr: exact(W.ARTICLE) },
    party: { fr: W.PARTY_ACRONYMS },
    // "Streeting's offer", "la réforme Lecornu"; "Westminster … VAT"; "march against the … plan".
    leader: { fr: F.LEADER_SURNAMES.join('|') },
    policy: { fr: exact(F.POLICY) },
    seat: { fr: F.SEATS.join('|') },
    seatContext: { fr: exact(F.SEAT_CONTEXT) },
    protest: { fr: exact(F.PROTEST) },
    protested: { fr: exact(F.PROTESTED) },
    // "voting Green", "le RN", "against the bill", "merci les écolos", "imposée par Bruxelles" (word-lists-politics-7.ts).
    voteVerb: { fr: exact(P7.VOTE_VERBS) },
    partyCap: { fr: P7.PARTIES_CAP.join('|') },
    voteBare: { fr: exact(P7.VOTE_BARE) },
    colourParty: { fr: P7.COLOUR_PARTIES.join('|') },
    rnBefore: { fr: exact(P7.RN_BEFORE) },
    rn: { fr: P7.RN },
    against: { fr: exact(P7.AGAINST) },
    thanks: { fr: exact(P7.THANKS) },
    thanked: { fr: exact(P7.THANKED) },
    nation: { fr: exact(P7.NATIONS) },
    marchFor: { fr: exact(P7.MARCH_FOR) },
    cueOnly: { fr: exact(P7.CUE_ONLY) },
    people: { fr: exact(P7.PEOPLE) },
    voteSide: { fr: exact(P7.VOTE_SIDE) },
    ballotMeasure: { fr: exact(P7.BALLOT_MEASURE) },
    citySeat: { fr: P7.CITY_SEATS.join('|') },
    cityContext: { fr: exact(P7.CITY_CONTEXT) },
  },
  compounds: [
    ['article', 'party', 'strong'],
    ['protest', 'protested', 'strong', 3],
    ['voteVerb', 'partyCap', 'strong'],
    ['voteBare', 'colourParty', 'strong'],
    ['rnBefore', 'rn', 'strong'],
    ['against', 'protested', 'strong', 2],
    ['voteSide', 'ballotMeasure', 'strong', 3],
    ['marchFor', 'nation', 'strong', 2],
  ],
  alone: ['strong'],
  pairs: [
    ['weak', 'weak'],
    ['weak', 'cue'],
    ['leader', 'policy', { window: 3, clause: true }],
    ['seat', 'seatContext', { window: 8 }],
    ['thanks', 'thanked', { window: 2, ordered: true }],
    ['nation', 'cue', { window: 8, clause: true }],
    ['cueOnly', 'cue'],
    ['people', 'cue'],
    ['people', 'thanked'],
    ['citySeat', 'seatContext', { window: 8 }],
    ['citySeat', 'cityContext', { window: 8 }],
    ['seat', 'cityContext', { window: 8 }],
  ],
  negative: {
    fr: `=politique de retour|=politique de retours|=politique de confidentialite|=politique de prix|=politique tarifaire
      |=politique commerciale|=politique de cookies|=politique des cookies|=politique de remboursement|=politique qualite
      |=politique rse|=politique de l entreprise|=politique d entreprise|=politique de securite|=politique de voyage
      |=politique salariale|=politique de remuneration|=politique de teletravail|=politique de diversite|=politique d achat
      |=politique de recrutement|=politique de livraison|=politique de garantie|=politique de donnees|=politique environnementale
      |=gouvernement d entreprise|=manifestation sportive|=manifestation culturelle|=manifestations sportives|=hors taxes
      |=hors taxe|=toutes taxes comprises|=taxe de sejour|=place de la republique|=avenue de la republique|=vote du public
      |=votez pour votre|=votez pour le|=votez pour la|=votez pour nous|=president directeur general
      |=president du conseil|=president du jury|=president du club|=pouvoir d achat|=au pouvoir de|=le pouvoir de|=pouvoir vous|=vive les vacances|=vive le week end|=vive l ete|=vive le sport|=de pouvoir|=pour pouvoir|=etat de l art|=etat des lieux|=en etat|=bon etat
      |=etat neuf|=etat d esprit|=loi de finances|=la loi de moore|=marre de la pluie|=choux de bruxelles|=chou de bruxelles
      |=en mp|=par mp|=en dm|=mp moi|=envoyez nous un mp|=campagne publicitaire|=campagne de pub|=assemblee generale
      |=assemblees generales|=assemblee des actionnaires|=notre politique|=politique zero|=gilets jaunes fluo|=gilet jaune fluo|=gilets jaunes de securite|=gilet jaune de securite|=en hemicycle|${exact(W.NOT_ELECTIONS)}|${exact(W.NOT_VOTES)}|${exact(W.NOT_ELECTED)}
      |=rn a {n} km|=a {n} km h|=hors tva|=tva incluse|=tva comprise|=ttc|=facture avec tva|=petit budget|=petits budgets
      |=tous les budgets|=budget serre|${exact(P7.NEGATIVE_FR)}
      |${exact(combos(['le vrai', 'la vraie', 'notre vrai', 'notre vraie'], MINISTERS_FR))}`,
    en: `${exact(W.NOT_ELECTED)}|=trump card|=trumps|=return policy|=returns policy|=privacy policy|=cookie policy|=refund policy|=pricing policy|=company policy|=travel policy
      |=corporate governance|=party time|=vote for your|=vote now for|=vote for us|=president and ceo|=president of the club
      |=tax free|=duty free|=law firm|=by law|=state of the art|=brussels sprouts|=brussels sprout|=brussels lace
      |=vat included|=incl vat|=inc vat|=ex vat|=excl vat|=plus vat|=tax included|=free trial|=trial offer|=include vat
      |=includes vat|=including vat|=vat receipt|=vat receipts|=vat invoice|=vat invoices|=vat number|=budget stress
      |=budget friendly|=on a budget|=any budget|=every budget|=tight budget|${exact(P7.NEGATIVE_EN)}`,
  },
});

export const RELIGION_RULES: CategoryRules = rounds(
  withReligion4,
  withReligion8,
  withReligion9,
  withReligion10,
)({
  groups: {
    strong: {
      fr: `=dieu|=dieux|=relligion|=relligions|=convertissez vous|=repentez vous|=repentir|=parole divine|=volonte divine
        |=pelerinage de lourdes|=on prie|=prie|=priez|=prier|=prient|=temoins de jehovah|=fin des temps|=louez le seigneur
        |=alleluia|=seigneur|=se signe|=la vierge|=sectes|=secte|=evangeliques|=evangelique|=evangelistes|=scientologie
        |=psaume|=creationnisme|=dieu a cree|=sa volonte|=un pretre|=pasteurs
        |religion|religions|religieux|religieuse|religieuses|=allah|=jesus|=christ|=jesus christ|=inch allah|=inchallah|=amen
        |=islam|islamique|islamiste|musulman|musulmane|musulmans|musulmanes|chrétien|chrétienne|chrétiens|chrétiennes
        |christianisme|catholique|catholiques|catholicisme|=protestant|=protestants|=juif|=juive|=juifs|=juives|judaïsme
        |bouddhisme|bouddhiste|hindouisme|=hindou|=hindous|=athee|=athees|athéisme|prière|prières|=prions|=priez|mosquée
        |mosquées|=eglise|=eglises|synagogue|synagogues|=pape|=vatican|=imam|=imams|=rabbin|=rabbins|=prêtre|=pretres
        |=eveque|=eveques|laïcité|blasphème|=djihad|=jihad|=charia|=bible|=coran|=torah|=evangile|=evangiles esprit
        |=vierge marie|=messe|=messes|=crucifix|=chapelet|=la mecque|=pelerinage a la mecque|=voile islamique|=burqa|=kippa
        |=croyants|=mecreants|=infideles|=seigneur jesus|=dieu est grand|=que dieu vous benisse|=dieu vous benisse
        |=gloire a dieu|=louange a dieu|=par la grace de dieu|=fils de dieu|=parole de dieu
        |${exact(RELIGION_MORE)}|${SCRIPTURE}|^Eternel|=hachem|=hashem|^Tout Puissant|=benissez|=benissez ce|=un notre pere|=le notre pere|${exact(CREATION)}`,
      en: `=god|=gods|=relligion|=relligions|=repent|=repentance|=rapture|=the lord|=lord is my shepherd|=psalm|=psalms
        |=scientology|=evangelicals|=evangelical|=megachurch|=megachurches|=pastor|=pastors|=prays|=pray|=praying|=prayed
        |=god created|=his will|=creationism|=the almighty|=hallelujah|=amen|=end times|=salvation|=sinners|=heathens
        |=jehovah|=mormon|=mormons|=cult leader|
        religion|religions|religious|=jesus|=christ|=jesus christ|=allah|=islam|islamic|islamist|muslim|muslims|christian
        |christians|christianity|catholic|catholics|=protestant|=protestants|=jew|=jews|=jewish|=judaism|buddhism|buddhist
        |hinduism|=hindu|=hindus|atheist|atheists|atheism|prayer|prayers|=pray|=praying|=prayed|mosque|mosques|=church
        |=churches|synagogue|synagogues|=pope|=vatican|=rabbi|=rabbis|=priest|=priests|=bishop|=bible|=quran|=koran|=torah
        |=the gospel|=gospels|^Gospel|=blasphemy|=sharia spirit|=virgin mary|=crucifix|=god bless|=god is great|=praise the lord
        |=praise god|=praise be|=son of god|=word of god|=lord jesus|=jesus saves|=believers|=infidels|=sermon|=worship
        |${exact(RELIGION_MORE)}|${SCRIPTURE}|=hashem|^Almighty|=bless this|=bless our|=bless these|=lord's prayer|=lords prayer|${exact(CREATION)}
        |${exact(F.MOCK_NAMES)}`,
    },
    // "un type qui marchait sur l'eau", "a guy who turned water into wine": a miracle told mockingly.
    mockPerson: { fr: exact(F.MOCK_PERSON) },
    miracle: { fr: exact(F.MIRACLES) },
    weak: {
      fr: `=divine|=divin|=pelerinage|=benediction|=beni|=benie|=baptise|=baptisee|=baptises|=baptisees`,
      en: `=divine|=faith|=gospel|=pilgrimage|=blessing|=blessed|=lord|=baptised|=baptized|=born again`,
    },
    // Feasts and fasts: weak like the words above, but two of them together are a calendar ("Diwali, Christmas,
    // Hanukkah: gift-wrapping is free"), not a faith professed.
    feastWeak: {
      fr: `=ramadan|=aid|=aid el kebir|=aid el fitr|=kippour|=yom kippour|=hanouka|=hanoucca|=pessah|=diwali|=careme
        |=shabbat|=sabbat`,
      en: `=ramadan|=eid|=yom kippur|=hanukkah|=passover|=diwali|=lent|=sabbath`,
    },
    // Dietary labels: a menu lists them together ("halal, casher et végétarien"); only a cue makes them religion.
    diet: { fr: `=halal|=casher|=kascher|=cacher`, en: `=halal|=kosher` },
    cue: {
      fr: `=sauve|=sauves|=serez sauves|=damnation|=damnes|=jeunez|=jeuner|=jeunent|=rendons grace|=rendre grace|=rend grace|=rendent grace|=rendez grace|=spirituel|=spirituelle|=prier|=croire|=croyez|=foi|=seigneur|=benir|=benisse|=culte|=fideles|=sacrement|=pecheurs|=peche|=peches|=interdire|=interdit|=envahissent|=arnaque|=ruinent|=moins productives|=ouvrez les yeux`,
      en: `=be saved|=won't be saved|=will be saved|=damned|=damnation|=give thanks|=gives thanks|=giving thanks|=gave thanks|=spiritual|=believe|=worship|=lord|=sinners|=sin|=sins|=fasting|=faithful|=salvation|=believers|=banned|=ban|=ruining|=conmen|=lie|=open your eyes|=less productive|=secret of success|=fake piety`,
    },
  },
  alone: ['strong'],
  pairs: [
    ['weak', 'weak'],
    ['weak', 'feastWeak'],
    ['weak', 'cue'],
    ['feastWeak', 'cue'],
    ['diet', 'cue'],
    ['miracle', 'weak', { window: 14 }],
    ['miracle', 'feastWeak', { window: 14 }],
  ],
  compounds: [['mockPerson', 'miracle', 'strong', 2]],
  window: 10,
  negative: {
    fr: `=seigneur des anneaux|=precher pour sa paroisse|=preche pour sa paroisse|=prechons pour notre paroisse|=prechez pour votre paroisse|=pour notre paroisse|=pour sa paroisse|=pour ma paroisse|=je vous prie|=vous prie de|=nous vous prions|=prie de|=style bible|=mon dieu|=dieu merci|=nom de dieu|=bon dieu|=grand messe|=grand messes|=bapteme de l air|=la bible du|=la bible de
      |=aid financiere|=aide financiere|=armee du salut|=part dieu|=la part dieu|=hotel dieu|=l hotel dieu|=chaise dieu
      |=grace dieu|=villedieu|=fete dieu de`,
    en: `=style bible|=fashion bible|=oh my god|=oh god|=god knows|=god save the queen|=god save the king|=for god's sake|=good lord|=my god|=omg|=thank god|=god of war|=godfather|=thank god it's friday|=keep the faith|=good faith
      |=in good faith|=bad faith|=god of war|=the bible of|=blessed with|=bless you|=lord of the rings|=first aid
      |=financial aid|=hearing aid|=aid kit|=legal aid|=in aid of|=bless this mess|=lord mayor|=the lord mayor|=lord provost|=salvation army|=the gospel truth|=gospel truth
      |=the gospel according to our|=god help us|=god help them|=holy grail|=holy moly|=holy cow|=holy guacamole`,
  },
});

/** Religious and cultural feasts met in greetings ("Joyeux Noël", "Eid Mubarak"): the brand's greetings choice. */
export const GREETING_RULES: CategoryRules = rounds(
  withGreetings4,
  withGreetings9,
)({
  groups: {
    greet: {
      fr: `=joyeux|=joyeuse|=joyeuses|=heureux|=heureuse|=heureuses|=bon|=bonne|=belle|=belles|=souhaitons|=souhaite|=souhaitent|=saint|=sainte|=beni
        |=benie|=excellent|=excellente`,
      en: `=happy|=merry|=blessed|=wish|=wishing|=wishes|=greetings|=holy|=joyful|=peaceful`,
    },
    // "Eid Mubarak", "Ramadan Kareem", "Noël à tous" are said after the feast.
    greetAfter: {
      fr: `=moubarak|=mubarak|=kareem|=karim|=a tous|=a toutes|=a toutes et a tous`,
      en: `=mubarak|=kareem|=to all|=to you all|=to everyone`,
    },
    feast: {
      fr: `=noel|=paques|=aid|=aid el fitr|=aid el kebir|=aid al adha|=ramadan|=mois de ramadan|=hanouka|=hanoucca|=pessah
        |=diwali|=kippour|=roch hachana|=fete de l aid|=fete de paques|=nativite|=shana tova|=shabbat|${exact(FEASTS)}`,
      en: `=christmas|=xmas|=easter|=eid|=eid al fitr|=eid al adha|=ramadan|=month of ramadan|=hanukkah|=chanukah|=passover
        |=diwali|=rosh hashanah|=yom kippur|=shabbat|${exact(FEASTS)}`,
    },
    // Greetings in themselves ("Chag Sameach", "Shana Tova", "Eid Mubarak").
    greeting: {
      fr: `=chag sameach|=hag sameah|=shana tova|=shanah tovah|=gmar hatima tova|=eid mubarak|=ramadan kareem`,
    },
  },
  alone: ['greeting'],
  pairs: [
    ['greet', 'feast', { window: 4, ordered: true, clause: true }],
    ['feast', 'greetAfter', { window: 2, ordered: true, clause: true }],
  ],
  negative: {
    fr: `=bon plan|=bons plans|=bonne affaire|=bonnes affaires|=bon d achat|=bons d achat|=bon cadeau|=bons cadeaux`,
    en: `=happy hour|=wish list|=wishlist`,
  },
});
