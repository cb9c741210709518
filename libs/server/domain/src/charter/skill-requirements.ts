// Language skills in a job offer ("anglais courant de préférence", "bilingue allemand", "fluent Spanish preferred",
// "conversational Italian is a plus"): a requirement of the job, not a preference for a nationality. The classifier
// learnt "de préférence" and "preferred" from discriminatory ads ("Français de souche de préférence") and a language
// name is also a nationality, so these phrases are left out of what it reads (model-findings.ts), with "H/F". Only in
// a text that offers a job, and only phrasings that name a skill: "native English speakers only" or "Français de
// préférence" are still read.
import { regexSpans } from './text-tokens';

const LANGUAGES_FR = `français|francais|anglais|allemand|espagnol|italien|portugais|arabe|chinois|mandarin|cantonais
  |japonais|russe|néerlandais|neerlandais|polonais|turc|coréen|coreen|suédois|suedois|danois|norvégien|norvegien|grec
  |roumain|hébreu|hebreu|hindi|breton|basque|catalan|corse|occitan|wolof|vietnamien|ukrainien|tchèque|tcheque|hongrois
  |finnois|LSF|langue des signes`;
const LANGUAGES_EN = `English|French|German|Spanish|Italian|Portuguese|Arabic|Chinese|Mandarin|Cantonese|Japanese|Russian
  |Dutch|Polish|Turkish|Korean|Swedish|Danish|Norwegian|Greek|Romanian|Hebrew|Hindi|Urdu|Punjabi|Welsh|Irish|Gaelic
  |Catalan|Basque|BSL|British Sign Language|Ukrainian|Czech|Hungarian|Finnish|Vietnamese|Tagalog`;

const alternatives = (list: string) => list.replace(/\s+/g, '');
const FR = `(?:${alternatives(LANGUAGES_FR)})`;
const EN = `(?:${alternatives(LANGUAGES_EN)})`;
const LEVEL = `(?:[ABC][12])`;

/** What a skill says of itself: a level, "courant", "lu, écrit, parlé"; or what comes before it. */
const SKILL_FR = [
  `bilingue (?:en )?${FR}(?:(?: ?[/-] ?| et | ou )${FR})?`,
  `${FR} (?:courant|lu(?:,? écrit)?(?:,? (?:et )?parlé)?|professionnel|opérationnel|technique|niveau ${LEVEL}|\\(?${LEVEL}\\)?)`,
  `(?:notions d['’]|notions de |maîtrise de l['’]|maîtrise du |maîtrise de |pratique de l['’]|connaissance de l['’]|parlant |niveau ${LEVEL} en )${FR}`,
];
const SKILL_EN = [
  `bilingual (?:in )?${EN}(?:(?: ?[/-] ?| and | & | or )${EN})?`,
  `(?:fluent|conversational|business|professional|working|basic|good|excellent|proficient|native[- ]level|written and spoken|spoken and written)(?: in)? ${EN}`,
  `${EN} (?:skills|language skills|at ${LEVEL}|\\(${LEVEL}\\)|to ${LEVEL} level)`,
];
/** What may follow: how much the job wants it. */
const MARKER = `(?:,? (?:de préférence|de preference|idéalement|idealement|souhaitée?s?|appréciée?s?|exigée?s?|demandée?s?|requise?s?|indispensable|obligatoire|(?:serait |est )?un (?:vrai )?plus|un atout|preferred|preferably|ideally|desirable|essential|required|(?:is )?a (?:big )?plus|an advantage|a bonus|nice to have))?`;

const SKILL = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...SKILL_FR, ...SKILL_EN].join('|')})${MARKER}(?![\\p{L}\\p{N}])`,
  'giu',
);

/** "H/F", "(F/H/X)": the job is open to all, and the classifier had learnt a lone "F" from masked profanity. */
const OPEN_TO_ALL = /(?<![\p{L}])\(?(?:H ?\/ ?F|F ?\/ ?H)(?: ?\/ ?X)?\)?(?![\p{L}])/gu;

/** Words of a job offer: the skills are read as a job's only where the text offers one. */
const JOB =
  /(?<![\p{L}])(?:recrute|recrutons|recrutement|recherche|recherchons|recherché(?:e|s|es|\(e\))?|poste|postes|postulez|candidat|candidate|candidats|candidature|CDI|CDD|H\/F|F\/H|stage|stagiaire|alternance|intérim|hiring|hire|job|jobs|role|vacancy|vacancies|apply|applicants|candidates|wanted|position|CV|résumé|opening|we're looking for|we are looking for)(?![\p{L}])/iu;

/** A language as a register, in any text: "in plain English, no legalese", "en français clair". */
const REGISTER = `(?:(?:in )?plain ${EN}|(?:en )?${FR} (?:clair|simple|facile)|en bon ${FR})`;
const PLAIN = new RegExp(String.raw`(?<![\p{L}\p{N}])${REGISTER}(?![\p{L}\p{N}])`, 'giu');

/**
 * Where a job offer states a language skill (with how much the job wants it) or that it is open to all ("H/F"),
 * nothing else in a text that offers no job; and, in any text, a language named as a register ("in plain English").
 */
export function skillRequirements(text: string): { start: number; end: number }[] {
  const skills = JOB.test(text) ? regexSpans(text, SKILL, OPEN_TO_ALL) : [];
  return /plain|clair|simple|facile|en bon/i.test(text) ? [...skills, ...regexSpans(text, PLAIN)] : skills;
}
