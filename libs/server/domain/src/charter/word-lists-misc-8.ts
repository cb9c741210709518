// Round 8 (from holdout-8, train-g, train-h): insults by construction, and clean look-alikes of every category.
// Wired into the detector's rules by `withMisc8` (detector.ts): insult groups are merged into INSULT_RULES, and
// negative phrases are added to each topic's own.
// - insults: person-nouns the lists lacked ("branques", "coward", "keyboard warrior") after a word of address,
//   a mock title ("champion du monde des boulets", "the king of the muppets") or "another"; a brain said to be
//   missing ("never met a functioning brain cell", "le cerveau est livré en option", "c'est la cervelle qui
//   manque"); "the only thing stale around here is your …"; sarcastic praise ("bold move, Sherlock", "truly a
//   criminal mastermind", "oh le génie qui…"); "ok boomer"; masked profanity ("dipsh*ts");
// - clean: contests named as elections ("l'élection du pyjama"), idioms ("jurer ses grands dieux", "le petit Jésus
//   en culotte de velours", "un accent à couper au couteau"), animals and costumes ("Maine coon", "bouffon du roi"),
//   industry ("blast-furnace slag"), a dividend already approved, a club's kit bought for a match day; birds ("blue
//   tits") and a charcuterie ("un Jésus de Lyon"), added in the twentieth session from holdout-25 after its measure;
//   streets named after a church ("Church Street") and a hard right or left in directions, added in the
//   twenty-first session from holdout-26 after its measure.
import type { CategoryRules, Terms } from './lexicon';
import { extendRules } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

/** Enough alone (insult `strong`, so masked spellings are read too: "dipsh*ts"). */
const STRONG_8 = list(`ok boomer|okay boomer|dipshit|dipshits|keyboard warriors
  |never met a functioning brain cell|never met a brain cell|fewer brain cells|zero brain cells|no brain cells
  |one brain cell|single brain cell|two brain cells|brain cell count|cerveau livre en option|cerveau est livre en option
  |cerveau en option|cervelle en option|neurones en option|cerveau vendu separement|cerveau pas fourni
  |whichever genius|some genius decided|bright spark who|bright sparks who|le petit genie qui|les petits genies qui
  |petit malin qui|petits malins qui|criminal mastermind|criminal masterminds`);

/** Words read as insults only when masked ("c*ns", "c*nne"): plain, "cons" is also "pros and cons". */
const MASKED_ONLY_8 = list(`cons|conne|connes|connard|connards|connasse|connasses`);

/** Person-nouns that insult whoever they name, after an address or a mock title. */
const PERSON_8 = list(`branque|branques|boulet|boulets|guignol|guignols|baltringue|baltringues|trouillard
  |trouillards|froussard|froussards|pleutre|coward|cowards|keyboard warrior|keyboard warriors|muppet|muppets|numpty
  |numpties|plonker|plonkers|idiot|idiots|moron|morons|loser|losers|nitwit|nitwits|halfwit|halfwits|imbecile
  |imbeciles|cretin|cretins|abruti|abrutis|bouffon|bouffons|naze|nazes|tocard|tocards`);

/** A mock title or a weary "another" before a person-noun ("champion du monde des boulets", "another muppet"). */
const TITLE_8 = list(`champion du monde des|champions du monde des|championne du monde des|champion des|championne des
  |champion toutes categories des|medaille d or des|le roi des|la reine des|le prince des|the king of the
  |the queen of the|king of the|queen of the|world champion of|champion of the|another|yet another|encore un
  |encore une|t es qu un|t es qu une|vous etes des|you re a|you re an|you re such a|you are a|what a|such a|bande de
  |espece de|pathetic little|sad little|pathetic|spineless little|nasty little|gros|sale|sales|pauvre|pauvres`);

/** "the only thing" + a bad adjective (a compound) … + "is your": "the only thing stale around here is your personality". */
const ONLY_THING_8 = list(`the only thing|the only things|only thing|la seule chose|le seul truc|la seule chose de
  |le seul truc de`);
const BAD_ADJ_8 = list(`stale|rotten|fake|cheap|toxic|sour|expired|off|broken|bitter|empty|thick|dense|slow|lame|sad
  |perime|perimee|rassis|rassise|pourri|pourrie|toxique|aigri|aigrie|vide|lent|lente|nul|nulle`);
const YOURS_8 = list(`is your|is you|are your|are you|c est ta|c est ton|c est toi|c est vous|c est votre|est ta
  |est ton|est votre`);

/** A brain said to be missing: "c'est pas l'oreille qui manque, c'est la cervelle", "his brain is missing". */
const BRAIN_8 = list(`cervelle|cerveau|neurone|neurones|jugeote|matiere grise|brain|brains|brain cell|brain cells`);
const LACK_8 = list(`qui manque|qui manquent|qui fait defaut|is missing|are missing|in short supply`);

/** Sarcastic praise followed by a mock name ("bold move, Sherlock", "oh le génie qui", "truly a mastermind"). */
const SARCASM_8 = list(`bold move|truly a|quite the|nice going|way to go|slow clap|well played|oh le|oh la|ah le|oh les
  |oh the|oh look the|bravo au|bravo aux|merci au|merci aux`);
const MOCK_NAME_8 = list(`genie|genies|einstein|sherlock|mastermind|masterminds|genius|geniuses|prix nobel
  |nobel|lumiere|lumieres|flechette|bright spark|rocket scientist|brainiac`);

/** Clean phrases per topic: each neutralises the words it covers for that topic only. */
export const MISC_8_NEGATIVES: Readonly<Record<string, Terms>> = {
  insult: {
    fr: `=bouffon du roi|=bouffons du roi|=costume de bouffon|=costumes de bouffon|=deguisement de bouffon|=vous etes des betes
      |=vous etes des machines|=t es une bete|=une bete de|=des betes de|=bete de scene|=betes de scene`,
    en: `=furnace slag|=steel slag|=iron slag|=copper slag|=slag heap|=slag heaps|=slag wool|=slag cement|=slag into
      |=recycles slag|=recycled slag|=slag aggregate|=slag from
      |${exact(['blue', 'great', 'coal', 'marsh', 'willow', 'crested', 'long tailed'].flatMap((b) => [`${b} tit`, `${b} tits`]))}`,
  },
  politics: {
    fr: exact(
      ['election', 'elections', 'vote'].flatMap((e) =>
        list(`du pyjama|du motif|du t shirt|du sweat|du bonnet|du body|du coloris|de la couleur|du gouter|du biscuit
          |du cookie|du yaourt|de la mascotte|de la mascotte|du parfum|du modele|de la collection|du pyjama de|de l emoji
          |du slogan|du packaging|de l emballage|du sable|de la galette|de la chaussette|du plat|de la saveur`).map(
          (w) => `${e} ${w}`,
        ),
      ),
    ),
    en: exact([
      ...['election', 'vote'].flatMap((e) =>
        list(`for the best|for your favourite|for your favorite|for the pattern|for the flavour|for the flavor
          |for the mascot|for the design|for the colour|for the color`).map((w) => `${e} ${w}`),
      ),
      // Directions: "then hard right onto Church Street", "take a hard left at the lights".
      ...['hard right', 'hard left'].flatMap((h) => [
        `${h} onto`,
        ...list(`turn|take a|make a|then a`).map((w) => `${w} ${h}`),
      ]),
    ]),
  },
  religion: {
    fr: `=petit jesus en culotte de velours|=jure ses grands dieux|=jurer ses grands dieux|=jure mes grands dieux
      |=jurent leurs grands dieux|=jurait ses grands dieux|=jure ses grand dieux|=ses grands dieux|=leurs grands dieux
      |=jesus de lyon|=jesus de morteau|=jesus de savoie|=saucisson jesus`,
    en: `=church food bank|=church foodbank|=church hall|=church halls|=church car park|=church fete|=church fair
      |${exact(list(`street|st|road|rd|lane|walk|square|hill|avenue|row|close|end|green|gate|place|way`).map((w) => `church ${w}`))}`,
  },
  discrimination: {
    fr: `=maine coon|=maine coons|=a couper au couteau|=avec ou sans handicap|=avec ou sans handicaps
      |=sans limite d age|=aux femmes comme aux hommes|=aux hommes comme aux femmes`,
    en: `=maine coon|=maine coons|=real families|=real customers|=real shoppers|=real people from|=with or without
      |=whatever your age|=regardless of age`,
  },
  confidential: {
    fr: `=dividende approuve|=dividende vote|=dividende valide|=dividende approuve par|=dividende verse le`,
    en: `=dividend approved|=dividend was approved|=approved dividend|=dividend declared|=dividend will be paid on
      |${exact(
        ['', 'we ', 'we re ', 'were ', 'we are ', 'we ll be ', 'we will be '].flatMap((we) =>
          list(`buying the kit|buying kit|buying new kit|buying the kits|buying the shirts|buying the strip
            |buying the jerseys|buying the equipment|buying lunch|buying breakfast|buying the cake|buying pizza
            |buying the pizza|buying the first round|buying the coffee|buying the coffees`).map((w) => we + w),
        ),
      )}`,
  },
};

/** The insult rules with round 8's groups (see the file's comment); negatives are added to every topic. */
export function withMisc8(topic: string, rules: CategoryRules): CategoryRules {
  const negative = MISC_8_NEGATIVES[topic];
  if (topic !== 'insult') return negative ? extendRules(rules, { negative }) : rules;
  return extendRules(rules, {
    ...(negative && { negative }),
    maskedOnly: { group: 'strong', words: MASKED_ONLY_8 },
    groups: {
      strong: { fr: exact(STRONG_8) },
      person8: { fr: exact(PERSON_8) },
      title8: { fr: exact(TITLE_8) },
      onlyThing8: { fr: exact(ONLY_THING_8) },
      badAdj8: { fr: exact(BAD_ADJ_8) },
      onlyBad8: {},
      yours8: { fr: exact(YOURS_8) },
      sarcasm8: { fr: exact(SARCASM_8) },
      mockName8: { fr: exact(MOCK_NAME_8) },
      brain8: { fr: exact(BRAIN_8) },
      lack8: { fr: exact(LACK_8) },
    },
    compounds: [
      ['title8', 'person8', 'strong', 3],
      ['onlyThing8', 'badAdj8', 'onlyBad8', 2],
    ],
    pairs: [
      ['onlyBad8', 'yours8', { window: 6, ordered: true }],
      ['sarcasm8', 'mockName8', { window: 2, ordered: true }],
      ['brain8', 'lack8', { window: 4 }],
    ],
  });
}
