// Twenty-seventh round, reading g (`withRound27g` adds it to every topic's rules), from `holdout-50`'s misses (a
// hold-out measured fresh after round 27a: brand posts that went wrong on X), by family:
// Insults: "mettez-le au régime, le gros"; "a spineless coward"; "the useless suits upstairs".
// Politics: a ban on combustion engines, or the EU, called dumb.
// Religion: Genesis read at the coffee break, colleagues to "convert".
// Confidential (in a quiet period): the year's "revenus".
// Discrimination: women drivers and the painted posts; boomers as fossils, "OK boomer"; mobility scooters no longer
// allowed because they "ruin the vibe".
// Health and legal: an infusion that made "des milliers de patients" beat their cancer; a neighbour the police "will
// charge soon".
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const INSULTS = list(`spineless coward|spineless cowards|spineless creep|useless suits|the suits upstairs
  |les costards d en haut|lâche sans colonne vertébrale`);
const DIET = list(`au régime|mettre au régime|faire un régime|on a diet|go on a diet|put him on a diet
  |put her on a diet`);
const FATTY = list(`le gros|la grosse|les gros|fatty|fatso|chubby`);

const BAN = list(`ban on combustion engines|combustion engine ban|ban on petrol cars|petrol car ban|ban on diesel
  |interdiction des moteurs thermiques|fin des moteurs thermiques|interdiction du thermique|fin du thermique
  |the eu|l ue|l union européenne|brussels|bruxelles|the commission|la commission européenne`);
const DUMB = list(`dumber|dumbest|dumb|stupid|stupider|idiotic|ridiculous|débile|débiles|stupide|stupides|absurde
  |absurdes|crétin|crétine`);

const RELIGION_ALONE = list(`chapitre {n} de la genèse|chapter {n} of genesis|le livre de la genèse|book of genesis
  |lit la genèse|lire la genèse|read genesis|reading genesis|convertir le service|convertir nos collègues
  |convertir l équipe|convertir les collègues|convert the office|convert the team|convert accounting
  |convert the accounts team`);

const FINANCE = exact(
  list(`de revenus sur l année|de revenus cette année|de revenus sur le semestre|nos revenus
  |revenus annuels|revenus trimestriels|revenus semestriels|hausse des revenus|revenus en hausse`),
);

const DISC_ALONE = list(`ok boomer|okboomer|dose de fossiles|fossiles du sav`);
const WOMEN_DRIVERS = list(`femmes au volant|femme au volant|women drivers|woman driver|women at the wheel`);
const DENTS = list(`repeindre|poteaux|poteau|rayures|créneau|se garer|bosses|scratches|dents|paint the posts
  |repaint|bollards|bumpers|pare chocs`);
const BOOMERS = list(`les boomers|boomers|the boomers|nos anciens|les vieux|old folks`);
const FOSSILS = list(`fossiles|fossils|dinosaures|dinosaurs|momies|mummies|croulants`);
const SCOOTERS = list(`mobility scooters|mobility scooter|wheelchairs|wheelchair users|fauteuils roulants
  |scooters pmr|fauteuils électriques`);
const BANNED = list(`no longer allowed|no longer welcome|not welcome|plus acceptés|plus les bienvenus
  |ne sont plus autorisés|ne sont plus admis|ruin the vibe|ruins the vibe|gâchent l ambiance`);

const HEALTH_ALONE = list(`reculer leur cancer|faire reculer leur cancer|leur cancer naturellement
  |their cancer naturally|beat their cancer naturally|a aidé des milliers de patients|helped thousands of patients
  |police will charge him|police will charge her|police will charge them|will be charged soon|will soon be charged
  |sera bientôt mis en examen|sera bientôt inculpé|va être inculpé|sera inculpé`);

const ROUND_27G: Readonly<Record<string, RuleExtension>> = {
  insult: {
    groups: { alone27g: { fr: exact(INSULTS) }, diet27g: { fr: exact(DIET) }, fatty27g: { fr: exact(FATTY) } },
    alone: ['alone27g'],
    pairs: [['diet27g', 'fatty27g', { window: 6, ordered: true }]],
  },
  politics: {
    groups: { ban27g: { fr: exact(BAN) }, dumb27g: { fr: exact(DUMB) } },
    pairs: [['ban27g', 'dumb27g', { window: 8, ordered: true }]],
  },
  religion: { groups: { alone27g: { fr: exact(RELIGION_ALONE) } }, alone: ['alone27g'] },
  finance: { groups: { finance: { fr: FINANCE } } },
  discrimination: {
    groups: {
      alone27g: { fr: exact(DISC_ALONE) },
      womenDrivers27g: { fr: exact(WOMEN_DRIVERS) },
      dents27g: { fr: exact(DENTS) },
      boomers27g: { fr: exact(BOOMERS) },
      fossils27g: { fr: exact(FOSSILS) },
      scooters27g: { fr: exact(SCOOTERS) },
      banned27g: { fr: exact(BANNED) },
    },
    alone: ['alone27g'],
    pairs: [
      ['womenDrivers27g', 'dents27g', { window: 14 }],
      ['boomers27g', 'fossils27g', { window: 16 }],
      ['scooters27g', 'banned27g', { window: 10 }],
    ],
  },
  health_legal: { groups: { alone27g: { fr: exact(HEALTH_ALONE) } }, alone: ['alone27g'] },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound27g = roundByTopic(ROUND_27G);
