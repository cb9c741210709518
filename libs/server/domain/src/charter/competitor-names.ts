// A brand's names that are also ordinary words: competitors ("Petit Bateau" against "un petit bateau en bois", "Tape
// à l'œil" against "elle tape à l'œil", "BP 412" as a PO box) and confidential code names ("Kindy next Monday").
import { normalizeText } from './text-tokens';

/** Words after which a name is expected: "chez petit bateau", "cheaper than tape a l'oeil". */
const BEFORE_NAME = new Set(
  `chez de du des que qu vs versus contre comme at from than like to with by et and ou or`.split(/\s+/),
);

/**
 * True when a competitor's name of several words, which the brand writes with capitals, is found written as plain
 * lower-case words inside a clause ("un petit bateau en bois", "cette robe tape à l'œil"): ordinary words. The name
 * still counts after "chez", "than", "vs"… (where a name is expected), at the start of a clause ("tape a l'oeil
 * who?"), with a capital, as a hashtag or a mention (#petitbateau), and names of one word ("okaidi") count, except written in
 * lower case after a word that makes them a thing ("the outer shell", "a soft shell": `thingWord`).
 */
export function ordinaryWords(term: string, text: string, start: number, end: number): boolean {
  if (thingWord(text, start, end)) return true;
  const written = text.slice(start, end);
  if (!/\p{Lu}/u.test(term) || !/[\s'’-]/u.test(written) || /^[@#]/.test(written)) return false;
  if (written !== written.toLowerCase()) return false;
  const before = /([\p{L}\p{N}]+)[\s'’]+$/u.exec(text.slice(Math.max(0, start - 30), start));
  return before !== null && !BEFORE_NAME.has(normalizeText(before[1]));
}

/**
 * True when a competitor's short name "BP" is something else: a French postal box followed by a number ("BP 412,
 * 92400 Courbevoie", "B.P. 88") or blood pressure ("heart rate and BP", "your BP reading"). "BP" alone, "BP's",
 * "#BP" or "BP a annoncé" still count.
 */
export function postBox(text: string, start: number, end: number): boolean {
  if (!/^b\.?\s?p\.?$/i.test(text.slice(start, end))) return false;
  if (/^\.?\s*(?:n°\s*)?\d{1,5}\b/u.test(text.slice(end, end + 12))) return true;
  const before = normalizeText(text.slice(Math.max(0, start - 24), start));
  const after = normalizeText(text.slice(end, end + 24));
  return (
    /(?:heart rate|pulse|blood|your|my|his|her|their|high|low)(?: and)?\s*$/.test(before) ||
    /^\s*(?:reading|readings|monitor|cuff|and heart rate|and pulse|levels?)\b/.test(after)
  );
}

/**
 * Words before a one-word name written in lower case that make it a thing ("the outer shell", "a soft shell", "a
 * hermit crab in its shell": a possessive of a thing or an animal).
 */
const THING_BEFORE = new Set(
  `outer inner soft hard protective egg sea nut snail crab oyster pasta taco pastry tart crispy crunchy waterproof
  hardshell coquille empty walnut tortoise turtle its their his her whose hermit broken cracked spiral clam mussel
  scallop whelk cockle conch limpet`.split(/\s+/),
);

/** True when a one-word name written in lower case comes after a word that makes it a thing ("outer shell"). */
export function thingWord(text: string, start: number, end: number): boolean {
  const written = text.slice(start, end);
  if (written !== written.toLowerCase() || /[\s'’-]/u.test(written) || /^[@#]/.test(written)) return false;
  const before = /([\p{L}\p{N}]+)[\s-]+$/u.exec(text.slice(Math.max(0, start - 30), start));
  return before !== null && THING_BEFORE.has(normalizeText(before[1]));
}

/** Words that make "next" or "prochain" a date: "Kindy next Monday" is the brand and a day, not "Kindy Next". */
const TIME_AFTER = new Set(
  `monday tuesday wednesday thursday friday saturday sunday week weekend month year season spring summer autumn fall
  winter time lundi mardi mercredi jeudi vendredi samedi dimanche semaine mois annee saison fois`.split(/\s+/),
);

/**
 * True when a code name of several words that the brand writes with capitals ("Kindy Next") is found with a word of
 * it in lower case and followed by a time word: "Coming to Kindy next Monday" is a date.
 */
export function codeNameAsDate(term: string, text: string, start: number, end: number): boolean {
  const termWords = term.split(/\s+/);
  const written = text.slice(start, end).split(/\s+/);
  if (termWords.length < 2 || termWords.length !== written.length) return false;
  const lowered = termWords.some((w, i) => /^\p{Lu}/u.test(w) && written[i] === written[i]!.toLowerCase());
  const after = /^[\s,]+([\p{L}]+)/u.exec(text.slice(end, end + 24));
  return lowered && after !== null && TIME_AFTER.has(normalizeText(after[1]!));
}
