// Twenty-fifth round, seventh reading (`withRound25g` adds it to every topic's rules), from `train-bo`'s misses, by
// family:
// Religion: thanks given to God or the Creator for a product or the weather ("rendons grâce au Créateur", "merci au
// Bon Dieu qui", "thank the Lord for"); a patron saint or Our Lady asked to protect staff ("confiés à saint
// Christophe … protège-les", "Our Lady of the Roads, keep them safe", a candle lit for the drivers); heaven or hell
// mocked ("une histoire inventée pour faire peur aux enfants", "Heaven? Sounds boring"); a fast mocked ("Ramadan : 30
// jours à regarder les autres manger"); the veil or a faith put to a poll ("choix personnel ou signe de soumission").
// Not religion: "Ganesh Chaturthi" (a feast), "the prayer lap" (a last lap on worn tyres).
// Health and legal: tax fraud sold as a tip ("en frais pro, personne ne vérifie"); a court's ruling announced before
// it falls ("the court will clear him on Friday", "le tribunal le relaxera").
// Discrimination: a faith asked for or preferred in a job ad ("précisez votre religion", "nous privilégions les
// catholiques pratiquants", "practising Christians preferred").
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const REL_ALONE = list(`rendons grâce|rendons grâces|rendre grâce à dieu|rendre grâce au seigneur|rendre grâce au ciel
  |rendre grâce au créateur|grâce soit rendue|grâces soient rendues|merci au bon dieu|merci au créateur
  |merci au seigneur
  |merci seigneur|merci mon dieu pour|louons le seigneur|loué soit dieu|loué soit le seigneur|dieu est avec nous
  |preuve qu il est avec nous|le seigneur est avec nous|thank the lord for|thanks be to god|thanks be to the lord
  |give thanks to the lord|give thanks to god|give thanks to the creator|thank our creator|thank the creator
  |praise the lord for|praise god for|god is with us|the lord is with us|the good lord sent|le bon dieu nous a envoyé
  |dieu nous a envoyé|god sent us|the lord sent us`);

const SAINT =
  list(`saint christophe|sainte barbe|saint joseph|saint antoine|saint michel archange|sainte rita|saint jude
  |saint benoît|saint éloi|saint expédit|la vierge|la vierge marie|la sainte vierge|la madone|our lady
  |the virgin|the virgin mary|the blessed virgin|saint christopher|st christopher|saint anthony|st anthony
  |saint jude|st jude|saint michael|st michael|saint barbara|st barbara|patron saint|patron saints|saint patron
  |sainte patronne|patronne des|patron des`);
const PROTECT = list(`protège les|protège le|protège la|protège nous|protégez les|protégez nous|qu elle vous protège
  |qu il vous protège|qu elle les protège|qu il les protège|qu elle nous protège|qu il nous protège|veille sur
  |veillez sur|veille sur eux|veillez sur eux|gardez les|garde les|priez pour nous|prie pour nous|on a confié
  |nous avons confié|confions|confiés à|keep them safe|keep him safe|keep her safe|keep us safe|protect them|protect us
  |protect our|watch over|watch over them|pray for us|entrusted|we entrust|look after them|guide them home`);
const CANDLE = list(`lighting a candle for|lit a candle for|light a candle for|lighting candles for|allumé un cierge
  |allume un cierge|allumer un cierge|brûlé un cierge|brûler un cierge|un cierge pour`);

const AFTERLIFE = list(`le paradis|l enfer|l au delà|la vie éternelle|le purgatoire|heaven|hell|the afterlife
  |eternal life|purgatory|the pearly gates`);
const SCOFF = list(`histoire inventée|une histoire inventée|inventée pour faire peur|inventé pour faire peur
  |pour faire peur aux enfants|pour faire peur aux gosses|conte de fées|contes de fées|une invention|une fable
  |salle d attente pour ceux|sounds boring|sounds dull|sounds so boring|eternal harps|harps and clouds
  |made up to scare|invented to scare|to scare children|to scare kids|a fairy tale|fairy tales|a made up story
  |story to scare|hard pass`);

const FAST = list(`ramadan|le ramadan|carême|le carême|lent|yom kippur|yom kippour|le jeûne|fasting|the fast`);
const FAST_MOCK = list(`à regarder les autres manger|regarder les autres manger|regarder tout le monde manger
  |très peu pour|sans manger ni boire|watching everyone else eat|watching others eat|watch everyone else eat
  |starving yourself|starve yourself|starving for a month|starving all day|no thanks|not for our|pas pour nos
  |pour faire plaisir à qui`);

const FAITH_TOPIC = list(`le voile|le hijab|la burqa|le burkini|le niqab|la kippa|les signes religieux|la laïcité
  |la religion|l existence de dieu|the veil|the hijab|the burqa|the niqab|religious symbols|the existence of god`);
const POLL = list(`choix personnel ou|signe de soumission|ou soumission|débat ouvert|sondage|on en débat
  |qu en pensez vous|vous en pensez quoi|pour ou contre|oui ou non|poll|open debate|debate time|for or against
  |personal choice or|sign of submission|yes or no|what do you think|where do you stand`);

const REL_NEG = list(`ganesh chaturthi|ganesh chaturthi special|ganesha chaturthi|prayer lap|the prayer lap|prayer laps
  |a prayer lap`);

const FISCAL = list(`impôts|des impôts|déductible|déductibles|frais pro|en frais pro|frais professionnels|le fisc
  |la tva|note de frais|notes de frais|tax|taxes|tax deductible|business expense|business expenses|expenses
  |the taxman|hmrc|the irs|vat`);
const UNCHECKED = list(`personne ne vérifie|personne ne vérifie jamais|personne ne contrôle|personne ne regarde
  |ils ne vérifient jamais|le fisc ne vérifie jamais|ni vu ni connu|n y verra que du feu|n y verront que du feu
  |nobody checks|no one checks|nobody ever checks|no one ever checks|never checks|never check|nobody will notice
  |no one will notice|will never know|won t notice|will never notice`);

const COURT = list(`the court|court|the judge|the judges|the jury|the magistrates|the tribunal|the appeal court
  |le tribunal|la cour|le juge|les juges|le jury|les prud hommes|la justice|les magistrats`);
const RULING = list(`will clear him|will clear her|will clear them|will clear us|will clear our|will acquit
  |will acquit him|will acquit her|will convict|will convict him|will convict her|will find him innocent
  |will find her innocent|will find him guilty|will find her guilty|will rule in our favour|will rule in our favor
  |will side with us|will throw it out|will throw out|le relaxera|la relaxera|les relaxera|l acquittera
  |les acquittera|le blanchira|la blanchira|les blanchira|va le relaxer|va la relaxer|va l acquitter|va le blanchir
  |va la blanchir|le condamnera|la condamnera|les condamnera|va le condamner|va la condamner`);

const FAITH_ASKED =
  list(`préciser votre religion|précisez votre religion|indiquer votre religion|indiquez votre religion
  |mentionner votre religion|mentionnez votre religion|préciser sa religion|indiquer sa religion|state your religion
  |include your religion|mention your religion|tell us your religion|list your religion`);
const PREFER = list(`nous privilégions les|on privilégie les|priorité aux|priorité sera donnée aux|de préférence des
  |réservé aux|réservés aux|uniquement des|we prefer|preference given to|priority given to|only hiring|we only hire`);
const BELIEVERS = list(`catholiques|catholiques pratiquants|chrétiens|chrétiens pratiquants|musulmans|juifs|protestants
  |évangéliques|croyants|pratiquants|catholics|practising catholics|practicing catholics|christians
  |practising christians
  |practicing christians|muslims|jews|believers|churchgoers`);
const FAITH_PREFERRED = list(`catholics preferred|christians preferred|muslims preferred|believers preferred
  |churchgoers preferred|christians only|catholics only|muslims only|believers only`);

const ROUND_25G: Readonly<Record<string, RuleExtension>> = {
  religion: {
    groups: {
      alone25g: { fr: exact(REL_ALONE) },
      saint25g: { fr: exact(SAINT) },
      protect25g: { fr: exact(PROTECT) },
      candle25g: { fr: exact(CANDLE) },
      afterlife25g: { fr: exact(AFTERLIFE) },
      scoff25g: { fr: exact(SCOFF) },
      fast25g: { fr: exact(FAST) },
      fastMock25g: { fr: exact(FAST_MOCK) },
      faithTopic25g: { fr: exact(FAITH_TOPIC) },
      poll25g: { fr: exact(POLL) },
    },
    alone: ['alone25g'],
    pairs: [
      ['saint25g', 'protect25g', { window: 10 }],
      ['candle25g', 'saint25g', { window: 14 }],
      ['candle25g', 'protect25g', { window: 14 }],
      ['afterlife25g', 'scoff25g', { window: 10, ordered: true }],
      ['fast25g', 'fastMock25g', { window: 10, ordered: true }],
      ['faithTopic25g', 'poll25g', { window: 8 }],
    ],
    negative: { fr: exact(REL_NEG) },
  },
  discrimination: {
    groups: {
      alone25g: { fr: exact(FAITH_ASKED, FAITH_PREFERRED) },
      prefer25g: { fr: exact(PREFER) },
      believers25g: { fr: exact(BELIEVERS) },
    },
    alone: ['alone25g'],
    pairs: [['prefer25g', 'believers25g', { window: 2, ordered: true }]],
  },
  health_legal: {
    groups: {
      fiscal25g: { fr: exact(FISCAL) },
      unchecked25g: { fr: exact(UNCHECKED) },
      court25g: { fr: exact(COURT) },
      ruling25g: { fr: exact(RULING) },
    },
    pairs: [
      ['fiscal25g', 'unchecked25g', { window: 12 }],
      ['court25g', 'ruling25g', { window: 4, ordered: true }],
    ],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound25g = roundByTopic(ROUND_25G);
