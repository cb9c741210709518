// Twenty-sixth round, seventh reading (`withRound26g` adds it to every topic's rules), from `train-bw`'s clean posts
// flagged (clean posts built to trip a careless check), by family:
// Insults: a price called stupid ("Stupid price ? Non, prix malin", "these prices are frankly stupid").
// Politics: a reflective yellow vest for a child's bike ride ("gilet jaune réfléchissant").
// Religion: Pont-l'Évêque cheese; the old church as a landmark in directions.
// Confidential: results "publiés jeudi"; a series hero who "se fait licencier au premier épisode"; an "account
// takeover" by apprentices; in a quiet period, reading that "pays dividends" and a race's "winning margin".
// Health: "guérir de la peur de la page blanche".
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const NOT_INSULTS = list(`stupid price|stupid prices|stupidly low prices|stupidly low|stupidly cheap|stupidly good
  |prices are stupid|prices are frankly stupid|frankly stupid prices|prix stupides|prix complètement stupides`);
const NOT_POLITICS = list(`gilet jaune réfléchissant|gilets jaunes réfléchissants|gilet jaune fluo|gilets jaunes fluo
  |gilet jaune de sécurité|gilets jaunes de sécurité|gilet jaune taille enfant|gilet jaune enfant
  |gilet jaune haute visibilité|gilet jaune de sécurité routière`);
const NOT_RELIGION = list(`pont l évêque|pont l eveque|at the old church|past the old church|by the old church
  |opposite the church|next to the church|behind the church|past the church|after the church|près de l église
  |après l église|devant l église|face à l église|à droite après l église|à gauche après l église`);
const NOT_CONFIDENTIAL = list(`publiés jeudi|publiés lundi|publiés mardi|publiés mercredi|publiés vendredi|publiés hier
  |publiés la semaine dernière|publiés ce matin|published on thursday|published yesterday|published last week
  |héros se fait licencier|héroïne se fait licencier|hero gets fired|heroine gets fired|hero gets laid off
  |account takeover|feed takeover|instagram takeover|apprentice takeover|takeover of our feed|takeover of the feed
  |takeover du compte|prise de contrôle du compte`);
const NOT_FINANCE = list(`pays dividends|paying dividends|will pay dividends|always pays dividends|winning margin
  |winning margins|margin of victory|marge de victoire`);
const NOT_HEALTH = list(`guérir de la peur|guérir du trac|guérir de la flemme|guérir de la page blanche|guérir du blues
  |cure for boredom|cure the monday blues|cure your boredom`);

const ROUND_26G: Readonly<Record<string, RuleExtension>> = {
  insult: { negative: { fr: exact(NOT_INSULTS) } },
  politics: { negative: { fr: exact(NOT_POLITICS) } },
  religion: { negative: { fr: exact(NOT_RELIGION) } },
  confidential: { negative: { fr: exact(NOT_CONFIDENTIAL) } },
  finance: { negative: { fr: exact(NOT_FINANCE) } },
  health_legal: { negative: { fr: exact(NOT_HEALTH) } },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound26g = roundByTopic(ROUND_26G);
