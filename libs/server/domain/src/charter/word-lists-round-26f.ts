// Twenty-sixth round, sixth reading (`withRound26f` adds it to every topic's rules), from `train-bx`'s misses, by
// family:
// Insults: someone's IQ that "apparemment a rétréci"; "je l'insulte de tous les noms"; "espèce de papille atrophiée".
// Politics, English, said in passing: a wink at which box to tick on polling day; "if the orange guy gets back in";
// a councillor who "has our vote"; the council's spending mocked; "the last lot's oven-ready deal"; Rishi's helicopter,
// Kwasi's budget; a party's surge; Labour's first 100 days; "who the governor is"; a gun bill dying in committee;
// Brussels' summits and "actual farmers".
// Health: a yogurt that helps children fall asleep.
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const IQ = list(`votre qi|ton qi|your iq|leur qi|their iq`);
const SHRUNK = list(`par contre|apparemment|a rétréci|a bien rétréci|however|on the other hand|has shrunk|clearly did`);
const INSULTS = list(`votre qi a rétréci
  |ton qi a rétréci|room temperature iq|iq of a goldfish|iq of a potato|qi d une huître
  |qi d une moule|qi de bulot|qi de poulpe|je l insulte de tous les noms|je vous insulte de tous les noms
  |insulter de tous les noms|espèce de papille|espèce d atrophié|espèce d atrophiée`);

const POLITICS_ALONE = list(`if the orange guy|the orange guy gets|orange man bad|orange guy gets back in
  |gets back in we re moving|oven ready deal|still paying for the last lot|after the last lot|the last lot mess
  |green surge|labour surge
  |tory surge|reform surge|lib dem surge|snp surge|far right surge|poussée écologiste|poussée du rn
  |labour first 100 days|labour first hundred days|tory promises|labour promises|labour broken promises
  |gun bill|gun control bill|gun reform|assault weapons ban|dies in committee|died in committee|the second amendment
  |try talking to actual farmers|actual farmers|another summit another|ran a budget`);
const POLLING_TAG = list(`ge2029|ge2026|ge2024|ge29|ge24|generalelection|election day|polling day|thursday the day
  |thursday s the day|on thursday|jour du vote|dimanche c est le jour`);
const BOX_HINT =
  list(`which box|you know which|you know who|we all know who|the whole country should|like the whole country
  |vote blue|vote red|vote green|vote orange|votebllue|voteblue|votered|votegreen|which way we re voting`);
const POLITICIAN = list(`councillor|councillors|our mp|the mp|mayor|the candidate|conseillère municipale
  |conseiller municipal|maire|député|députée|candidate|candidat|candidate for`);
const OUR_VOTE = list(`got our vote|has our vote|gets our vote|have our vote|our vote in|a notre vote|aura notre vote
  |a notre voix|my vote|mon vote`);
const COUNCIL = list(`the council|council found|town hall|la mairie|le conseil municipal|the county council`);
const SPENDING = list(`nobody uses|no one uses|cannot fix|still cannot fix|waste of money|priorities eh|priorités hein
  |gaspillent|gaspille|nos impôts|our council tax|council tax`);
const FIRST_NAMES = list(`rishi|kwasi|keir|boris|liz truss|nigel|theresa|jeremy hunt|rachel reeves`);
const GOVERNING = list(`helicopter|a budget|running a country|run a country|the country|his policies|her policies
  |downing street|number 10`);
const NOT_HAPPY = list(`less happy to report|not happy to report|less thrilled|not thrilled about|moins contents`);
const WHO_RULES = list(`who the governor is|who the president is|who the prime minister is|who the mayor is
  |who runs the state|qui est le gouverneur|qui est le président`);

const SLEEP = list(`aident les enfants à s endormir|aide les enfants à s endormir|aide bébé à s endormir
  |aident bébé à s endormir|aide les enfants à dormir|aident les enfants à dormir|helps kids fall asleep
  |help kids fall asleep|helps children fall asleep|help children sleep|helps children sleep|helps babies sleep`);
const FOOD = list(`yaourt|yaourts|yaourts du soir|tisane|tisanes|infusion|biscuits|biscuit|lait|compote|sirop|gummies
  |yogurt|yogurts|yoghurt|cookies|crackers|tea|milk|snack`);

const ROUND_26F: Readonly<Record<string, RuleExtension>> = {
  insult: {
    groups: { alone26f: { fr: exact(INSULTS) }, iq26f: { fr: exact(IQ) }, shrunk26f: { fr: exact(SHRUNK) } },
    alone: ['alone26f'],
    pairs: [['iq26f', 'shrunk26f', { window: 4, ordered: true }]],
  },
  politics: {
    groups: {
      alone26f: { fr: exact(POLITICS_ALONE) },
      pollingTag26f: { fr: exact(POLLING_TAG) },
      boxHint26f: { fr: exact(BOX_HINT) },
      politician26f: { fr: exact(POLITICIAN) },
      ourVote26f: { fr: exact(OUR_VOTE) },
      council26f: { fr: exact(COUNCIL) },
      spending26f: { fr: exact(SPENDING) },
      firstNames26f: { fr: exact(FIRST_NAMES) },
      governing26f: { fr: exact(GOVERNING) },
      notHappy26f: { fr: exact(NOT_HAPPY) },
      whoRules26f: { fr: exact(WHO_RULES) },
    },
    alone: ['alone26f'],
    pairs: [
      ['pollingTag26f', 'boxHint26f', { window: 20 }],
      ['politician26f', 'ourVote26f', { window: 20 }],
      ['council26f', 'spending26f', { window: 16 }],
      ['firstNames26f', 'governing26f', { window: 8 }],
      ['notHappy26f', 'whoRules26f', { window: 6, ordered: true }],
    ],
  },
  health_legal: {
    groups: { sleep26f: { fr: exact(SLEEP) }, food26f: { fr: exact(FOOD) } },
    pairs: [['food26f', 'sleep26f', { window: 10 }]],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound26f = roundByTopic(ROUND_26F);
