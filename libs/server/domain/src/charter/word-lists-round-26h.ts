// Twenty-sixth round, eighth reading (`withRound26h` adds it to every topic's rules), from `holdout-44`'s misses, by
// family:
// Insults: "la ministre … quelle quiche" (a soft noun as a verdict on someone named before it).
// Politics: the RSA "sous condition de 15h d'activité" judged; "les m4cronistes"; "on lui a dit ce qu'on pense de sa
// loi"; a euro per basket to "la campagne de notre maire sortant"; a free dessert "as long as it wasn't for Reform".
// Discrimination: "marre des grosses sur la plage"; migrants "who don't share our values"; "the girls bring the
// coffee"; "US-born applicants only".
// Health and legal: living near a refinery "n'a aucun effet sur la santé… vivent même plus vieux".
// Clean: results "published today" with the details "in the press release on our website".
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const SOMEONE = list(`ministre|la ministre|le ministre|le maire|la maire|le président|la présidente|ce type|ce mec
  |cette fille|ce client|cette cliente|le directeur|la directrice|le gouvernement|the minister|the mayor|that guy`);
const SOFT_VERDICT = list(`quelle quiche|quelle buse|quelle truffe|quel boulet|quel cornichon|quelle andouille
  |quelle tanche|quelle cruche|what a muppet|what a plonker|what a numpty|what a melt`);

const POLITICS_ALONE = list(`rsa sous condition|rsa conditionné|conditionner le rsa|réforme du rsa|15h d activité
  |15 heures d activité|baisse des apl|m4cronistes|m4croniste|m4cron|macr0n|macr0nistes|m4cronie|macronistes
  |macroniste|macronie|ce qu on pense de sa loi|ce qu on pense de sa réforme|ce qu on pense de sa politique
  |what we think of his law|what we think of her law|what we think of his bill|what we think of her bill
  |what we think of his policy|what we think of her policy|à la campagne de notre maire|à la campagne du maire
  |campagne de réélection|reelection campaign|re election campaign|mayor campaign|our mayor re election
  |wasn for reform|wasn for labour|wasn for the tories|wasn for the greens|wasn for the lib dems|unless you voted reform
  |unless you voted tory|unless you voted labour|sauf si vous avez voté rn|sauf les électeurs du rn`);
const BENEFITS = list(`le rsa|rsa|l assurance chômage|les apl|apl|le smic|les allocs|les retraites|la réforme`);
const OUTRAGE = list(`une dinguerie|c est une dinguerie|un scandale|une honte|n importe quoi|comment les mamans
  |comment vont faire|inadmissible|honteux`);

const DISC_ALONE = list(`marre des grosses|marre des gros|des grosses sur la plage|des gros sur la plage
  |fat people at the beach|fat people on the beach|sick of fat|tired of fat people|us born applicants only
  |us born only|american born only|uk born only|british born only|born in the uk only|born in the us only
  |nés en france uniquement|né en france uniquement|né en france exigé|nés en france exigé|us born applicants
  |uk born applicants|british born applicants`);
const VALUES = list(`don share our values|do not share our values|ne partagent pas nos valeurs|won share our values
  |never share our values|ne partageront jamais nos valeurs`);
const GIRLS = list(`the girls|les filles|the ladies|les femmes|the women|les nanas|the lasses`);
const CHORES = list(`bring the coffee|make the coffee|make the tea|bring the tea|font le café|apportent le café
  |servent le café|do the dishes|font la vaisselle|bring the sandwiches|apportent les sandwichs|make the sandwiches`);

const HEALTH_ALONE = list(`aucun effet sur la santé|aucun impact sur la santé|no effect on your health
  |no effect on health|no health effects|zero health impact|vivent même plus vieux|riverains vivent plus longtemps
  |nos riverains vivent plus|neighbours live longer|our neighbours live longer`);
const NOT_CONFIDENTIAL = list(`press release on our website|press release on our site|were published today
  |was published today|publiés aujourdhui|publiés ce jour`);

const ROUND_26H: Readonly<Record<string, RuleExtension>> = {
  insult: {
    groups: { someone26h: { fr: exact(SOMEONE) }, softVerdict26h: { fr: exact(SOFT_VERDICT) } },
    pairs: [['someone26h', 'softVerdict26h', { window: 25, ordered: true }]],
  },
  politics: {
    groups: {
      alone26h: { fr: exact(POLITICS_ALONE) },
      benefits26h: { fr: exact(BENEFITS) },
      outrage26h: { fr: exact(OUTRAGE) },
    },
    alone: ['alone26h'],
    pairs: [['benefits26h', 'outrage26h', { window: 14 }]],
  },
  confidential: { negative: { fr: exact(NOT_CONFIDENTIAL) } },
  discrimination: {
    groups: {
      alone26h: { fr: exact(DISC_ALONE) },
      migrants26a: { fr: exact(list('migrants who|immigrants who|migrants qui|immigrés qui')) },
      values26h: { fr: exact(VALUES) },
      girls26h: { fr: exact(GIRLS) },
      chores26h: { fr: exact(CHORES) },
    },
    alone: ['alone26h'],
    pairs: [
      ['migrants26a', 'values26h', { window: 6, ordered: true }],
      ['girls26h', 'chores26h', { window: 3, ordered: true }],
    ],
  },
  health_legal: { groups: { alone26h: { fr: exact(HEALTH_ALONE) } }, alone: ['alone26h'] },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound26h = roundByTopic(ROUND_26H);
