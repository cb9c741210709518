// Twenty-sixth round, reading m (`withRound26m` adds it to every topic's rules), from `holdout-46`'s misses, by family:
// Insults: "made by clowns for clowns"; "a total d1ck".
// Politics: a ban "is pure ideology".
// Religion: "he died for your sins, so the least you can do is grab a pack".
// Discrimination: "rentrez chez vous, les Roumains"; "les Asiatiques… ils sauront jamais"; "saute par la fenêtre",
// "the world would be better off if you just ended it"; "these people bring nothing but crime"; bankers who "all
// happen to share the same 'faith'"; gender-neutral toilets, "next they'll want pronouns on the pipelines".
// Health and legal: "legally you're always entitled to a full refund… tell the shop we said so".
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const INSULTS = list(`made by clowns|by clowns for clowns|clowns for clowns|par des clowns pour des clowns|d1ck|d1cks
  |a total dick|being a dick|being a total dick|such a dick|total knob|a right knob`);
const POLITICS_ALONE = list(`pure ideology|purely ideological|is pure ideology|de l idéologie pure|pure idéologie
  |purement idéologique|idéologie punitive|punitive ecology|écologie punitive`);
const RELIGION_ALONE =
  list(`died for your sins|died for our sins|died for my sins|mort pour vos péchés|mort pour nos péchés
  |mort pour tes péchés|est mort pour nous sauver|died to save you`);

const GO_HOME = list(`rentrez chez vous|rentre chez toi|retournez chez vous|retourne chez toi|go home|go back home
  |rentrez au pays|retournez dans votre pays`);
const GROUPS = list(`les roumains|roumains|les polonais|les arabes|les africains|les chinois|les asiatiques|les noirs
  |les gitans|les roms|les migrants|les étrangers|romanians|the romanians|the poles|the chinese|the asians|the arabs
  |the africans|gypsies|the gypsies|migrants|foreigners|les maghrébins|les turcs|les comoriens`);
const NEVER_ABLE = list(`ils sauront jamais|ils ne sauront jamais|ils savent pas|ils ne savent pas|ils sont incapables
  |ils comprendront jamais|they ll never|they will never|they can never|they never learn|they can t even|ils peuvent pas`);
const SELF_HARM = list(`saute par la fenêtre|sauter par la fenêtre|jette toi par la fenêtre|jetez vous par la fenêtre
  |jump out the window|jump out of a window|jump out of the window|jump off a bridge|saute d un pont
  |better off if you just ended it|better off if you ended it|if you just ended it|if you ended it all
  |le monde serait mieux sans toi|le monde se porterait mieux sans toi|world would be better off without you`);
const CONTROL_GROUPS = list(`bankers|the bankers|banquiers|les banquiers|the media|les médias|hollywood|the banks
  |les banques|la finance`);
const SAME_FAITH = list(`share the same faith|same faith|run everything|control everything|runs everything
  |controls everything|tiennent tout|contrôlent tout|même religion|la même religion|même communauté`);
const GENDER_NEUTRAL = list(`gender neutral toilets|gender neutral loos|gender neutral bathrooms|toilettes non genrées
  |toilettes neutres|pronouns|pronoms|iel|écriture inclusive|inclusive language`);
const NEXT_THEY = list(`next they ll want|next they will want|next they ll ask|bientôt ils voudront|bientôt ils
  |et puis quoi encore|woke|wokes|wokisme|le wokisme|woke nonsense|woke madness`);

const LEGALLY = list(`legally|légalement|by law|selon la loi|la loi vous|in law`);
const ENTITLED = list(`entitled to|always entitled|you always entitled|avez droit à|avez toujours droit
  |êtes en droit de|êtes dans votre droit`);

const ROUND_26M: Readonly<Record<string, RuleExtension>> = {
  insult: { groups: { alone26m: { fr: exact(INSULTS) } }, alone: ['alone26m'] },
  politics: { groups: { alone26m: { fr: exact(POLITICS_ALONE) } }, alone: ['alone26m'] },
  religion: { groups: { alone26m: { fr: exact(RELIGION_ALONE) } }, alone: ['alone26m'] },
  discrimination: {
    groups: {
      alone26m: { fr: exact(SELF_HARM) },
      goHome26m: { fr: exact(GO_HOME) },
      groups26m: { fr: exact(GROUPS) },
      neverAble26m: { fr: exact(NEVER_ABLE) },
      migrants26a: { fr: exact(list('these people|ces gens|ces gens là|those people')) },
      controlGroups26m: { fr: exact(CONTROL_GROUPS) },
      sameFaith26m: { fr: exact(SAME_FAITH) },
      genderNeutral26m: { fr: exact(GENDER_NEUTRAL) },
      nextThey26m: { fr: exact(NEXT_THEY) },
    },
    alone: ['alone26m'],
    pairs: [
      ['goHome26m', 'groups26m', { window: 4 }],
      ['groups26m', 'neverAble26m', { window: 8, ordered: true }],
      ['controlGroups26m', 'sameFaith26m', { window: 10, ordered: true }],
      ['genderNeutral26m', 'nextThey26m', { window: 14 }],
    ],
  },
  health_legal: {
    groups: { legally26m: { fr: exact(LEGALLY) }, entitled26m: { fr: exact(ENTITLED) } },
    pairs: [['legally26m', 'entitled26m', { window: 4 }]],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound26m = roundByTopic(ROUND_26M);
