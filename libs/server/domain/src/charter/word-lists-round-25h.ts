// Twenty-fifth round, eighth reading (`withRound25h` adds it to every topic's rules), from `train-bp`'s misses, by
// family:
// Insults (a masked swear word with a "!" right after it, "son of a b*tch!!!", is read in masked-words.ts): South
// African swearing ("kak timing", "fokken", "voetsek", "jou doos").
// Confidential: a hush instruction or a "not known yet" cue ("please do not disclose", "keep it zipped", "staff find
// out next week", "till the board approves", "ne pas ébruiter", "les clients ne sont pas encore au courant") beside a
// deal, results, a site shutting its doors ("shutting its doors", "met la clé sous la porte") or prices going up
// ("our supplier is putting prices up", "hausses en rayon").
// Finance (a quiet period): a year or a quarter that closed above or below the budget or the expectations ("2025
// closed way above budget", "l'exercice se termine au-dessus de nos attentes").
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

/** South African swearing. */
const SOUTH_AFRICAN = list(`kak|kakhuis|kak timing|talking kak|fokken|fokking|fok off|fok you|fok dit|fokkol|voetsek
  |voetsak|jou doos|you doos|a doos|such a doos|what a doos|bloody doos|absolute doos|proper doos|total doos
  |bunch of doos|dooses|jou ma se|bliksem jou|ek sal jou bliksem|i ll moer you|moer you`);
/** "kak" in Russian written in Latin letters ("kak dela?", how are you). */
const NOT_SOUTH_AFRICAN = list(`kak dela|kak dila|kak vy|kak ty|kak zhe`);

/** A hush instruction, or those who do not know yet. */
const NOT_KNOWN = list(`do not disclose|don't disclose|dont disclose|please do not disclose|not to be disclosed
  |must not be disclosed|can't disclose|cannot disclose|keep it zipped|keep this zipped|keep your lips zipped
  |lips zipped|keep schtum|keep shtum|stay schtum|stay shtum|keep mum|keep a lid on it|keep a lid on this
  |keep a lid on that|keep it hush hush|hush hush|keep it on the low|keep it low key|staff find out
  |staff will find out|staff finds out|the team finds out|the team will find out|employees find out
  |employees will find out|workers find out|staff are told|staff will be told|staff get told|customers don't know yet
  |customers don't know|customers haven't|customers have not been told|customers aren't aware|clients don't know
  |not announced yet|not been announced|till the board approves|until the board approves|till the board signs off
  |until the board signs off|till it's signed|until it's signed|until the deal is signed|till the deal is signed
  |until the ink is dry|till the ink is dry|ne pas divulguer|ne divulguez pas|ne divulgue pas|ne divulguez rien
  |ne rien divulguer|à ne pas divulguer|ne pas ébruiter|n ébruitez pas|ne l ébruitez pas|à ne pas ébruiter
  |ne rien ébruiter|silence radio|motus|les clients ne sont pas encore au courant|les clients ne sont pas au courant
  |les clients ne le savent pas|les clients ne savent pas|les clients n ont pas été prévenus
  |les salariés ne sont pas au courant|les salariés ne le savent pas|les équipes ne sont pas au courant
  |les salariés l apprendront|les équipes l apprendront|le personnel l apprendra|les salariés seront prévenus
  |les équipes seront prévenues|avant le feu vert du conseil|jusqu au feu vert du conseil
  |tant que le conseil n a pas validé|tant que ce n est pas signé|avant la signature|pas encore annoncé
  |pas encore annoncée|pas encore annoncés|pas encore annoncées`);
/** A site shutting for good, said in everyday words. */
const SHUTTING = list(`shutting its doors|shutting their doors|shutting our doors|shuts its doors|shut its doors
  |closing its doors|closing their doors|closing our doors|closes its doors|close its doors|will close its doors
  |closing down|shutting down for good|closes down|will close down|is closing down|pulling down the shutters
  |shutting up shop|shuts up shop|fermer ses portes|fermera ses portes|va fermer ses portes|ferme ses portes
  |fermer définitivement|fermera définitivement|ferme définitivement|baisser le rideau|baissera le rideau
  |baisse le rideau|met la clé sous la porte|mettra la clé sous la porte|mettre la clé sous la porte`);
/** A shop closing for the day or a few hours: "closing its doors on Sunday", "ferme ses portes à 19h". */
const SHUT_EN = ['closing', 'closes', 'shutting', 'shuts', 'will close', 'will be closing'].flatMap((v) =>
  ['its', 'our', 'their'].map((o) => `${v} ${o} doors`),
);
/** An hour of the day: "at 5", "at 5pm", "à 19h". */
const HOURS = Array.from({ length: 23 }, (_, i) => i + 1);
const WHEN_EN = [
  ...list(`on monday|on tuesday|on wednesday|on thursday|on friday|on saturday|on sunday|early|for the day|at noon
  |at midday|for the holidays|for inventory|for stocktaking|for the night|tonight|today|tomorrow`),
  ...HOURS.flatMap((h) => [`at ${h}`, `at ${h}pm`, `at ${h}am`]),
];
const SHUT_FR = list(`ferme ses portes|fermera ses portes|fermeront leurs portes|ferment leurs portes`);
const WHEN_FR = [
  ...list(`le lundi|le mardi|le mercredi|le jeudi|le vendredi|le samedi|le dimanche|lundi|mardi|mercredi|jeudi
  |vendredi|samedi|dimanche|à midi|plus tôt|pour l inventaire|pour les fêtes|pour la journée|ce soir|aujourd hui
  |demain`),
  ...HOURS.flatMap((h) => [`à ${h}h`, `à ${h}`]),
];
const SHUT_FOR_THE_DAY = [
  ...SHUT_EN.flatMap((v) => WHEN_EN.map((w) => `${v} ${w}`)),
  ...SHUT_FR.flatMap((v) => WHEN_FR.map((w) => `${v} ${w}`)),
];
/** Prices going up, ours or a supplier's. */
const PRICE_UP = list(`putting prices up|putting its prices up|putting their prices up|putting our prices up
  |putting up prices|putting up its prices|put prices up|puts prices up|puts its prices up|raising prices
  |raising its prices|raising their prices|raising our prices|raise prices|raise our prices|raises its prices
  |price hike|price hikes|hiking prices|hike prices|hikes its prices|price increase|price increases|price rise
  |price rises|prices will follow|prices will go up|prices will rise|pass it on to customers|pass the increase on
  |hausse de prix|hausses de prix|hausse des prix|hausses des prix|hausse en rayon|hausses en rayon|hausse tarifaire
  |hausses tarifaires|hausse des tarifs|hausses de tarifs|augmentation de prix|augmentation des prix
  |augmentation tarifaire|augmentations tarifaires|augmente ses prix|augmente ses tarifs|augmentent leurs prix
  |augmenter nos prix|augmenter nos tarifs|augmenter les prix|relève ses prix|relever nos prix|les prix vont suivre
  |les prix suivront|répercuter la hausse|répercuter sur nos prix`);

/** A period of accounts, or its close. */
const PERIOD = list(`l exercice|cet exercice|l exercice fiscal|l année fiscale|l année|cette année|le trimestre
  |ce trimestre|le semestre|ce semestre|the year|this year|the fiscal year|the financial year|fiscal year
  |financial year|full year|fy|the quarter|this quarter|the half|this half|h1|h2|q1|q2|q3|q4|t1|t2|t3|t4|s1|s2|2024
  |2025|2026|2027`);
const CLOSED = list(`closed|closes|closing|ended|ends|finished|finishes|wrapped up|wraps up|came in|comes in|landed
  |se termine|se terminera|s est terminé|s est terminée|finit|finira|a fini|s achève|s est achevé|se clôt|se clôture
  |clôture|clôturé|bouclé|boucle|on boucle|on termine|on finit`);
const GAP = list(`above budget|over budget|ahead of budget|below budget|under budget|short of budget|above plan
  |ahead of plan|below plan|above forecast|ahead of forecast|below forecast|above expectations|ahead of expectations
  |below expectations|above our expectations|below our expectations|above target|ahead of target|below target
  |above our target|beat budget|beat the budget|beat forecasts|beat expectations|au dessus de nos attentes
  |au dessus des attentes|en dessous de nos attentes|en dessous des attentes|sous nos attentes|au dessus du budget
  |en dessous du budget|au dessus de nos objectifs|au dessus des objectifs|en dessous de nos objectifs
  |au delà de nos objectifs|au delà de nos attentes|au delà du budget|au dessus du plan|en dessous du plan
  |au dessus des prévisions|en dessous des prévisions|devant le budget|derrière le budget`);

const ROUND_25H: Readonly<Record<string, RuleExtension>> = {
  insult: {
    groups: { alone25h: { fr: exact(SOUTH_AFRICAN) } },
    alone: ['alone25h'],
    negative: { fr: exact(NOT_SOUTH_AFRICAN) },
  },
  confidential: {
    groups: {
      notKnown25h: { fr: exact(NOT_KNOWN) },
      shutting25h: { fr: exact(SHUTTING) },
      priceUp25h: { fr: exact(PRICE_UP) },
    },
    pairs: [
      ['notKnown25h', 'topic', { window: 20 }],
      ['notKnown25h', 'corporate', { window: 20 }],
      ['notKnown25h', 'shutting25h', { window: 20 }],
      ['notKnown25h', 'priceUp25h', { window: 20 }],
    ],
    negative: { fr: exact(SHUT_FOR_THE_DAY) },
  },
  finance: {
    groups: { period25h: { fr: exact(PERIOD) }, closed25h: { fr: exact(CLOSED) }, gap25h: { fr: exact(GAP) } },
    pairs: [
      ['period25h', 'gap25h', { window: 8 }],
      ['closed25h', 'gap25h', { window: 4, ordered: true }],
    ],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound25h = roundByTopic(ROUND_25H);
