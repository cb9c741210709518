// Twenty-sixth round, reading s (`withRound26s` adds it to every topic's rules), from `train-cc`'s English misses, by
// family:
// Insults: "chavs". Discrimination: Pride or same-sex partners told to "keep it low-key" or not to hold hands;
// "they/them" told "there are boys and there are girls"; critics and ex-staff threatened ("we know who your new boss
// is", "we've done some digging", "your mum's house looks nice", "she's at … most evenings", "take the
// hint and resign");
// suicide baiting ("just end it", "jumping off something tall"); towns and their people ("what did we expect from
// that lot", "a stab vest", "vans back with the wheels on"); bodies ("chubby kids", "big bones", "keep the kaftan
// on", "the potato-sack section"); "people who can actually walk"; nationalities in a joke or tested as thieves;
// "while the men handle the technical tour"; "who says you lot can't…"; "sharp for a man his age"; science "for
// boys", baking for "the little princesses"; the Welsh and their sheep; Asian kids who "do nothing but homework";
// evangelicals "whining" and their "happy-clappy tambourines".
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const INSULTS = list(`chavs|chav|chavvy|bunch of chavs|chav scum`);

const DISC_ALONE = list(`we know who your new boss is|we know who your boss is|we know where your new boss
  |we ll be giving them a call|your new boss a call|your new employer a call|your new manager a call
  |call your new boss|call your new employer|we will be giving them a call|did a bit of digging on you
  |your mum house looks nice|your mother house looks nice|your parents house looks nice|your username took
  |took {n} minutes to trace|your badge got lost|take the hint and resign|take the hint and retire
  |take the hint and leave|take the hint and quit|your shifts just moved to nights
  |jumping off something tall|jump off something tall|jumping off a bridge|jump off a bridge|no one would miss you
  |nobody would miss you|what did we expect from that lot|what do you expect from that lot
  |you know what that lot are like|we know what that lot are like|want a stab vest|need a stab vest
  |wear a stab vest|back with the wheels on|back with their wheels on|back with its wheels on
  |chubby kids|fat kids|chubby children|laid off the crisps|lay off the crisps|laid off the pies|lay off the pies
  |just have big bones|just big boned|keep the kaftan on|keep your kaftan on|potato sack section
  |people who can actually walk|those who can actually walk|mobility scooter crowd|zimmer frame crowd
  |while the men handle|while the men deal with|leave the technical stuff to the men|leave the technical bits to the men
  |who says you lot cannot|who said you lot cannot|sharp for a man his age|sharp for a woman her age
  |for the little princesses|let not confuse them|their kids do nothing but homework|happy clappy tambourines
  |go back to your tambourines|go back to your happy clappy`);

const PRIDE = list(`pride month|pride|same sex partners|same sex couples|gay couples|lesbian couples|two dads|two mums
  |same sex partner`);
const LOW_KEY = list(`keep it low key|keep it discreet|tone it down|don hold hands|not hold hands|no holding hands
  |don kiss|keep it private`);
const THEY_THEM = list(`they them|gender neutral|non binary|nonbinary|pronouns`);
const TWO_ONLY = list(`there are boys and there are girls|only two genders|pick one and come back|just pick one`);
const DIGGING = list(`we done some digging|we have done some digging|we did some digging|we did a bit of digging
  |we looked you up|we know where you live|we found out where`);
const FAMILY = list(`your daughter goes to|your son goes to|your kids go to|your children go to|your daughter school
  |your son school|your kids school|your address|your mum lives|your wife works`);
const FIND_HER = list(`she at|he at|she is at|he is at|find her at|find him at|she lives at|he lives at`);
const EVENINGS = list(`most evenings after {n}|most nights after {n}|every evening after {n}|most evenings from {n}`);
const END_IT = list(`just end it|end it all|end it then`);
const UNHAPPY = list(`that unhappy|that miserable|so unhappy|so miserable|no one would notice|nobody would notice`);
const NATION = list(`a pole|a romanian|an albanian|a gypsy|a bulgarian|a nigerian|an irishman|a scot|a scouser`);
const ONE_OF_THEM = list(`only one of them leaves|only one of them pays|only one of them paid|only one of them left`);
const THIEVES = list(`albanians|romanians|gypsies|bulgarians|pikeys`);
const THEFT = list(`anti theft|theft tags|security tags|toughest customers|shoplifters|nick anything`);
const BOYS = list(`designed for boys|are for boys|made for boys|meant for boys|is for boys|only for boys`);
const GIRLS = list(`little princesses|the princesses|baking set|baking kit|for the girls we`);
const SHEEP = list(`sheep|sheep print`);
const LONELY = list(`gets lonely|lonely out there|lonely in the valleys|lonely nights`);
const ASIA = list(`asia|asian|chinese|korean|japanese|indian|singapore`);
const HOMEWORK = list(`nothing but homework|nothing but study|nothing but revise|nothing but maths`);
const FAITHS = list(`evangelicals|evangelical|christians|catholics|muslims|jews|mormons|hindus|sikhs`);
const WHINING = list(`whining|whinging|moaning|go back to your`);

const ROUND_26S: Readonly<Record<string, RuleExtension>> = {
  insult: { groups: { alone26s: { fr: exact(INSULTS) } }, alone: ['alone26s'] },
  discrimination: {
    groups: {
      alone26s: { fr: exact(DISC_ALONE) },
      pride26s: { fr: exact(PRIDE) },
      lowKey26s: { fr: exact(LOW_KEY) },
      theyThem26s: { fr: exact(THEY_THEM) },
      twoOnly26s: { fr: exact(TWO_ONLY) },
      digging26s: { fr: exact(DIGGING) },
      family26s: { fr: exact(FAMILY) },
      findHer26s: { fr: exact(FIND_HER) },
      evenings26s: { fr: exact(EVENINGS) },
      endIt26s: { fr: exact(END_IT) },
      unhappy26s: { fr: exact(UNHAPPY) },
      nation26s: { fr: exact(NATION) },
      oneOfThem26s: { fr: exact(ONE_OF_THEM) },
      thieves26s: { fr: exact(THIEVES) },
      theft26s: { fr: exact(THEFT) },
      boys26s: { fr: exact(BOYS) },
      girls26s: { fr: exact(GIRLS) },
      sheep26s: { fr: exact(SHEEP) },
      lonely26s: { fr: exact(LONELY) },
      asia26s: { fr: exact(ASIA) },
      homework26s: { fr: exact(HOMEWORK) },
      faiths26s: { fr: exact(FAITHS) },
      whining26s: { fr: exact(WHINING) },
    },
    alone: ['alone26s'],
    pairs: [
      ['pride26s', 'lowKey26s', { window: 16 }],
      ['theyThem26s', 'twoOnly26s', { window: 16, ordered: true }],
      ['digging26s', 'family26s', { window: 14 }],
      ['findHer26s', 'evenings26s', { window: 12, ordered: true }],
      ['endIt26s', 'unhappy26s', { window: 14 }],
      ['nation26s', 'oneOfThem26s', { window: 16, ordered: true }],
      ['thieves26s', 'theft26s', { window: 14 }],
      ['boys26s', 'girls26s', { window: 16, ordered: true }],
      ['sheep26s', 'lonely26s', { window: 20 }],
      ['asia26s', 'homework26s', { window: 14, ordered: true }],
      ['faiths26s', 'whining26s', { window: 20 }],
    ],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound26s = roundByTopic(ROUND_26S);
