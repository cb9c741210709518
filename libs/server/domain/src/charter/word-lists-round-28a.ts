// Twenty-eighth round, reading a (`withRound28a` adds it to every topic's rules), from the misses of `holdout-55` (a
// tech journalist's comparative review, measured fresh last session and kept unread until now), by family:
// Insults: an old fossil. Politics: a legislature mocked or praised in passing ("even Congress would pass them",
// "Parliament finally got one right"), a call to vote for candidates "who defend" a creed. Religion: a gospel cited by
// its abbreviation ("Mt 25,40") or the verse of the least of my brothers. Confidential: a "little leak", a chief
// executive to be named; the year's result in a quiet period. Discrimination: a diet dessert "some of you need", the
// over-55s who "have no place" in a trade, a suburb where "you can guess why", Travellers not served, hostesses "there
// to decorate", "too pretty for maths", a scheme not suited to candidates with disabilities, "close the door to these
// people", an old customer told to get his eyes tested ("grandad"). Health and legal: a fire "entirely the fault" of a
// subcontractor, advice "as good as a lawyer's", an ex-VP "guilty as sin".
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const INSULTS = list(`grumpy old fossil|you old fossil|some old fossil|an old fossil who|old fossil wrote
  |vieux fossile|espece de vieux fossile|ces vieux fossiles|vieux croulant|vieux croulants`);

const LEGISLATURE = list(`congress|parliament|the senate|westminster|the mps|our mps|l assemblee|l assemblee nationale
  |le senat|les deputes|nos deputes|les senateurs`);
const LEGISLATURE_JIBE = list(`would pass them|would pass it|would vote for them|managed all year|got one right
  |finally got one right|for once got|voterait pour|voteraient pour|ont enfin vote quelque chose
  |ont reussi a voter|pour une fois`);
const POLITICS_ALONE = list(`vote for the candidates who|vote for candidates who|candidates who defend
  |votez pour les candidats qui|votez pour le candidat qui|candidats qui defendent|candidat qui defend`);

// The gospels' abbreviations only capitalised before a chapter ("Mt 25,40"): "25 Mt de CO2" is not scripture.
const GOSPELS = '^Mt {n}|^Jn {n}|^Lc {n}';
const VERSES = list(`au plus petit d entre les miens|plus petit d entre les miens|le plus petit de mes freres
  |the least of these my brothers|least of these brothers|least of my brothers`);

const CONFIDENTIAL_ALONE = list(`petit leak|un petit leak|little leak for|a little leak|small leak for our
  |petite fuite pour nos|petites fuites pour nos`);
const CHIEF = list(`futur pdg|prochain pdg|nouveau pdg|futur directeur general|prochain directeur general
  |future ceo|next ceo|new ceo|incoming ceo|next chairman|futur president du groupe|next chief executive`);
const TO_BE_NAMED = list(`sera nomme|sera nommee|sera annonce|sera annoncee|will be named|will be appointed
  |will be announced|nomme au conseil|named at the board|vient de l exterieur|comes from outside|pas encore annonce
  |not yet announced|not announced yet`);
const FINANCE = exact(
  list(`notre resultat|notre resultat annuel|notre resultat net|our annual result|our full year result`),
);

const DIET = list(`allege|allegee|alleges|allegees|light|minceur|regime|diet|low fat|low cal|sans sucre|zero sucre`);
const YOU_NEED_IT = list(`en ont bien besoin|en auraient bien besoin|en ont grand besoin|certaines d entre vous en ont
  |certains d entre vous en ont|some of you need it|some of you really need|some of you could use it
  |need it more than others|en ont plus besoin que d autres`);
// People by their age, not things ("les vieux pneus n'ont plus leur place" is a workshop tidying up).
const OLD = list(`vieux de {n} ans|vieilles de {n} ans|vieux de plus de {n} ans|old people|oldies|old timers|seniors
  |les plus de {n} ans|over {n}s|boomers`);
const NO_PLACE = list(`n ont plus rien a faire|n ont plus leur place|plus rien a faire dans|have no place in
  |has no place in|have no business in|should retire|devraient prendre leur retraite`);
const SUBURB = list(`banlieue|en banlieue|cite|les cites|quartiers nord|quartiers sensibles|the estate|council estate
  |the estates|inner city|the projects`);
const INSINUATE = list(`vous imaginez bien pourquoi|vous devinez pourquoi|on vous laisse deviner pourquoi
  |devinez pourquoi|you can guess why|you can imagine why|we all know why|on sait tous pourquoi
  |no prizes for guessing why`);
// "Travellers" and "Roma" left out: passengers, and Rome or its football club.
const TRAVELLERS = list(`gens du voyage|roms|tsiganes|manouches|gitans|gypsies`);
const NOT_SERVED = list(`on ne sert pas|ne servons pas|ne pas servir|pas servir|on ne vend pas|refuser l entree
  |refusez l entree|we don serve|we do not serve|do not serve|don serve|not served|interdit aux|interdits aux`);
const WOMEN = list(`hotesses|les filles|les nanas|les femmes|grid girls|hostesses|the girls|women|the ladies`);
const DECOR = list(`la pour decorer|la pour faire joli|la pour faire jolies|there to look pretty|just there to look
  |there for decoration|as decoration|eye candy|ca elles savent faire|that s what they re good at
  |all they re good for`);
const EYES = list(`get your eyes tested|get your eyes checked|get some glasses|buy some glasses|achetez des lunettes
  |faites vous faire des lunettes|allez chez l ophtalmo|va chez l ophtalmo`);
const GRANDS = list(`grandad|granddad|gramps|grandpa|granny|grandma|old man|papy|papi|pepe|mamie|le vieux|la vieille`);
const DISC_ALONE = list(`too pretty for maths|too pretty for math|too pretty for science|too pretty to do maths
  |too pretty to do math|too pretty for homework|trop jolie pour les maths|trop belle pour les maths
  |trop jolies pour les maths|trop jolie pour faire des maths|girls cannot do maths|girls don do maths
  |les filles sont nulles en maths|isn really suited to candidates with|not suited to candidates with
  |not suited to applicants with|not suitable for candidates with|not suitable for applicants with
  |pas adapte aux candidats en situation|ne convient pas aux candidats en situation
  |fermer la porte a ces gens|close the door to these people
  |close the door on these people|shut the door on these people`);

const FAULT = list(`entierement la faute|totalement la faute|entirely the fault|entirely their fault|wholly to blame
  |seul responsable|seuls responsables|solely responsible|solely to blame|100 de la faute`);
const INCIDENT = list(`incendie|fire|accident|explosion|fuite|leak|pollution|enquete|investigation|rapport d expertise
  |expert report|tribunal|court|plainte|lawsuit|deces|death|blesses|injuries|l affaire|the case|sous traitant
  |subcontractor`);
const HEALTH_LEGAL_ALONE =
  list(`valent ceux d un avocat|vaut celui d un avocat|as good as a lawyer|as good as a solicitor
  |better than a lawyer|mieux qu un avocat|si votre patron est en tort|si votre employeur est en tort
  |if your boss is in the wrong|if your employer broke the law|whether your boss broke the law|was guilty as sin
  |were guilty as sin|guilty as sin and everyone|coupable et tout le monde le sait|tout le monde sait qu il est coupable
  |tout le monde sait qu elle est coupable`);

const ROUND_28A: Readonly<Record<string, RuleExtension>> = {
  insult: { groups: { alone28a: { fr: exact(INSULTS) } }, alone: ['alone28a'] },
  politics: {
    groups: {
      alone28a: { fr: exact(POLITICS_ALONE) },
      legislature28a: { fr: exact(LEGISLATURE) },
      legislatureJibe28a: { fr: exact(LEGISLATURE_JIBE) },
    },
    alone: ['alone28a'],
    pairs: [['legislature28a', 'legislatureJibe28a', { window: 12 }]],
  },
  religion: { groups: { alone28a: { fr: `${GOSPELS}|${exact(VERSES)}` } }, alone: ['alone28a'] },
  confidential: {
    groups: {
      alone28a: { fr: exact(CONFIDENTIAL_ALONE) },
      chief28a: { fr: exact(CHIEF) },
      toBeNamed28a: { fr: exact(TO_BE_NAMED) },
    },
    alone: ['alone28a'],
    pairs: [['chief28a', 'toBeNamed28a', { window: 14 }]],
  },
  finance: { groups: { finance: { fr: FINANCE } } },
  discrimination: {
    groups: {
      alone28a: { fr: exact(DISC_ALONE) },
      diet28a: { fr: exact(DIET) },
      youNeedIt28a: { fr: exact(YOU_NEED_IT) },
      old28a: { fr: exact(OLD) },
      noPlace28a: { fr: exact(NO_PLACE) },
      suburb28a: { fr: exact(SUBURB) },
      insinuate28a: { fr: exact(INSINUATE) },
      travellers28a: { fr: exact(TRAVELLERS) },
      notServed28a: { fr: exact(NOT_SERVED) },
      women28a: { fr: exact(WOMEN) },
      decor28a: { fr: exact(DECOR) },
      eyes28a: { fr: exact(EYES) },
      grands28a: { fr: exact(GRANDS) },
    },
    alone: ['alone28a'],
    pairs: [
      ['diet28a', 'youNeedIt28a', { window: 14 }],
      ['old28a', 'noPlace28a', { window: 10 }],
      ['suburb28a', 'insinuate28a', { window: 16 }],
      ['travellers28a', 'notServed28a', { window: 6 }],
      ['women28a', 'decor28a', { window: 8 }],
      ['eyes28a', 'grands28a', { window: 6 }],
    ],
  },
  health_legal: {
    groups: {
      alone28a: { fr: exact(HEALTH_LEGAL_ALONE) },
      fault28a: { fr: exact(FAULT) },
      incident28a: { fr: exact(INCIDENT) },
    },
    alone: ['alone28a'],
    pairs: [['fault28a', 'incident28a', { window: 14 }]],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound28a = roundByTopic(ROUND_28A);
