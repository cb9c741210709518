// Twenty-seventh round, reading c (`withRound27c` adds it to every topic's rules), from `train-cd`'s (French) and
// `train-ce`'s (English) politics and health misses, by family:
// Politics said in passing by a brand: the product compared to a government ("plus chaudes que l'ambiance au Sénat",
// "contrairement à Matignon", "as twisted as the Senate's latest spending bill", "just like the new government",
// "cleaner than any MP's expense claim", "more than this year's child benefit rise"); a council or a regional majority
// that shuts, cuts or freezes ("since the council shut every library", "courtesy of the county council's cuts", "zero
// help from the mayor"); election night "qui finit mal"; fleeing the campaign ("fuir la campagne des européennes");
// Brussels' quotas and norms; "ceux qui signent le Mercosur"; a tax that climbs, "merci qui ?"; what the government
// promised that "never showed up", a new law that "clearly won't"; another Budget that "squeezes families dry"; "name
// a single promise the Mayor has kept"; Boris's lockdown parties; "we'll leave that to the spin doctors at Number 10";
// "the only wall we're building… Sorry, Donald"; "forward it to the Treasury".
// Health and legal: socks that "keep viruses away"; the "gentle field" of a charger that "helps you sleep deeper"; the
// syndic who "n'a pas le droit de refuser" and works done "sans attendre l'AG"; landlords who keep the deposit "for any
// reason", "tenants never win at the tribunal"; compensation for every client "whatever the facts".
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

// Politics. What governs: a government, its seat, its people, its acts.
const POLITY = list(`gouvernement|gouvernements|sénat|sénateurs|matignon|l élysée|élysée
  |le ministère|les ministères|ministres|les ministres|nos ministres|nombre de ministres|un ministre
  |n importe quel ministre|le président de la république|vœux du président|vœux présidentiels|assemblée nationale
  |nos députés|les députés|certains élus|législature|conseil régional|majorité régionale|majorité présidentielle
  |second tour de l élection|premier tour de l élection|la présidentielle|les législatives|débats sur l uniforme
  |débat sur l uniforme|commission européenne|candidats à la présidentielle|candidats aux municipales
  |candidats à la mairie|les politiciens|nos politiciens
  |government|governments|out of westminster|from westminster|westminster bubble|westminster lately
  |westminster politicians|senate|from congress|us congress|in congress|the treasury|at number 10
  |in number 10|inside number 10|to number 10|downing street|whitehall|the chancellor|the prime minister|the pm
  |ministers|a minister|any minister|any mp|an mp|your mp|our mp|mps|mp expenses|spin doctors|politicians
  |the politicians|the coalition|coalition in|coalition government|opposition benches|opposition front bench
  |mayoral race|mayoral candidates|candidates in may|child benefit|benefit rise|pension rise|state pension rise
  |spending bill`);
const NOT_POLITICS = list(`jardin du sénat|jardins du sénat|donald duck`);
const LOCAL = list(`the council|county council|city council|town council|borough council|the local council|the mayor
  |nouvelle majorité|majorité municipale|majorité régionale|conseil régional|conseil départemental|la mairie|le maire
  |la municipalité`);
// A comparison: "plus … que", "aussi … que" (compound), "than", "unlike", "pas comme".
const CMP_HEAD = list(`plus|moins|aussi|autant|mieux|pire|pires|davantage|meilleur|meilleure|meilleurs|meilleures`);
const CMP_QUE = list(`que|qu`);
const AS = list(`as`);
const CMP = list(`than|just like|a bit like|nothing like|unlike|a lot like|contrairement à|contrairement au
  |contrairement aux|pas comme|à la différence de|un peu comme`);
const LOCAL_SNEER = list(`shut every library|closed every library|shut all the libraries|closed all the libraries
  |shut every youth club|closed every youth club|shut every leisure centre|closed every leisure centre|transport cuts
  |library cuts|budget cuts|spending cuts|bus cuts|zero help from|no help from|not a penny from|veut freiner
  |vouloir freiner|semble vouloir freiner|freiner tous|freine tous|bloque tous|bloquer tous|bâtons dans les roues
  |a fermé toutes les bibliothèques|a fermé les bibliothèques|a fermé toutes les piscines|zéro aide de|aucune aide de`);
const ELECTION_NIGHT = list(`soirée électorale|soirées électorales|soir d élection|soirs d élection|soir du second tour
  |soir des résultats|election night|election nights|results night|count night`);
const DIG = list(`finissent mal|finit mal|qui finit mal|qui finissent mal|on sait tous qui|on sait tous comment
  |on sait déjà qui|vous savez qui|ends badly|end badly|goes badly|we all know who|we all know how|you know who`);
const ESCAPE = list(`fuir|fuyez|échapper à|échappez à|oublier|loin de|escape|escaping|get away from|getaway from
  |switch off from|switching off from|hide from`);
const CAMPAIGN = list(`la campagne des européennes|campagne électorale|la campagne électorale|la campagne présidentielle
  |la campagne des législatives|la campagne des municipales|les débats télévisés|débats stériles|the election campaign
  |election campaign|campaign season|the campaign ads|election coverage|the election coverage|the leaders debates
  |the leaders debate|political ads|election leaflets`);
const BRUSSELS = list(`quotas de bruxelles|normes de bruxelles|directives de bruxelles|diktats de bruxelles
  |règles de bruxelles|paperasse de bruxelles|normes bruxelloises|quotas bruxellois|brussels red tape
  |red tape from brussels|brussels quotas|brussels bureaucrats|rules from brussels|diktats from brussels`);
const LOCKDOWN = list(`lockdown party|lockdown parties|lockdown drinks|lockdown gatherings|bring your own booze`);
const TRADE_DEAL = list(`mercosur|le mercosur|ceta|le ceta|accord de libre échange|traité de libre échange
  |free trade deal|trade deal with`);
const SIGNERS = list(`ceux qui signent|qui signent|qui ont signé|signent|signe|signé|those who sign|who signed
  |signing|signed`);
const TAX = list(`ticpe|la ticpe|taxe carbone|accises|taxe sur les carburants|taxe foncière|hausse de la tva|fuel duty
  |vat rise|council tax|stamp duty|carbon tax`);
const THANKS_WHO = list(`merci qui|devinez qui|on remercie qui|guess who we have to thank|guess who to thank
  |thanks to who|thank who|who do we thank`);
const SINCE = list(`since|puisque|vu que|parce que|because`);
const NEW = list(`new|nouvelle|nouvelles`);
const LAW = list(`law|laws|bill|loi|lois`);
const NEVER = list(`never showed up|never turned up|never came|never arrived|never materialised|never materialized
  |clearly won't|clearly will not|certainly won't|obviously won't|n est jamais arrivé|n est jamais arrivée
  |n est jamais venu|n est jamais venue|ne viendra jamais|n arrivera jamais|ne le fera visiblement pas
  |ne le fera pas`);
const BUDGETS = list(`another budget|the budget|this budget|autumn budget|spring budget|le budget|ce budget
  |un budget de plus|encore un budget|la loi de finances`);
const SQUEEZE = list(`squeezes families|squeeze families|squeezing families|squeezes families dry|bleeds families
  |bleeds us dry|hammers families|hits families|hammers working families|hits working families
  |squeezes working families|étrangle les familles|saigne les familles|matraque les familles|plume les familles
  |essore les familles|ponctionne les familles|tape sur les familles`);
const PROMISE = list(`promise|single promise|one promise|promesse|seule promesse|une promesse`);
const KEPT = list(`has kept|have kept|ever kept|actually kept|has actually kept|a tenue|a tenu|ont tenue|ont tenu
  |a vraiment tenue`);
const BORIS = list(`boris|boris johnson|number 10|downing street`);
const LEAVE = list(`we'll leave|we will leave|we leave|we'd leave|on laisse|on les laisse|on leur laisse|laissons
  |on va laisser`);
const TO = list(`to|à|aux|au`);
const WALL = list(`the only wall|only wall we|wall we're building|wall we are building|le seul mur|seul mur qu`);
const DONALD = list(`donald|trump|donald trump`);
// Who is left the spin or sent the product: politicians as a trade, not one visiting.
const SPIN = list(`spin doctors|politicians|the politicians|mayoral candidates|candidates in may
  |at number 10|in number 10|to number 10|the treasury|the government|the chancellor|les politiques|les politiciens
  |nos politiciens|candidats à la présidentielle|candidats aux municipales|candidats en campagne|le gouvernement
  |à matignon|à l élysée`);
const FORWARD = list(`forward it to|forward this to|send it to|send this to|send some to|send a box to
  |envoyez le à|envoyez ça à|on en envoie à|transférez à|faites suivre à`);

// Health and legal.
const HEALTH_ALONE = list(`keep viruses away|keeps viruses away|keeping viruses away|keep colds away|keeps colds away
  |keep the flu away|keeps the flu away|keep flu away|keeps flu away|keeps bugs and colds away|éloigne les virus
  |éloignent les virus|chasse les virus|chassent les virus|tient les virus à distance|tiennent les virus à distance
  |catch fewer colds|attrapent moins de rhumes|attrape moins de rhumes|fewer sick days off school
  |tenants never win|never win at the tribunal|never win at tribunal|never win in court|tenants always lose
  |employees never win|les locataires ne gagnent jamais|les locataires perdent toujours
  |ne gagnent jamais aux prud'hommes|ne gagnent jamais aux prud hommes|ne gagnent jamais au tribunal
  |perdent toujours aux prud'hommes|perdent toujours aux prud hommes`);
const FIELD = list(`gentle field|magnetic field|electromagnetic field|electromagnetic|em field|the field from
  |field from our|champ magnétique|champ électromagnétique|ondes douces|negative ions|ions négatifs`);
const SLEEP = list(`helps you sleep|sleep deeper|sleep more deeply|deeper sleep|improves your sleep|improves sleep
  |aide à dormir|vous aide à dormir|sommeil plus profond|dormir plus profondément|améliore le sommeil
  |améliore votre sommeil`);
const REFUSE = list(`n a pas le droit de refuser|n ont pas le droit de refuser|ne peut pas refuser
  |ne peut pas vous refuser|ne peuvent pas refuser|can't refuse|cannot refuse|has no right to refuse
  |have no right to refuse|can't say no|can't stop you|ne peut pas vous en empêcher`);
const BYPASS =
  list(`sans attendre l ag|sans attendre l assemblée générale|sans attendre son accord|sans attendre leur accord
  |sans leur accord|sans son accord|sans demander l autorisation|without waiting for the agm|without their approval
  |without asking the landlord|without asking your landlord|no need to ask your landlord|no need to wait for approval`);
const DEPOSIT = list(`can keep the deposit|can keep your deposit|can keep the whole deposit|peut garder la caution
  |peuvent garder la caution|peut garder le dépôt de garantie|peuvent garder le dépôt de garantie`);
const ANY_REASON = list(`for any reason|for pretty much any reason|for whatever reason|for any reason they like
  |pour n importe quelle raison|pour n importe quel motif|sans justification|sans motif`);
const INJURY = list(`hurt at work|injured at work|injured|accident at work|personal injury|work injury|car accident
  |accident du travail|blessé au travail|accident de la route|victime d un accident`);
const OUTCOME = list(`compensation guaranteed|guaranteed compensation|guaranteed payout|indemnisation garantie
  |indemnisation assurée|we always win|on gagne toujours|gagné d avance`);
const FACTS = list(`whatever the facts|no matter the facts|quels que soient les faits|peu importe les faits`);
const COMPENSATION = list(`compensation|compensated|indemnisation|indemnisé|indemnisés|indemnisée`);

const ROUND_27C: Readonly<Record<string, RuleExtension>> = {
  politics: {
    groups: {
      alone27c: { fr: exact(BRUSSELS) },
      polity27c: { fr: exact(POLITY) },
      local27c: { fr: exact(LOCAL) },
      cmpHead27c: { fr: exact(CMP_HEAD) },
      cmpQue27c: { fr: exact(CMP_QUE) },
      as27c: { fr: exact(AS) },
      cmp27c: { fr: exact(CMP) },
      localSneer27c: { fr: exact(LOCAL_SNEER) },
      electionNight27c: { fr: exact(ELECTION_NIGHT) },
      dig27c: { fr: exact(DIG) },
      escape27c: { fr: exact(ESCAPE) },
      campaign27c: { fr: exact(CAMPAIGN) },
      tradeDeal27c: { fr: exact(TRADE_DEAL) },
      signers27c: { fr: exact(SIGNERS) },
      tax27c: { fr: exact(TAX) },
      thanksWho27c: { fr: exact(THANKS_WHO) },
      since27c: { fr: exact(SINCE) },
      new27c: { fr: exact(NEW) },
      law27c: { fr: exact(LAW) },
      never27c: { fr: exact(NEVER) },
      budget27c: { fr: ['^Budget', exact(BUDGETS)].join('|') },
      squeeze27c: { fr: exact(SQUEEZE) },
      promise27c: { fr: exact(PROMISE) },
      kept27c: { fr: exact(KEPT) },
      boris27c: { fr: exact(BORIS) },
      lockdown27c: { fr: exact(LOCKDOWN) },
      leave27c: { fr: exact(LEAVE) },
      to27c: { fr: exact(TO) },
      wall27c: { fr: exact(WALL) },
      donald27c: { fr: exact(DONALD) },
      forward27c: { fr: exact(FORWARD) },
      spin27c: { fr: exact(SPIN) },
    },
    compounds: [
      ['cmpHead27c', 'cmpQue27c', 'cmp27c', 4],
      ['as27c', 'as27c', 'cmp27c', 3],
      ['new27c', 'law27c', 'newLaw27c', 3],
      ['since27c', 'newLaw27c', 'sinceGov27c', 3],
      ['since27c', 'polity27c', 'sinceGov27c', 3],
      ['promise27c', 'polity27c', 'promisedBy27c', 2],
      ['promise27c', 'local27c', 'promisedBy27c', 2],
      ['leave27c', 'to27c', 'leaveTo27c', 4],
    ],
    alone: ['alone27c'],
    pairs: [
      ['cmp27c', 'polity27c', { window: 7, ordered: true, clause: true }],
      ['local27c', 'localSneer27c', { window: 6, clause: true }],
      ['electionNight27c', 'dig27c', { window: 12 }],
      ['escape27c', 'campaign27c', { window: 6, ordered: true }],
      ['tradeDeal27c', 'signers27c', { window: 6 }],
      ['tax27c', 'thanksWho27c', { window: 10 }],
      ['sinceGov27c', 'never27c', { window: 3, ordered: true, clause: true }],
      ['budget27c', 'squeeze27c', { window: 4, ordered: true }],
      ['promisedBy27c', 'kept27c', { window: 6, ordered: true }],
      ['boris27c', 'lockdown27c', { window: 4 }],
      ['leaveTo27c', 'spin27c', { window: 4, ordered: true }],
      ['wall27c', 'donald27c', { window: 14 }],
      ['forward27c', 'spin27c', { window: 3, ordered: true }],
    ],
    negative: { fr: exact(NOT_POLITICS) },
  },
  health_legal: {
    groups: {
      alone27c: { fr: exact(HEALTH_ALONE) },
      field27c: { fr: exact(FIELD) },
      sleep27c: { fr: exact(SLEEP) },
      refuse27c: { fr: exact(REFUSE) },
      bypass27c: { fr: exact(BYPASS) },
      deposit27c: { fr: exact(DEPOSIT) },
      anyReason27c: { fr: exact(ANY_REASON) },
      injury27c: { fr: exact(INJURY) },
      outcome27c: { fr: exact(OUTCOME) },
      facts27c: { fr: exact(FACTS) },
      compensation27c: { fr: exact(COMPENSATION) },
    },
    alone: ['alone27c'],
    pairs: [
      ['field27c', 'sleep27c', { window: 8, ordered: true }],
      ['refuse27c', 'bypass27c', { window: 20 }],
      ['deposit27c', 'anyReason27c', { window: 6 }],
      ['injury27c', 'outcome27c', { window: 16 }],
      ['compensation27c', 'facts27c', { window: 8 }],
    ],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound27c = roundByTopic(ROUND_27C);
