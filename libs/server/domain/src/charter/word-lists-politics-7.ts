// Seventh round of politics families (lexicon.ts), by construction rather than by sentence: slogans and activist
// movements that are politics alone ("Free Palestine", "#Frexit", "Just Stop Oil"); telling people how (not) to vote
// ("arrêtez de voter pour ceux qui", "ask your MP"); a vote verb before a party written with a capital ("voting
// Green"); "le RN" (the party: the road is "la RN 7"); "contre cette loi", "against the bill"; public policies and
// political actors that are weak alone (welfare, minimum wage, tariffs, trade and climate deals, "l'État", "nos
// dirigeants", lawmakers); cues said of them (sarcastic thanks, "wake up", "do your job", "qu'ils viennent
// l'expliquer", "was supposed to", "ne fait rien"); seats of power as cities ("Cheers Washington", "imposée par
// Bruxelles"). Negatives: a vote in the comments, the date of an election named for opening hours. Matched exactly
// (normalized).
import { list } from './word-lists-discrimination';

/** Enough alone: slogans, activist movements, exit campaigns, calls about how to vote, political nicknames. */
export const STRONG_FR = list(
  `arretez de voter pour ceux|arretez de voter pour eux|arretez de voter pour ces|frexit|dexit|nexit|italexit
  |retrait de la loi|retrait de la reforme|retrait du projet de loi|abrogation de la loi
  |abrogation de la reforme|abrogez la loi|abrogez la reforme|palestine libre|liberez la palestine
  |soutien a l ukraine|gloire a l ukraine|khmers verts|khmer vert|ayatollahs verts|ayatollahs de l ecologie
  |gauchiasse|droitard|droitards|macronards|macronard|islamo gauchisme|wokisme|derniere renovation
  |soulevements de la terre|extinction rebellion|ne votez plus pour|ne votez jamais pour
  |ne votez plus jamais pour|vote pour ceux qui|votent pour ceux qui|a vote pour ceux qui
  |ont vote pour ceux qui|votez contre ceux qui|ecrivez a votre depute|ecrivez a vos deputes
  |interpellez votre depute|un certain president|un certain ministre|un certain premier ministre
  |recul de l age de depart|report de l age legal|recul de l age legal|age legal de depart
  |travailler plus pour gagner plus|candidat a la mairie|candidats a la mairie|candidate a la mairie
  |candidats aux municipales|candidat aux municipales|livrer des armes|livrer plus d armes|livraisons d armes
  |crimes de guerre|criminel de guerre|la junte|junte militaire|greve generale|stop au genocide
  |arretez le genocide|cessez le feu maintenant|candidat a la presidentielle|candidats a la presidentielle
  |course a l elysee|pas mon president|justice pour adama`,
);
export const STRONG_EN = list(
  `stop voting for them|stop voting for those|stop voting for people who|stop voting for these|free palestine
  |free gaza|free tibet|free hong kong|stand with ukraine|slava ukraini|stand with israel
  |from the river to the sea|woman life freedom|just stop oil|extinction rebellion|insulate britain
  |drill baby drill|vote for those who|voted for those who|voted for this lot|ask your mp|write to your mp
  |email your mp|tell your mp|write to your congressman|call your senator|call your congressman
  |a certain president|a certain prime minister|tory scum|champagne socialist|champagne socialists|libtard
  |libtards|lefties|the loony left|the woke left|running for mayor|running for office|send more weapons
  |send weapons to|arms to ukraine|arms to israel|war crimes|war criminal|the junta|military junta|51st state
  |raising the pension age|general strike|stop the genocide|ceasefire now|presidential candidate
  |presidential race|running for president|defund the police|back the blue|blue lives matter
  |black lives matter|all lives matter|abolish ice|stop the steal|not my president`,
);

/** Weak: public policies and their matters, and political actors that are ambiguous alone. */
export const WEAK_FR = list(
  `allocs|allocations familiales|allocations chomage|prestations sociales|minima sociaux|aides sociales|rsa|apl
  |salaire minimum|deserts medicaux|nos dirigeants|les dirigeants europeens|dirigeants europeens
  |union europeenne|l union europeenne|traite europeen|traites europeens|accord de paris|accords de paris
  |mercosur|ceta|droits de douane|sanctions|sanctionner|superprofits|taxe sur les superprofits
  |taxer les superprofits|cheque carburant|zfe|zones a faibles emissions|bloquent les autoroutes
  |bloquer les autoroutes|bloquer le pays|bloquent le pays|colere agricole|agriculteurs en colere
  |paysans en colere|sortir de l europe|sortir de l ue|quitter l ue|quitter l union europeenne|sortie de l ue
  |cheminots|conseil d etat|cour supreme|limitation des mandats|cumul des mandats|ce parlement|cette majorite
  |ce president|accord de libre echange|accords de libre echange|libre echange|grevistes|piquet de greve
  |piquets de greve|activistes du climat|militants du climat|militants ecolos|militants ecologistes`,
);
export const WEAK_EN = list(
  `state pension age|child benefit|universal credit|benefits cap|benefit cuts|welfare|minimum wage|living wage
  |business rates|tariffs on|tariff on|trade deal|trade deals|trade war|climate deal|climate deals
  |paris agreement|paris accord|sugar tax|sugar levy|rent control|rent controls|term limits
  |supreme court justices|national security|the commons|lawmakers|legislators|congress|our leaders
  |world leaders|mr president|this president|this administration|leaving the eu|left the eu|leave the eu
  |rail strikes|rail strike|walkouts|rmt|unite union|ice raids|immigration raids|deportations
  |free trade agreement|strikers|picket line|picket lines|on strike|climate activists|climate protesters
  |eco activists|eco warriors`,
);
/** Weak with a capital: "l'État" (not "en bon état"), "les Verts" (not "les verts" of a palette), the RMT. */
export const WEAK_CAP = list(`Etat|Verts|Greens|RMT`).map((w) => `^${w}`);

/** Said of a government, a party or a law: blame, sarcasm, a call, support. */
export const CUES_FR = list(
  `racket|racket d etat|se sert dans la caisse|se servent dans la caisse|se sert dans nos poches|vache a lait
  |qu ils viennent|avait raison|qu il vienne|qu elle vienne|qu ils viennent l expliquer
  |qu il vienne l expliquer|nous explique que|nous expliquent que|ne fait rien|ne font rien|n a rien fait
  |n ont rien fait|rien fait pour|tient ses promesses|tiennent leurs promesses|tenir ses promesses
  |on en reparle|on en reparlera|pensez a ceux qui|sacrifier|sacrifie|sacrifient|va sacrifier|ne sert a rien
  |ne servent a rien|on est avec vous|on est avec eux|on est avec elles|nous sommes avec vous|ont raison de
  |a bien raison|montre la voie|montrent la voie|se taisent|se tait|regarde ailleurs|regardent ailleurs
  |complicite|complice|doit etre juge|doivent etre juges|abandonne|abandonnent|fossoyeurs|guignols|bouffons
  |c est qui qui paie|qui va payer|c est encore nous qui payons|veulent interdire|veut interdire|etait cense
  |etaient censes|qui a encore confiance|encore confiance|il oublie|oublient|le peuple doit|punitive|punitif
  |genocide|apartheid|colonisation|annexion|soutien aux grevistes|soutien aux|meritent mieux|merite mieux
  |quelle blague|quelle farce|mascarade|joue avec nos|jouent avec nos|doit arreter|doivent arreter|en prison
  |au trou|cruel|cruelle|inhumain|inhumaine`,
);
export const CUES_EN = list(
  `wrecked|remember who|remember it at|remember that at|kill small shops|kill the high street|wreck|wrecks
  |wreck the|bankrupt|bankrupting|would bankrupt|punishes|punish|strangling|going backwards|got it badly wrong
  |badly wrong|do your job|stop hiding|hands off|doesn't care|don't care|simply doesn't care|was supposed to
  |were supposed to|never run a|who've never|who have never|lock them up|lock the lot of them up
  |kick this lot out|kick them out|kick out|boot them out|don't deserve|doesn't deserve|voted themselves
  |enough is enough|whoever wins|four more years|couldn't agree more|agree more with|they've done right
  |solidarity with|in the streets|on the streets|send the police|scrap|scraps|scrapped|scrapping
  |they've done right|took them long enough|needs to listen|spineless|gutted|complicit|complicity|scrap the
  |axe the|abolish the|repeal the|genocide|apartheid|annexation|occupation|support the strikers|we back the
  |deserve better|deserves better|what a farce|charade|playing games with|stop playing games|needs to stop
  |must stop|should be jailed|be jailed|jail them|cruel|inhumane|heartless`,
);

/** A vote verb before a party written with a capital ("voting Green", "vote for the Greens", "votez RN"). */
export const VOTE_VERBS =
  list(`vote|votes|voted|voting|vote for|vote for the|voting for|voting for the|voted for|voted for the|votez|voter
  |votons|votent|vote pour|votez pour|voter pour|je vote|on vote|nous votons`);
export const PARTIES_CAP =
  list(`Greens|Labour|Tory|Tories|Reform|Conservative|Conservatives|Lib Dem|Lib Dems|Liberal|Liberals|Democrat
  |Democrats|Republican|Republicans|SNP|Plaid|RN|LFI|Reconquete|Ecolo|NFP|LR|PS|NDP`).map((w) => `^${w}`);
/** A bare vote verb before a colour that is also a party: "voting Green", "votez Verts" (not "vote for the Green
 * jumper"). */
export const VOTE_BARE = list(`vote|votes|voted|voting|votez|voter|votons|votent|je vote|on vote`);
export const COLOUR_PARTIES = ['^Green', '^Verts', '^Vert'];
/** "le RN" is the party ("la RN 7" the road): after a masculine article, a vote or "contre". */
export const RN_BEFORE = list(
  `le|du|au|si le|contre le|avec le|vote|voter|votez|votent|elus du|deputes du|militants du`,
);
export const RN = `^RN`;

/** "contre cette loi", "against the bill", "non à la réforme": opposing a law or a plan (`PROTESTED` after). */
export const AGAINST =
  list(`contre|contre cette|contre la|contre le|contre ce|against|against the|against this|opposed to|oppose|opposes
  |non a la|non a cette|no to the|say no to the|scrap the|axe the|abolish the|repeal the`);

/** Seats of power named by their city, with a capital: "Cheers Washington", "imposée par Bruxelles". */
export const CITY_SEATS = list(`Bruxelles|Brussels|Washington|Moscou|Moscow|Pekin|Beijing`).map((w) => `^${w}`);
/** What those seats do in a policy context (with `SEAT_CONTEXT` of word-lists-families-3.ts). */
export const CITY_CONTEXT = list(
  `impose|imposee|imposees|imposes|impose par|imposee par|imposed|imposes|sanctions|sanctions contre
  |sanctions on|tariffs|tariff|decide de|decides|dictates|dicte|diktat|regulation|reglementation|normes
  |directive|bureaucrats|bureaucrates|technocrates|gutted|wrecked|doesn't care|hadn't|taxer|veut taxer
  |veulent taxer|wants to tax|want to tax|veut interdire|veulent interdire|interdire|wants to ban|want to ban`,
);

/** Clean: a vote among the brand's products, an election named for opening hours, a landslide for a pattern. */
export const NEGATIVE_FR =
  list(`votez en commentaire|votez en commentaires|votez dans les commentaires|votez jusqu a|votez entre
  |votez pour vos|votez ici|votez sur|votez avec|raz de maree pour le|raz de maree pour la
  |raz de maree pour les|raz de maree pour notre|raz de maree pour nos|second tour des municipales
  |premier tour des municipales|second tour des legislatives|premier tour des legislatives
  |second tour des regionales|premier tour des regionales|premier tour de piste|second tour de piste
  |au premier tour de|des le premier tour|le premier tour du|premier tour du circuit
  |conseil municipal des enfants|conseil municipal des jeunes|conseil municipal junior
  |conseil municipal d enfants|rue de la loi a bruxelles|les verts et les rouges|les verts et les bleus
  |ministre de l interieur c est|bureau de vote|bureaux de vote`);
export const NEGATIVE_EN =
  list(`animal welfare|employee welfare|staff welfare|vote in the comments|vote in comments|votes in the comments
  |vote below|cast your vote for|vote for your favourite|vote for your favorite|election day on
  |on election day|polling day on|cheers to|cheers for|well done to|thanks for the|thanks for your
  |thanks for all|thanks for coming|thanks for joining|wake up to|wake up with|the council of|student council
  |youth council|works council|council of europe|british council|against the law|against the rules
  |contre la loi de|contre la loi du|striking a balance|strikes a balance|strikes the perfect|striking design
  |striking colours|striking colors|lucky strikes`);

/** Sarcastic (or not) thanks to a political actor: "merci les écolos", "Well done, Labour", "cheers, RMT". */
export const THANKS =
  list(`merci|merci a|merci au|merci aux|merci les|merci a l|bravo|bravo a|bravo au|bravo aux|bravo les|cheers
  |thanks|thank you|well done|nice one|great job|good job`);
/** Ideological and national actors (not a city hall nor a city: "merci à la mairie", "thank you Brussels" are
 * clean). */
export const THANKED =
  list(`ecolos|les ecolos|ecologistes|les ecologistes|insoumis|les insoumis|macronistes|eurocrates|technocrates
  |bureaucrates|gouvernement|le gouvernement|government|the government|ministre|le ministre|minister
  |the minister|ministers|mps|labour|tories|the tories|the eu|rmt|khmers verts|politiques|politicians
  |les politiques|matignon|whitehall|downing street|number 10|no 10`);

/** A side taken in a ballot on a measure: "votez non à l'initiative", "vote yes on the proposition". */
export const VOTE_SIDE =
  list(`votez non|votez oui|voter non|voter oui|vote non|vote oui|on vote non|on vote oui|vote no|vote yes|voting no
  |voting yes|vote no on|vote yes on`);
export const BALLOT_MEASURE =
  list(`initiative|l initiative|referendum|le referendum|proposition|amendement|amendment|measure|the measure|prop
  |la loi|le projet|the bill|this bill`);

/** Nations at war or under occupation: politics only with a cue in the clause ("nos dirigeants se taisent"). */
export const NATIONS =
  list(`ukraine|l ukraine|peuple ukrainien|ukrainiens|ukrainian people|israel|palestine|la palestine|palestiniens
  |palestinians|gaza|russie|russia|taiwan|tibet|kanaky|nouvelle caledonie|groenland|greenland`);

/** Politics only with a cue: when an election is held, the town council, public services ("polling day … don't
 * deserve your vote"), not with another election word ("second tour des municipales : nos magasins ferment à 17 h"). */
export const CUE_ONLY =
  list(`premier tour|second tour|jour du scrutin|jour de vote|bureau de vote|bureaux de vote|polling day
  |polling station|polling stations|election day|election night|soiree electorale|conseil municipal
  |conseillers municipaux|conseiller municipal|municipalite|services publics|hopital public|ecole publique
  |public services`);

/** Marching for a cause or a people ("march for Palestine", "défiler pour l'Ukraine"): with `NATIONS` after it. */
export const MARCH_FOR =
  list(`march for|marching for|marched for|marches for|rally for|rallying for|marche pour|marcher pour|marchons pour
  |defiler pour|defile pour|defilons pour|manifester pour|manifestation pour|manif pour`);

/** The people a policy is said to hurt ("working families", "ménages modestes"): with a cue or a political actor. */
export const PEOPLE =
  list(`working families|working people|ordinary families|hard working families|menages modestes|familles modestes
  |classes populaires|les plus modestes`);
