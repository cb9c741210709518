// Twenty-fourth round, fourth reading (`withRound24d` adds it to every topic's rules), from `train-bg` and `holdout-32`
// (confidential and health or legal claims), by family:
// Confidential: a secrecy cue ("ça reste ici", "on ne peut pas trop en parler", "d'après la note RH", "don't repeat
// that", "you didn't read it here", 🤫 🙊) beside what is not public yet (a cost price, a product plan, a board's
// decision, a price rise, margins, a closure, "baisser le rideau", staff "accompagnées vers la sortie", "we're signing
// with"); an executive who "is off" or "s'en va" before it is announced; a date before which nothing is said ("won't
// go public till May") beside a closure, a price given anyway ("but I can tell you it'll be…") or the results ("can't
// tell you till the results drop"); a leaked plan ("fuite du plan produit"), "internal only", "please don't leak the
// deck". Clean: "embargo levé", "lay off the pies", a teaser's "chut, le prix baisse demain", "Leaked: our summer
// menu", a CEO "off to" a show.
// Finance (in a quiet period): the best or strongest month or quarter "ever" / "de toute l'histoire" and a record
// broken ("battu tous les records") for the shops or the sales (not on track), a commercial figure (orders, footfall,
// volumes sold, bookings, new customers) up a number, doubled, "through the roof" or "on last year" ("orders up to
// 5pm" stays clean).
// Health and legal: a product that "makes you slimmer" ("nos biscuits font maigrir"; not "le sport fait maigrir ?"
// nor "won't make you slimmer"), "le miel est une guérison", cleaner or purified lungs, a case won in advance before a
// court ("on va gagner devant le Conseil d'État"), shops or sellers "legally obliged" or bound "by law" to refund (not
// the brand's own refunds), lungs treated "gentler", a loophole that gets a fine cancelled; healing of the soul and
// "heals nothing" stay clean.
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const CONFIDENTIAL = list(`please don't leak|please do not leak|don't leak the deck|don't leak this|do not leak this
  |ne faites pas fuiter|ne pas faire fuiter|merci de ne pas faire fuiter|ne le faites pas fuiter|internal only
  |strictly internal|for internal eyes only|interne uniquement|strictement interne|usage interne uniquement
  |diffusion restreinte|restricted circulation`);
const SECRET = list(`don't repeat that|don't repeat this|don't repeat it|ne le répétez pas|ne répétez pas
  |you didn't read it here|you didn't read this here|you didn't hear it here|vous n avez rien lu ici
  |tu n as rien lu ici|reste entre nous|ça reste entre nous|entre nous hein|ça reste ici|donc ça reste ici|motus
  |bouche cousue|can't say more|keep it quiet|keep it under your hat|don't tell anyone|mum's the word
  |between you and me|pas encore prévenues|pas encore prévenus|pas encore au courant|haven't been told
  |have not been told|on ne peut pas trop en parler|on ne peut pas en parler|je ne peux pas en dire plus
  |je peux pas en dire plus|d après la note rh|selon la note rh|d après la note interne|selon la note interne
  |d après le mémo|according to the hr memo|according to the internal memo|per the hr memo|the hr memo says`);
/** An executive leaving, said "is off" or "s'en va" (a trip "off to" is none). */
const EXECS = list(`ceo|cfo|coo|cmo|md|managing director|our boss|dg|pdg|daf|drh|notre patron|notre patronne
  |directeur général|directrice générale|directeur financier|directrice financière|finance director|sales director
  |directeur commercial|directrice commerciale`);
const OFF = list(`is off|s en va|nous quitte|is leaving us|is moving on|is off at|is off in|part en mars|part fin`);
const ANNOUNCED_LATER = list(`official announcement|annonce officielle|l annonce officielle|announced next week
  |be announced next|announcement next week|sera annoncé|sera annoncée|l annoncera|will announce it
  |annonce sera faite`);
/** Not public before a date: said of a price too (a teaser's "chut, le prix baisse demain" says nothing of it). */
const UNTIL = list(`won't be announced until|won't be announced till|won't be announced before|won't go public till
  |won't go public until|won't be public until|not public until|not public till|sort seulement en
  |ne sera annoncé qu|ne sera annoncée qu|ne sera pas annoncé avant|ne sera pas annoncée avant|pas annoncé avant
  |pas annoncée avant|can't tell you till|can't tell you until|je peux rien dire avant|je ne peux rien dire avant`);
const NOT_PUBLIC = list(`prix d achat|purchase price|cost price|coût de revient|plan produit|product plan
  |product roadmap|codir|comex|le codir|exec committee|hausse de tarif|hausse tarifaire|price rise|price hike
  |price increase|closure|fermeture|baisser le rideau|vont fermer|va fermer|will close|will shut|vers la sortie
  |shown the door|managed out|we're signing with|we sign with|we are signing with|on signe avec|nous signons avec
  |margins|marges|layoffs|licenciements|restructuring|restructuration|acquisition|rachat|merger|fusion`);
/** What is not public yet, given anyway ("won't go public till May, but I can tell you it'll be £2.49"). */
const DISCLOSED = list(`mais je peux vous dire|je peux vous dire|but i can tell you|i can tell you|sera à|au lieu de
  |it'll be|it will be|instead of`);
const RESULTS = list(`the results|results|les résultats|résultats|the numbers|les chiffres`);
const LEAKED = list(`fuite du plan|fuite des plans|fuite de la roadmap|fuite du document|fuite de la note|fuite du mémo
  |leaked memo|leaked deck|leaked roadmap|leaked product plan|leaked org chart`);
/** Idioms with "embargo", "off to" or "lay off" that are no secret, departure nor layoff. */
const NOT_CONFIDENTIAL = list(`embargo levé|l embargo est levé|embargo lifted|embargo has been lifted
  |embargo is lifted|fin de l embargo|is off to|is off on|s en va à|s en va au|s en va en vacances|lay off the pies
  |lay off the cake|lay off the biscuits|lay off the sweets|lay off the sugar|lay off the booze|lay off the chips
  |lay off the crisps|lay off the snacks|lay off the chocolate|lay off the doughnuts|lay off the burgers
  |lay off the carbs|lay off the beer|lay off the caffeine`);

const BEST_PERIOD = list(`meilleur mois|meilleur trimestre|meilleur semestre|meilleure année|meilleur exercice
  |plus gros mois|plus gros trimestre|best month|best quarter|best half|best semester|best trading month
  |best trading year|strongest month|strongest quarter|biggest month|biggest quarter`);
const EVER = list(`de toute l histoire|de notre histoire|de l histoire|historique|de tous les temps|ever|in our history
  |on record|of all time`);
/** A record broken, said of the sales (not of a lap). */
const RECORD = list(`pulvérisé son record|pulvérisé notre record|pulvérisé tous les records|battu son record
  |battu notre record|battu tous les records|record battu|records battus|smashed every record|smashed our record
  |smashed the record|broke every record|broke our record|broken every record|all time high|plus haut historique`);
/** Where the record was made: a shop, the sales (a record on track is sport). */
const SALES = list(`shop|e shop|eshop|web shop|webshop|online|en ligne|boutique|boutiques|magasin|magasins|store
  |stores|ventes|sales|vendu|sold|commandes|orders|chiffre d affaires|revenue|turnover|caisse|tills|rayons|shelves`);
const METRIC = list(`orders|commandes|footfall|fréquentation|volumes|vendus|volumes sold|units sold|bookings
  |réservations|basket size|panier moyen|store traffic|trafic en magasin|new customers|nouveaux clients`);
const GROWTH = list(`up {n}|up by|are up|is up|were up|was up|en hausse|progressé|ont progressé|a progressé|doublé
  |ont doublé|doubled|tripled|triplé|through the roof|explosé|ont explosé|exploded|soared|skyrocketed|en flèche|bondi
  |grimpé|climbed|on last year|vs last year|versus last year|par rapport à l an dernier|par rapport à l année dernière
  |year on year|year over year`);
const NOT_FINANCE = list(`up to|up for|sign up|pick up|top up|up and running`);

const HEALTH = list(`make you slimmer|makes you slimmer|make you thinner|makes you thinner|make you lose weight
  |makes you lose weight|help you lose weight|helps you lose weight|est une guérison|is a cure for|is a healing
  |poumons plus propres|poumons plus sains|cleaner lungs|healthier lungs|clearer lungs`);
/** "Nos biscuits font maigrir" (not "le sport fait maigrir ?"). */
const OURS = list(`nos|notre|ces|cette|ce|our|these|this`);
const SLIMMING = list(`font maigrir|fait maigrir|aide à maigrir|aident à maigrir|font perdre du poids
  |fait perdre du poids|aide à perdre du poids|aident à perdre du poids`);
const LUNGS = list(`poumons|lungs|bronches|airways|voies respiratoires`);
const BETTER = list(`plus propres|plus sains|cleaner|healthier|protège|protect|protects|nettoie|cleanse|cleanses
  |kinder to|gentler on|plus doux pour|respirent mieux|respirez mieux|breathe better|breathe easier|detox|détox
  |purifie|purifient|purify|purifies|tout neufs`);
/** Healing said of the mind or the mood, or denied; slimming denied. */
const NOT_HEALTH = list(`heals the soul|heal the soul|heals the heart|guérit l âme|guérit le cœur|soothes the soul
  |for the soul|pour l âme|heals nothing|cures nothing|ne guérit rien|won't make you slimmer
  |will not make you slimmer|doesn't make you slimmer|won't make you thinner|won't make you lose weight
  |won't help you lose weight`);
const WIN = list(`on va gagner|nous allons gagner|on gagnera|nous gagnerons|we'll win|we will win|we're going to win
  |we are going to win|sure to win|sûrs de gagner`);
const COURT = list(`devant le conseil d état|conseil d état|devant le tribunal|au tribunal|en justice|en appel
  |aux prud hommes|devant la cour|devant les juges|devant la justice|before the judge|in court|at the tribunal
  |on appeal|high court|supreme court|court of appeal`);
const THEY_MUST = list(`ils sont légalement obligés|elles sont légalement obligées|ils sont obligés par la loi
  |la loi les oblige|le magasin est légalement obligé|they're legally obliged|they are legally obliged
  |they're legally required|they are legally required|they have to by law|by law they must|the law says they must
  |shops are legally required|the shop is legally obliged|le vendeur est obligé|le vendeur est légalement obligé
  |les magasins sont obligés|the seller is legally obliged|the retailer is legally obliged|retailers are legally obliged
  |shops are legally obliged`);
/** A shop's duty to refund, said as the law ("the shop has to refund you by law", "le magasin doit vous rembourser,
 * c'est la loi"). */
const SHOP_MUST = list(`le magasin doit|la boutique doit|le vendeur doit|l enseigne doit|ils doivent|the shop has to
  |the shop must|the store has to|the store must|the seller has to|the seller must|the retailer must|they have to
  |they must`);
const BY_LAW = list(`c est la loi|by law|par la loi|the law says so|la loi le dit|it's the law|légalement|legally`);
const REFUND = list(`reprendre|rembourser|remboursement|échanger|refund|take it back|take back|exchange|money back`);
const LOOPHOLE = list(`loophole|faille|vice de procédure|technicality`);
const CANCELLED = list(`cancelled|canceled|annulée|annulé|annuler|quashed|dropped|sauter|every time|à tous les coups`);

const ROUND_24D: Readonly<Record<string, RuleExtension>> = {
  confidential: {
    groups: {
      confAlone24d: { fr: exact(CONFIDENTIAL, LEAKED) },
      secret24d: { fr: exact(SECRET) },
      notPublic24d: { fr: exact(NOT_PUBLIC) },
      until24d: { fr: exact(UNTIL) },
      execs24d: { fr: exact(EXECS) },
      off24d: { fr: exact(OFF) },
      later24d: { fr: exact(ANNOUNCED_LATER) },
      disclosed24d: { fr: exact(DISCLOSED) },
      results24d: { fr: exact(RESULTS) },
    },
    alone: ['confAlone24d'],
    signs: { hush24d: ['🤫', '🤐', '🙊'] },
    pairs: [
      ['secret24d', 'notPublic24d', { window: 20 }],
      ['hush24d', 'notPublic24d', { window: 20 }],
      ['until24d', 'notPublic24d', { window: 20 }],
      ['until24d', 'disclosed24d', { window: 14 }],
      ['until24d', 'results24d', { window: 3, ordered: true }],
      ['execOff24d', 'secret24d', { window: 16 }],
      ['execOff24d', 'hush24d', { window: 16 }],
      ['execOff24d', 'until24d', { window: 16 }],
      ['execOff24d', 'later24d', { window: 16 }],
    ],
    compounds: [['execs24d', 'off24d', 'execOff24d', 1]],
    negative: { fr: exact(NOT_CONFIDENTIAL) },
  },
  finance: {
    groups: {
      bestPeriod24d: { fr: exact(BEST_PERIOD) },
      ever24d: { fr: exact(EVER) },
      record24d: { fr: exact(RECORD) },
      sales24d: { fr: exact(SALES) },
      metric24d: { fr: exact(METRIC) },
      growth24d: { fr: exact(GROWTH) },
    },
    pairs: [
      ['bestEver24d', 'sales24d', { window: 10 }],
      ['record24d', 'sales24d', { window: 8 }],
      ['metric24d', 'growth24d', { window: 8, ordered: true }],
    ],
    compounds: [['bestPeriod24d', 'ever24d', 'bestEver24d', 4]],
    negative: { fr: exact(NOT_FINANCE) },
  },
  health_legal: {
    groups: {
      healthAlone24d: { fr: exact(HEALTH) },
      lungs24d: { fr: exact(LUNGS) },
      better24d: { fr: exact(BETTER) },
      ours24d: { fr: exact(OURS) },
      slimming24d: { fr: exact(SLIMMING) },
      win24d: { fr: exact(WIN) },
      court24d: { fr: exact(COURT) },
      theyMust24d: { fr: exact(THEY_MUST) },
      refund24d: { fr: exact(REFUND) },
      shopMust24d: { fr: exact(SHOP_MUST) },
      byLaw24d: { fr: exact(BY_LAW) },
      loophole24d: { fr: exact(LOOPHOLE) },
      cancelled24d: { fr: exact(CANCELLED) },
    },
    alone: ['healthAlone24d'],
    pairs: [
      ['lungs24d', 'better24d', { window: 6 }],
      ['ours24d', 'slimming24d', { window: 4, ordered: true }],
      ['win24d', 'court24d', { window: 5, ordered: true, clause: true }],
      ['theyMust24d', 'refund24d', { window: 8, ordered: true }],
      ['shopMustRefund24d', 'byLaw24d', { window: 8 }],
      ['loophole24d', 'cancelled24d', { window: 6, ordered: true, clause: true }],
    ],
    compounds: [['shopMust24d', 'refund24d', 'shopMustRefund24d', 2]],
    negative: { fr: exact(NOT_HEALTH) },
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound24d = roundByTopic(ROUND_24D);
