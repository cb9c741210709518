// Twenty-seventh round, reading a (`withRound27a` adds it to every topic's rules), from `holdout-48`'s misses (a
// hold-out measured fresh last session and read once its figures were taken), by family:
// Politics: Bercy told to think of families instead of its friends; shopping "instead of voting for that lot".
// Religion: "aux bigots", "votre bon Dieu"; creationists told that science wins.
// Discrimination: the old sent back to the care home; Roma delivery men refused; "chacun sa place, chacun son cerveau"
// for girls and boys; a colleague told to resign "avant qu'on l'y aide"; "tu mérites pas de vivre", "disparais pour de
// bon"; an ableist slur written with a digit; "British-born, white" hiring; visitors of a nationality and "count the
// laptops"; mothers who "n'ont qu'à se mettre au sport"; "on importe la délinquance".
// Health and legal: muscle mass gained in so many weeks; a lawsuit "on le gagne pour vous".
// Clean (finance in a quiet period): an F1 team's drivers "en Q3".
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const POLITICS = list(`instead of voting for that lot|rather than voting for that lot|voting for that lot
  |vote for that lot|voted for that lot|instead of voting for them|au lieu de voter pour ces
  |plutôt que de voter pour ces
  |au lieu d aller voter pour|chouchouter les copains|chouchoute les copains
  |chouchoutent les copains|arroser les copains|arrose les copains`);
const BERCY = '^Bercy';
const BERCY_JIBE = list(`au lieu de|penser aux familles|pense aux familles|les copains|ses copains|nos impôts
  |vos impôts|ponctionner|ponctionne|racketter|rackette|matraquage fiscal|taxer|taxe encore`);

const RELIGION = list(`aux bigots|les bigots|ces bigots|bande de bigots|chers bigots|votre bon dieu|ton bon dieu
  |creationists|creationist|creationism|créationnistes|créationniste|créationnisme|young earth crowd`);

const DISC_ALONE = list(`l ehpad vous attend|l ehpad t attend|direction l ehpad|retournez à l ehpad|filez à l ehpad
  |chacun sa place chacun son cerveau|chacun son cerveau|avant qu on l y aide|avant qu on t y aide
  |avant qu on vous y aide|avant qu on les y aide|tu mérites pas de vivre|tu ne mérites pas de vivre
  |vous méritez pas de vivre|vous ne méritez pas de vivre|disparais pour de bon|disparaissez pour de bon
  |fais nous plaisir et disparais|r3tarded|ret4rded|retard3d|r3t4rded
  |n ont qu à se mettre au sport
  |n ont qu à se mettre au régime|n ont qu à maigrir|n a qu à maigrir|n a qu à se mettre au régime
  |on importe la délinquance|importer la délinquance|importe la délinquance|importent la délinquance
  |importing crime|imported crime|import crime`);
const ROMA = list(`roms|rom|gitans|gitan|manouches|romanichels|tziganes`);
const NEVER = list(`jamais|pas question|on tient à nos|planquez|cachez vos|surveillez vos|comptez vos|fermez à clé`);
const BORN = list(`british born|uk born|us born|american born|french born|english born|born in the uk
  |born in france|native born|née en france|né en france`);
const WHITE = list(`white|caucasian|blanc|blanche|blancs|blanches|de type européen`);
const VISITORS = list(`chinese|romanians|romanian|albanians|albanian|gypsies|roma|nigerians|poles|polish
  |russians|indians|chinois|roumains|albanais|nigérians`);
const COUNT = list(`count the laptops|count the spoons|count the silverware|count your laptops|hide the laptops
  |lock up the laptops|hide the good coffee|comptez les ordinateurs|comptez les portables|planquez les ordis`);

const HEALTH_ALONE = list(`on le gagne pour vous|on vous le gagne|on gagne le procès pour vous|we ll win it for you
  |we win it for you|we ll win the case for you`);
const MUSCLE = list(`masse musculaire|de muscle|muscle mass|lean mass|masse grasse|body fat|de muscles`);
const WEEKS = list(`en {n} semaines|in {n} weeks|en {n} jours|in {n} days|en un mois|in a month|chez les ados
  |in teens|chez les enfants`);

const NOT_FINANCE = list(`pilotes en q3|pilote en q3|voitures en q3|passer en q3|passe en q3|accès à la q3|into q3
  |through to q3|make q3|made q3|reach q3|q3 session|en q3 ce soir`);

const ROUND_27A: Readonly<Record<string, RuleExtension>> = {
  politics: {
    groups: {
      alone27a: { fr: exact(POLITICS) },
      bercy27a: { fr: BERCY },
      bercyJibe27a: { fr: exact(BERCY_JIBE) },
    },
    alone: ['alone27a'],
    pairs: [['bercy27a', 'bercyJibe27a', { window: 12 }]],
  },
  religion: { groups: { alone27a: { fr: exact(RELIGION) } }, alone: ['alone27a'] },
  discrimination: {
    groups: {
      alone27a: { fr: exact(DISC_ALONE) },
      roma27a: { fr: exact(ROMA) },
      never27a: { fr: exact(NEVER) },
      born27a: { fr: exact(BORN) },
      white27a: { fr: exact(WHITE) },
      visitors27a: { fr: exact(VISITORS) },
      count27a: { fr: exact(COUNT) },
    },
    alone: ['alone27a'],
    pairs: [
      ['roma27a', 'never27a', { window: 8 }],
      ['born27a', 'white27a', { window: 4 }],
      ['visitors27a', 'count27a', { window: 16, ordered: true }],
    ],
  },
  health_legal: {
    groups: { alone27a: { fr: exact(HEALTH_ALONE) }, muscle27a: { fr: exact(MUSCLE) }, weeks27a: { fr: exact(WEEKS) } },
    alone: ['alone27a'],
    pairs: [['muscle27a', 'weeks27a', { window: 8 }]],
  },
  finance: { negative: { fr: exact(NOT_FINANCE) } },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound27a = roundByTopic(ROUND_27A);
