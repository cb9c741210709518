// Named entities and offices of the politics rules (lexicon.ts), by family rather than by sentence: government
// offices ("ministre de l'Économie", "Home Secretary"), politicians of France, the UK, the US and elsewhere,
// parties, and the machinery of elections and lawmaking. Matched exactly (normalized), so only unambiguous
// names are listed: surnames that are also common words ("Borne", "Truss", "Pence", "Bush") only with a first
// name.
import { combos, list } from './word-lists-discrimination';

const MINISTRIES_FR = list(`economie|interieur|justice|sante|education|education nationale|travail|ecologie
  |transition ecologique|transition energetique|agriculture|culture|armees|defense|finances|budget|comptes publics
  |affaires etrangeres|industrie|logement|transports|outre mer|numerique|energie|solidarites|famille|enseignement
  |enseignement superieur|recherche|immigration|commerce exterieur|fonction publique|sports|europe`);

/** A minister by title ("ministre de l'Économie", "secrétaire d'État au Numérique"): a person in government. */
export const MINISTERS_FR = combos(
  list(`ministre de l|ministre de la|ministre des|ministre du|ministre de|secretaire d etat a l|secretaire d etat au
    |secretaire d etat aux|secretaire d etat a la`),
  MINISTRIES_FR,
);
/** The ministries themselves are weak: "le ministère de l'Agriculture a labellisé notre ferme" is news. */
export const MINISTRIES_AS_BODIES_FR = combos(
  list(`ministere de l|ministere de la|ministere des|ministere du`),
  MINISTRIES_FR,
);

export const OFFICES_FR = [
  ...list(`garde des sceaux|chef de l etat|chef du gouvernement|porte parole du gouvernement|president du senat
    |presidente de l assemblee|president de l assemblee|conseil constitutionnel|remaniement|remaniement ministeriel
    |quinquennat|bulletin de vote|bulletins de vote|aux urnes|isoloir|campagne presidentielle
    |proposition de loi|projet de loi|mariage pour tous|loi travail|loi climat|loi duplomb|loi immigration|loi asile
    |les republicains|le modem|lutte ouvriere|debout la france|europe ecologie|generation s|place publique
    |majorite presidentielle|opposition parlementaire|hemicycle|palais bourbon|beauvau`),
];

export const POLITICIANS_FR =
  list(`gabriel attal|jean castex|raphael glucksmann|marion marechal|eric ciotti|olivier faure
  |fabien roussel|marine tondelier|sandrine rousseau|francois bayrou|michel barnier|sebastien lecornu|villepin
  |dominique de villepin|segolene royal|valerie pecresse|laurent wauquiez|eric zemmour|chirac|jacques chirac|mitterrand
  |francois mitterrand|giscard|pompidou|manuel valls|olivier veran|aurore berge|yael braun pivet|gerald darmanin
  |bruno retailleau|rachida dati|manuel bompard|mathilde panot|louis aliot|jean luc melenchon|jordan bardella
  |nicolas sarkozy|francois hollande|elisabeth borne|edouard philippe|clementine autain|francois ruffin|xavier bertrand
  |christiane taubira|benoit hamon|arnaud montebourg|jean lassalle|philippe poutou|nathalie arthaud|nicolas dupont aignan
  |lucie castets|boris vallaud|valerie hayer|manon aubry|alexis corbiere|sophia chikirou|eric coquerel
  |jean philippe tanguy|sebastien chenu|maud bregeon|prisca thevenot|stephane sejourne|clement beaune|marlene schiappa|eric dupond moretti|amelie de montchalin|catherine vautrin|agnes pannier runacher|roland lescure`);

/** Ministers by title; the departments ("Department for…", "Ministry of…") are weak, like the French ministries. */
export const MINISTERS_EN =
  list(`secretary of state|foreign secretary|home secretary|health secretary|education secretary
  |defence secretary|defense secretary|business secretary|culture secretary|work and pensions secretary
  |health minister|finance minister|foreign minister|interior minister|cabinet minister`);
export const DEPARTMENTS_EN = list(`department for|ministry of`);

export const OFFICES_EN = list(`attorney general|speaker of the house|house speaker|majority leader|minority leader
  |shadow chancellor|shadow cabinet|deputy prime minister|first minister|home office|treasury secretary|oval office|capitol hill|house of lords|general election|snap election|by election
  |polls open|go to the polls|ballot box|swing state|swing states|electoral college|party conference|obamacare
  |roe v wade|border wall|immigration bill|the midterms|primaries|caucus|filibuster|executive orders
  |sinn fein|plaid cymru|liberal democrats|conservative party|labour party|afd|cdu|spd`);

export const POLITICIANS_EN = list(`kemi badenoch|badenoch|ed davey|angela rayner|theresa may|liz truss|rishi sunak
  |nancy pelosi|pelosi|chuck schumer|schumer|mitch mcconnell|mcconnell|ocasio cortez|alexandria ocasio cortez
  |nikki haley|marco rubio|tim walz|pete buttigieg|buttigieg|gavin newsom|newsom|hillary clinton|bill clinton
  |george w bush|george bush|reagan|ronald reagan|thatcher|margaret thatcher|tony blair|gordon brown|david cameron
  |jeremy corbyn|corbyn|justin trudeau|trudeau|mark carney|olaf scholz|scholz|friedrich merz|narendra modi|modi
  |kim jong un|bolsonaro|lula|javier milei|milei|mike pence|kamala|pete hegseth|hegseth|robert f kennedy|rfk jr
  |ron desantis|jd vance|suella braverman|priti patel|jacob rees mogg|michael gove|sadiq khan
  |ed miliband|miliband|david lammy|yvette cooper|wes streeting|bridget phillipson|lisa nandy|robert jenrick
  |james cleverly|tom tugendhat|nick clegg|caroline lucas|zack polanski|nicola sturgeon|humza yousaf|keir starmer|emmanuel macron|ursula von der leyen|von der leyen|giorgia meloni
  |viktor orban|benjamin netanyahu|vladimir putin|volodymyr zelensky|xi jinping|erdogan`);

/**
 * Political actors and acts named without a full title: abbreviations and nicknames ("le gouv", "Eurocrats"),
 * first names of leaders, parties by a short name, the Treasury, EU rule-making, price shields and duties, local
 * elections (weak: they count with another political word or a cue).
 */
export const ACTORS_WEAK_FR =
  list(`gouv|le gouv|les gouvernants|gouvernants|bouclier tarifaire|cheque energie|municipales
  |les municipales|cantonales|regionales|les regionales|departementales|ecologistes|les extremes|extremes|centristes
  |macronistes|lepenistes|melenchonistes|elus locaux|elu local
  |commission europeenne|eurocrates|technocrates de bruxelles|parlement europeen|bercy|la reglementation
  |nouvelle reglementation|reglementation europeenne|directive europeenne|normes europeennes|taxe carbone
  |hausse des taxes|accise|accises|bureaucrates|fonctionnaires de bruxelles|ministere|ministeres|victoire electorale
  |urnes|prefet|prefete|prefets|le prefet|manif|manifs|manifestent|manifestons|cortege|intersyndicale|cgt|cfdt|ecolo|guerre en ukraine
  |contre bruxelles|diktat de bruxelles|diktats de bruxelles|normes de bruxelles|russie|poutine|otan|l onu|gaza|cessez le feu|sanctions contre|militants|militant|senatrice|promesses electorales|promesses non tenues`);
export const ACTORS_WEAK_EN = list(`the treasury|treasury|fuel duty|duty rise|eurocrats|the eu|eu rules|eu regulation
  |new regulation|this regulation|red tape|bureaucrats|westminster|holyrood|the commission|european commission
  |keir|rishi|kemi|the donald|the tories|reform uk|the greens|lib dems
  |ballot|manifesto|manifestos|councillor|council tax|energy price cap|price cap
  |windfall tax|the pm|pm's|sanctions on|sanctions against|russia|the kremlin|nato|the un|gaza|ceasefire
  |war in ukraine|invasion of|against brussels|brussels bureaucrats|dictated by brussels|the chancellor|chancellor|the government's|ministers|party leader|leadership race`);
/** Said of them: broken promises, nonsense, "comme d'hab". */
export const CUES_MORE_FR = list(`n importe quoi|fait n importe quoi|font n importe quoi|comme d hab|comme d habitude
  |on paiera|on paiera la note|c est nous qui payons|avait promis|avaient promis|promesses non tenues|absurde
  |on les soutient|nous les soutenons|absurdes|aberrant|aberrante|ubuesque|du grand n importe quoi|dans toute sa splendeur
  |qu ils comprennent|rien compris au|pur delire|grand guignol`);
export const CUES_MORE_EN = list(`promised|broken promises|u turn|nonsense|pure nonsense|absurd|how's that going
  |how is that going|thanks for nothing|cheers for nothing|never met a|clearly never|honestly moving
  |moving hq|if they win|if he wins|if she wins|win the next election
  |clueless|have no clue|no clue|out of their minds|what a joke`);
