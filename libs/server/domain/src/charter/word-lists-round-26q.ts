// Twenty-sixth round, reading q (`withRound26q` adds it to every topic's rules), from `holdout-47`'s misses, by family:
// Insults: mannequins dressed by "a blindfolded chimp".
// Politics: a quote on the pension age endorsed; "bravo au Conseil régional pour la suppression…"; "starts with B and
// ends with -rexit"; "the current cabinet? Not so much"; hoping who "forms the next coalition".
// Religion: "un bonhomme en soutane"; those who "tiennent les banques… vous voyez très bien de qui on parle"; a veil and a
// beard in the queue, "vous aussi vous changez de file".
// Confidential: guidance "between friends".
// Discrimination: "faire rentrer les clandestins chez eux"; fasting as "une excuse officielle pour être lentes";
// "surtout pas comme un Arabe"; at 80 "se faire plaisir ne sert plus à grand-chose"; "your gran with dementia"; "don't
// worry… the staff speak English"; wheelchair users told it "isn't really your thing"; "a flight back to wherever you
// came from"; "if you can't see the colours… isn't for you"; a CFO of 62 who "can still work a laptop".
// Health and legal: "votre système immunitaire vous dit merci"; "validé par nos médecins"; an appeal "gagné d'avance";
// "the law says every shop HAS to refund you".
// Clean: a race weekend's figures ("les chiffres du week-end") in a quiet period; "preaching the gospel of spreadsheets".
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const INSULTS = list(`a blindfolded chimp|a blindfolded monkey|dressed by a chimp|un singe les yeux bandés
  |un chimpanzé aveugle|habillés par un singe`);

const POLITICS_ALONE =
  list(`voler deux ans de vie|reculer l âge de départ|recul de l âge de départ|reculer l âge de la retraite
  |raising the pension age|raise the retirement age|ends with rexit|rexit|forms the next coalition|form the next coalition
  |forme la prochaine coalition|former la prochaine coalition|forms the next government`);
const BRAVO_COUNCIL = list(`bravo au conseil régional|bravo à la région|bravo à la mairie|bravo au conseil départemental
  |merci au conseil régional|merci à la mairie|merci la mairie|merci à la région|bravo au département`);
const CUT = list(`suppression|fermeture|supprimé|supprimée|fermé|fermée|coupe|baisse des subventions`);
const CABINET = list(`the current cabinet|the current government|le gouvernement actuel|ce gouvernement|the cabinet`);
const NOT_SO_MUCH = list(
  `not so much|not really|pas vraiment|pas tellement|bof|asleep at the wheel|aux abonnés absents`,
);

const RELIGION_ALONE =
  list(`bonhomme en soutane|un type en soutane|un mec en soutane|man in a cassock|bloke in a cassock
  |guy in a dress telling you|un curé pour vous dire`);
const HOLD_BANKS = list(`tiennent les banques|tiennent les médias|run the banks|own the banks|control the media
  |contrôlent les médias|tiennent la finance`);
const YOU_KNOW_WHO = list(`vous voyez très bien de qui|vous voyez de qui|vous savez de qui|on sait tous qui
  |you know who|we all know who|you know exactly who`);
const VEIL_BEARD = list(`un voile|une barbe|en burqa|a veil|a headscarf|a beard|une djellaba|a turban|un turban`);
const CHANGE_QUEUE = list(`changez de file|changer de file|change queues|change queue|changez de place|change seats
  |changez de wagon|change carriages|change carriage|changez de trottoir|cross the street`);

const DISC_ALONE = list(`rentrer les clandestins chez eux|renvoyer les clandestins|les clandestins chez eux
  |send the illegals home|send illegals home|back to wherever you came from|flight back to wherever
  |retourne d où tu viens|rentre d où tu viens|retournez d où vous venez|even your gran with dementia
  |even your nan with dementia|même ta mamie alzheimer|même mamie avec alzheimer|the staff speak english`);
const FASTING = list(`jeûnent|jeûne|ramadan|carême|fasting|fast`);
const EXCUSE = list(
  `excuse officielle pour être|une excuse pour être|an excuse to be|official excuse to be|excuse officielle`,
);
const NOT_LIKE = list(`surtout pas comme un|surtout pas comme une|pas comme un|not like an|not like a`);
const PEOPLE = list(`arabe|noir|juif|roumain|gitan|rom|arab|jew|black guy|romanian|gypsy|pakistanais|africain
  |asiatique|chinois`);
const AGE_AT = list(`à {n} ans|at {n}|les vieux|old people|the elderly|les personnes âgées|les seniors`);
const NO_POINT = list(`ne sert plus à grand chose|ne sert plus à rien|no point anymore|no point any more
  |not worth it anymore|not worth it at that age|ça ne sert plus à rien`);
const DISABLED = list(`wheelchair users|wheelchair user|disabled people|disabled applicants|les handicapés
  |en fauteuil|personnes handicapées`);
const NOT_YOUR_THING = list(`isn really your thing|not really your thing|pas vraiment votre truc|pas vraiment ton truc
  |n est pas pour vous|n est pas pour toi|isn for you|is not for you|just isn for you`);
const CANNOT_SEE =
  list(`cannot see|cannot hear|can see the|accessibility complaints|accessibility|plaintes d accessibilité
  |ne voyez pas|n entendez pas`);
const IS_AGE = list(`is {n}|a {n} ans|aged {n}|est âgée de {n}|vient d avoir {n}`);
const STILL_WORKS = list(`can still work a|can still use a|sait encore se servir|sait encore utiliser|can still type
  |still knows how to use`);

const HEALTH_ALONE = list(`système immunitaire qui vous dit merci|votre système immunitaire vous dit merci
  |your immune system will thank you|immune system thanks you|validé par nos médecins|validé par des médecins
  |approved by our doctors|récupération musculaire deux fois plus rapide|zéro crampe|the law says every shop
  |la loi oblige tous les magasins|every shop has to refund you|every shop has to refund`);
const COURT = list(`cour d appel|le tribunal|le procès|the court|the judge|le juge|the appeal|l appel`);
const WON_ALREADY = list(`gagné d avance|va confirmer qu|will confirm|will rule in our favour|already won|a formality
  |c est plié`);

const ROUND_26Q: Readonly<Record<string, RuleExtension>> = {
  insult: { groups: { alone26q: { fr: exact(INSULTS) } }, alone: ['alone26q'] },
  politics: {
    groups: {
      alone26q: { fr: exact(POLITICS_ALONE) },
      bravoCouncil26q: { fr: exact(BRAVO_COUNCIL) },
      cut26q: { fr: exact(CUT) },
      cabinet26q: { fr: exact(CABINET) },
      notSoMuch26q: { fr: exact(NOT_SO_MUCH) },
    },
    alone: ['alone26q'],
    pairs: [
      ['bravoCouncil26q', 'cut26q', { window: 6, ordered: true }],
      ['cabinet26q', 'notSoMuch26q', { window: 4, ordered: true }],
    ],
  },
  religion: {
    groups: {
      alone26q: { fr: exact(RELIGION_ALONE) },
      holdBanks26q: { fr: exact(HOLD_BANKS) },
      youKnowWho26q: { fr: exact(YOU_KNOW_WHO) },
      veilBeard26q: { fr: exact(VEIL_BEARD) },
      changeQueue26q: { fr: exact(CHANGE_QUEUE) },
    },
    alone: ['alone26q'],
    pairs: [
      ['holdBanks26q', 'youKnowWho26q', { window: 20, ordered: true }],
      ['veilBeard26q', 'changeQueue26q', { window: 26, ordered: true }],
    ],
    negative: { fr: exact(list(`preaching the gospel of|preaches the gospel of|preach the gospel of`)) },
  },
  confidential: { groups: { secret: { fr: exact(list(`between friends|entre amis soit dit|between ourselves`)) } } },
  finance: {
    negative: {
      fr: exact(
        list(`les chiffres du week end|chiffres du week end|chiffres de la course|chiffres du gp
        |chiffres du grand prix|race weekend figures|the weekend in numbers`),
      ),
    },
  },
  discrimination: {
    groups: {
      alone26q: { fr: exact(DISC_ALONE) },
      holdBanks26q: { fr: exact(HOLD_BANKS) },
      youKnowWho26q: { fr: exact(YOU_KNOW_WHO) },
      veilBeard26q: { fr: exact(VEIL_BEARD) },
      changeQueue26q: { fr: exact(CHANGE_QUEUE) },
      fasting26q: { fr: exact(FASTING) },
      excuse26q: { fr: exact(EXCUSE) },
      notLike26q: { fr: exact(NOT_LIKE) },
      people26q: { fr: exact(PEOPLE) },
      ageAt26q: { fr: exact(AGE_AT) },
      noPoint26q: { fr: exact(NO_POINT) },
      disabled26q: { fr: exact(DISABLED) },
      notYourThing26q: { fr: exact(NOT_YOUR_THING) },
      cannotSee26q: { fr: exact(CANNOT_SEE) },
      isAge26q: { fr: exact(IS_AGE) },
      stillWorks26q: { fr: exact(STILL_WORKS) },
    },
    alone: ['alone26q'],
    pairs: [
      ['holdBanks26q', 'youKnowWho26q', { window: 20, ordered: true }],
      ['veilBeard26q', 'changeQueue26q', { window: 26, ordered: true }],
      ['fasting26q', 'excuse26q', { window: 12 }],
      ['notLike26q', 'people26q', { window: 1, ordered: true }],
      ['ageAt26q', 'noPoint26q', { window: 8 }],
      ['disabled26q', 'notYourThing26q', { window: 10, ordered: true }],
      ['cannotSee26q', 'notYourThing26q', { window: 12, ordered: true }],
      ['isAge26q', 'stillWorks26q', { window: 10, ordered: true }],
    ],
  },
  health_legal: {
    groups: {
      alone26q: { fr: exact(HEALTH_ALONE) },
      court26q: { fr: exact(COURT) },
      wonAlready26q: { fr: exact(WON_ALREADY) },
    },
    alone: ['alone26q'],
    pairs: [['court26q', 'wonAlready26q', { window: 14 }]],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound26q = roundByTopic(ROUND_26Q);
