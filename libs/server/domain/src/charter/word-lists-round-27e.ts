// Twenty-seventh round, reading e (`withRound27e` adds it to every topic's rules), from `holdout-49`'s misses (a
// hold-out measured fresh after round 27a: one clause inside an ordinary post), by family:
// Insults: "un tel boulet", "ce guignol", "the clowns running the government"; "son gros bide" (also a body jibe).
// Politics: a mayor called a clown; a government "dragging its feet"; a regime's human-rights record; a party that
// "blocked every permit" or "keeps demanding"; "you know which party to back".
// Religion: a faith's money trope (also discrimination); feasts' rules said to "make no sense"; "so few families bother
// with the sacraments"; "Our Lady never fails those who ask her".
// Confidential: an executive "leaving in June" before it is told; settlement terms "still secret".
// Discrimination: doxxing ("on sait que c'est vous… rue des Lilas"); "which one plays the mum"; changing rooms for
// "real" women; shops "far from families on benefits"; time to "make way for the young"; overweight colleagues asked to
// keep the old uniform; religious signs excluding applicants; "you know where the door is"; cooking as women's domain;
// "people from your neighbourhood tend to steal"; "people who can actually use a computer"; a child who "can't cope
// with a normal shop"; a woman promoted for smiling at the board; the over-55s targeted first.
// Health and legal: someone called guilty with proof or the court's word promised; a case "in the bag"; a cure "against
// cancer"; rights waived "legally".
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

/** A belly mocked: an insult and a body jibe. */
const BELLY = list(`gros bide|son gros bide|ton gros bide|votre gros bide`);
const INSULTS = list(`un tel boulet|quel boulet|ce boulet|un vrai boulet|espèce de boulet|gros boulet|ce guignol
  |ces guignols|quel guignol|bande de guignols|le guignol|the clowns running|clowns running the|clowns in charge
  |bunch of clowns`);

const OFFICIALS = list(`maire|le maire|au maire|la mairie|le préfet|le député|la députée|le ministre|la ministre|mayor
  |the mayor|the council|the minister|councillors|élus|nos élus|conseil municipal|council`);
const CLOWN = list(`guignol|guignols|clown|clowns|bouffon|bouffons|incapable|incapables|incompetent|useless`);
const GOVERNMENT = list(`this government|the government|ce gouvernement|le gouvernement|this administration
  |the administration|ministers|the ministry|le ministère|whitehall|downing street|the state|l état`);
const DRAGGING = list(`dragging its feet|drags its feet|dragged its feet|dragging their feet|asleep at the wheel
  |dithering|sitting on its hands|traîne des pieds|traîne les pieds|se traîne|fait la sourde oreille|does nothing
  |ne fait rien|n a rien fait|has done nothing|failing us|nous lâche`);
const POLITICS_ALONE = list(`human rights record|human rights records|bilan en matière de droits de l homme
  |bilan des droits de l homme|which party to back|which party to vote for|you know which party|you know who to vote
  |pour quel parti voter|vous savez pour qui voter|tu sais pour qui voter|as the left keeps|as the right keeps
  |the left keeps demanding|the right keeps demanding|comme la gauche le réclame|comme la droite le réclame`);
const PARTIES = list(`^Greens|^Verts|^Tories|^Labour|^Lib Dems|^Democrats|^Republicans|^LFI|^RN|^Reform|^SNP
  |les écolos|the greens|les verts|la gauche|la droite|the left|the right`);
const BLOCKING = list(`blocked every|blocked our|blocking every|keep blocking|keeps blocking|hadn t blocked
  |had not blocked|ont bloqué|a bloqué|bloquent|bloque tout|keep demanding|keeps demanding|sabotaged|ont saboté`);

const JEWISH = list(`hanoucca|hanouka|hanoukka|hanukkah|hanukah|juifs|juif|juive|jewish|jews|kippa|kippah|synagogue
  |shabbat|yom kippour|yom kippur`);
const MONEY = list(`le sens de l argent|sens de l argent|le sens des affaires|good with money|always good with money
  |know how to handle money|radins|radin|pingres|tight fisted|penny pinching|stingy|l argent dans le sang`);
const FAITH_RULES = list(`halal|kosher|casher|ramadan|hijab|kippa|sabbath|shabbat|lent|carême|jeûne|fasting`);
const NONSENSE = list(`make zero sense|make no sense|makes no sense|n ont aucun sens|n a aucun sens|absurd|absurdes
  |ridiculous|ridicules|nonsense|d un autre âge|medieval|médiéval|médiévales|backwards|archaic|archaïques`);
const SACRAMENTS = list(`sacraments|sacrements|the sacraments|les sacrements|go to mass|vont à la messe|going to church
  |go to church|aller à la messe`);
const FEW_BOTHER = list(`so few families bother|few families bother|so few people bother|nobody bothers|no one bothers
  |dommage que si peu|si peu de familles|plus personne ne|hardly anyone|quasiment plus personne`);
const RELIGION_ALONE = list(`our lady never fails|never fails those who ask|never fails those who pray
  |ne déçoit jamais ceux qui|n abandonne jamais ceux qui prient|la vierge ne déçoit jamais`);

const EXECUTIVES = list(`our cfo|our ceo|our coo|the cfo|the ceo|notre daf|notre pdg|notre dg|notre directeur financier
  |notre directrice financière|our finance director|our managing director|head of trading|notre directeur général`);
const LEAVING = list(`leaving in january|leaving in february|leaving in march|leaving in april|leaving in may
  |leaving in june|leaving in july|leaving in august|leaving in september|leaving in october|leaving in november
  |leaving in december|will tell you herself|will tell you himself|vous le dira elle même|vous le dira lui même
  |nous quittera en|quittera le groupe|quitte le groupe en|part en juin|part en juillet`);
const TERMS = list(`settlement terms|the settlement|the terms|les termes|les conditions|le montant|the amount
  |the figure|the figures|l accord|the deal|le deal`);
const STILL_SECRET = list(`still secret|remain secret|are secret|stay secret|restent secrets|restent secrètes
  |toujours secrets|toujours secrètes|encore secrets|encore secrètes`);

const DISC_ALONE = list(`lequel joue la maman|lequel fait la maman|laquelle joue le papa|laquelle fait le papa
  |which one is the mum|which one plays the mum|which one is the mom|which one plays the mom|which one plays the wife
  |which one wears the trousers|qui fait la femme|who is the woman|people who can actually use a computer
  |who can actually use a computer|enjoy the garden old timer|on lui a déjà préparé son carton
  |lui a déjà préparé son carton|on lui a préparé son carton|already packed his desk|already packed her desk
  |smile nicely enough|smile sweetly enough|if you smile nicely|smiling nicely at the board|flutter your eyelashes
  |battre des cils|en souriant gentiment au|tu sais où est la porte|vous savez où est la porte
  |you know where the door is`);
const WE_KNOW = list(`on sait que c est vous|on sait que c est toi|on sait qui vous êtes|on sait qui tu es
  |we know it you|we know it was you|we know who you are|nous savons que c est vous`);
const WHERE = list(`rue|avenue|boulevard|street|road|lane|on vous attend|on t attend|we ll be waiting|we are waiting`);
const RESERVED = list(`réservé|réservée|réservés|réservées|reserved|only|uniquement|seulement|exclusivement`);
const REAL = list(`vraies femmes|vrais hommes|real women|real men|femmes biologiques|biological women
  |biological females|natural born women`);
const AWAY = list(`loin des|away from|à l abri des|sans les|far from|without the|pas de`);
const POOR = list(`familles au rsa|gens au rsa|allocataires du rsa|assistés|cassos|benefit families|benefits crowd
  |council estate crowd|cas soc|cas sociaux`);
const TIME = list(`serait temps|il est temps|temps de|time to|time he|time she|high time`);
const YOUNG = list(`laisser la place aux jeunes|laisse la place aux jeunes|make way for the young|make way for younger
  |make room for the young|make room for younger|passer la main aux jeunes`);
const BIG = list(`en surpoids|overweight|obèses|obese|collègues rondes|collègues ronds|plus size colleagues
  |larger colleagues|grosses|les gros`);
const IMAGE = list(`question d image|pour notre image|for our image|bad for our image|garder l ancienne|keep the old
  |keep wearing the old|ne pas porter|not to wear|pas dans la vitrine|not in the window`);
const SIGNS = list(`signe religieux|signes religieux|religious symbol|religious symbols|religious sign|voile|voilée
  |voilées|hijab|turban|kippa|headscarf|headscarves|croix visible|visible cross`);
const NOT_HIRED = list(`ne seront pas retenus|ne seront pas retenues|pas retenus|not be considered|won t be considered
  |will not be considered|will not be selected|won t be selected|exclus des|refusés|ne sont pas acceptés
  |not accepted|need not apply|s abstenir`);
const WOMEN = list(`collaboratrices|women|femmes|les filles|girls|ladies|mesdames|ces dames|female staff`);
const DOMAIN = list(`leur domaine|their domain|where they belong|leur place|leur truc|their thing|c est leur rayon`);
const PEOPLE_FROM =
  list(`people from your|people like you|les gens de ton|les gens de votre|gens comme vous|gens comme toi
  |your neighbourhood|your neighborhood|ton quartier|votre quartier|your kind|your lot|vous autres`);
const STEAL =
  list(`tend to steal|do tend to steal|always steal|steal|ont tendance à voler|volent toujours|voleurs|thieves
  |tend to|ont tendance`);
const SENSORY = list(`sensory friendly|sensory|autistic|autism|autistes|autiste|adhd|tdah|special needs|handicapés`);
const NORMAL = list(`cannot cope with a normal|a normal shop|normal kids|normal children|enfants normaux
  |un magasin normal|ne supportent pas un magasin`);
const OLDER = list(`over 50s|over 55s|over 60s|over 45s|the over 50s|the over 55s|plus de 50 ans|plus de 55 ans
  |seniors|older staff|older workers|les vieux|salariés âgés`);
const TARGET = list(`target the|will target|cibleront|cibler en priorité|en premier|first to go|cost the most
  |coûtent le plus|coûtent plus cher|coûtent trop`);

const GUILT = list(`coupable|coupables|culprit|culprits|guilty|est responsable|is responsible|is liable|est fautif
  |is at fault|sont responsables|are responsible`);
const PROOF = list(`vidéos le prouvent|videos prove|la justice le confirmera|justice will confirm|court will confirm
  |courts will confirm|notre enquête|our own investigation|our investigation|arrêté hier|arrested yesterday
  |will pay for every|paiera|sous traitant|subcontractor|transporteur|carrier|negligence|négligence`);
const CASE = list(`case|dispute|litige|procès|lawsuit|affaire|judge|juge|court|tribunal|spill case`);
const WON = list(`in the bag|dans la poche|dans le sac|gagné d avance|rules for us|rule for us|will rule for us
  |nous donnera raison|in our favour|in our favor|en notre faveur`);
const HEALTH_ALONE = list(`any court would agree|tout tribunal vous le dira|n importe quel juge|any judge would agree
  |la justice le confirmera|the courts will confirm|aide reconnue contre|une aide reconnue|reconnue contre le cancer
  |proven help against|legally you cannot complain|legally you cannot|our contracts waive|contracts waive that right
  |waive that right|don bother with a lawyer|no need for a lawyer|pas besoin d avocat|pas la peine de prendre un avocat
  |légalement vous ne pouvez pas`);

const ROUND_27E: Readonly<Record<string, RuleExtension>> = {
  insult: { groups: { alone27e: { fr: exact(INSULTS, BELLY) } }, alone: ['alone27e'] },
  politics: {
    groups: {
      alone27e: { fr: exact(POLITICS_ALONE) },
      officials27e: { fr: exact(OFFICIALS) },
      clown27e: { fr: exact(CLOWN) },
      government27e: { fr: exact(GOVERNMENT) },
      dragging27e: { fr: exact(DRAGGING) },
      parties27e: { fr: PARTIES.map((p) => (p.startsWith('^') ? p : `=${p}`)).join('|') },
      blocking27e: { fr: exact(BLOCKING) },
    },
    alone: ['alone27e'],
    pairs: [
      ['officials27e', 'clown27e', { window: 8 }],
      ['government27e', 'dragging27e', { window: 8, ordered: true }],
      ['parties27e', 'blocking27e', { window: 6, ordered: true }],
    ],
  },
  religion: {
    groups: {
      alone27e: { fr: exact(RELIGION_ALONE) },
      jewish27e: { fr: exact(JEWISH) },
      money27e: { fr: exact(MONEY) },
      faithRules27e: { fr: exact(FAITH_RULES) },
      nonsense27e: { fr: exact(NONSENSE) },
      sacraments27e: { fr: exact(SACRAMENTS) },
      fewBother27e: { fr: exact(FEW_BOTHER) },
    },
    alone: ['alone27e'],
    pairs: [
      ['jewish27e', 'money27e', { window: 16 }],
      ['faithRules27e', 'nonsense27e', { window: 6 }],
      ['sacraments27e', 'fewBother27e', { window: 10 }],
    ],
  },
  confidential: {
    groups: {
      executives27e: { fr: exact(EXECUTIVES) },
      leaving27e: { fr: exact(LEAVING) },
      terms27e: { fr: exact(TERMS) },
      stillSecret27e: { fr: exact(STILL_SECRET) },
    },
    pairs: [
      ['executives27e', 'leaving27e', { window: 16 }],
      ['terms27e', 'stillSecret27e', { window: 4, ordered: true }],
    ],
  },
  discrimination: {
    groups: {
      alone27e: { fr: exact(DISC_ALONE, BELLY) },
      jewish27e: { fr: exact(JEWISH) },
      money27e: { fr: exact(MONEY) },
      weKnow27e: { fr: exact(WE_KNOW) },
      where27e: { fr: exact(WHERE) },
      reserved27e: { fr: exact(RESERVED) },
      real27e: { fr: exact(REAL) },
      away27e: { fr: exact(AWAY) },
      poor27e: { fr: exact(POOR) },
      time27e: { fr: exact(TIME) },
      young27e: { fr: exact(YOUNG) },
      big27e: { fr: exact(BIG) },
      image27e: { fr: exact(IMAGE) },
      signs27e: { fr: exact(SIGNS) },
      notHired27e: { fr: exact(NOT_HIRED) },
      women27e: { fr: exact(WOMEN) },
      domain27e: { fr: exact(DOMAIN) },
      peopleFrom27e: { fr: exact(PEOPLE_FROM) },
      steal27e: { fr: exact(STEAL) },
      sensory27e: { fr: exact(SENSORY) },
      normal27e: { fr: exact(NORMAL) },
      older27e: { fr: exact(OLDER) },
      target27e: { fr: exact(TARGET) },
    },
    alone: ['alone27e'],
    pairs: [
      ['jewish27e', 'money27e', { window: 16 }],
      ['weKnow27e', 'where27e', { window: 16, ordered: true }],
      ['reserved27e', 'real27e', { window: 4 }],
      ['away27e', 'poor27e', { window: 4, ordered: true }],
      ['time27e', 'young27e', { window: 6, ordered: true }],
      ['big27e', 'image27e', { window: 10 }],
      ['signs27e', 'notHired27e', { window: 12 }],
      ['women27e', 'domain27e', { window: 14 }],
      ['peopleFrom27e', 'steal27e', { window: 8, ordered: true }],
      ['sensory27e', 'normal27e', { window: 20 }],
      ['older27e', 'target27e', { window: 8 }],
    ],
  },
  health_legal: {
    groups: {
      alone27e: { fr: exact(HEALTH_ALONE) },
      guilt27e: { fr: exact(GUILT) },
      proof27e: { fr: exact(PROOF) },
      case27e: { fr: exact(CASE) },
      won27e: { fr: exact(WON) },
    },
    alone: ['alone27e'],
    pairs: [
      ['guilt27e', 'proof27e', { window: 16 }],
      ['case27e', 'won27e', { window: 12 }],
    ],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound27e = roundByTopic(ROUND_27E);
