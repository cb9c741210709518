// Words in an everyday sense the classifier learnt in another: "pouvoir" as a verb ("chaque enfant doit pouvoir s'y
// reconnaître") is not power (politics); "coupable d'avoir fini le paquet", "guilty of eating the last slice" or a
// "guilty pleasure" is no one's guilt before a court (health_legal); "on ne compte pas s'arrêter là" is a goal, not
// someone to be stopped; a company's "gouvernance" is no government. These phrases are left out of what it reads
// (model-findings.ts); "le pouvoir d'achat" or "coupable de fraude" are read as before.
import { regexSpans } from './text-tokens';

/** What puts "pouvoir" in the infinitive: a modal, a preposition, a verb that takes one. */
const BEFORE_INFINITIVE = String.raw`doi[st]|doivent|devons|devez|devrai[st]?|devraient|pour|de|d['’]|sans|afin de
  |veu[tx]|veulent|voulons|va|vont|aimerai[st]?|aimeraient|espère|espérons|souhaite|souhaitons`
  .split('|')
  .map((w) => w.trim())
  .join('|');

const SENSES = [
  String.raw`(?:${BEFORE_INFINITIVE}) pouvoir`,
  // Guilty of a treat.
  String.raw`coupables? d['’]avoir (?:fini|mangé|craqué|dévoré|englouti|terminé|goûté|pris)`,
  String.raw`coupables? de gourmandise`,
  String.raw`guilty of (?:eating|finishing|scoffing|devouring|snacking|dunking|having)`,
  String.raw`guilty pleasures?`,
  // Not stopping there: a goal, not someone to stop ("on ne compte pas s'arrêter là").
  String.raw`s['’]arrêter (?:là|en si bon chemin)`,
  String.raw`(?:won['’]?t|will not|not going to|don['’]?t plan to) stop there`,
  // A company's governance (an annual report's "émissions, sécurité, gouvernance"), not a country's.
  String.raw`(?:corporate )?governance(?! of (?:the|this) (?:country|state|nation))`,
  String.raw`gouvernance(?: d['’]entreprise)?(?! (?:de l['’]état|du pays|de la nation|mondiale))`,
];
const SENSE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${SENSES.join('|')})(?![\p{L}\p{N}])`, 'giu');

/** Where a text uses "pouvoir" as a verb, guilt about a treat, not stopping there or governance; else nothing. */
export function wordSenses(text: string): { start: number; end: number }[] {
  if (!/pouvoir|coupable|guilty|arrêter|stop there|gouvernance|governance/i.test(text)) return [];
  return regexSpans(text, SENSE);
}
