// A brand's names that are also ordinary words: competitors ("Petit Bateau" against "un petit bateau en bois", "Tape
// à l'œil" against "elle tape à l'œil", "BP 412" as a PO box, "Nestle up with", "the chevron kerbs") and confidential
// code names ("Kindy next Monday").
import { type TextToken, normalizeText, termWords } from './text-tokens';
import {
  CIVILITY_BEFORE,
  COMMON_WORD_NAMES,
  COMPANY_AFTER,
  COMPANY_BEFORE,
  DETERMINERS,
  HANDLE_AFFIXES,
  NAME_EXPECTED,
  PLACE_BEFORE,
  PRODUCT_BEFORE,
  THING_AFTER,
  THING_NEAR,
  VERB_PARTICLES,
} from './word-lists-competitor';

/** How a competitor's form is matched: a short name in capitals ("LU", "BP"), "Harry's" for "Harrys", or a name. */
export type CompetitorForm = { acronym: string } | { apostrophe: string } | null;

/**
 * The terms a competitor's name is matched by (`joined` adds the words run together: #petitbateau): a short acronym
 * ("LU", "BP", "EDF") is one in capitals or in context; a name of one word ending in "s" ("Harrys") also as "Harry's".
 */
export function competitorTerms(
  name: string,
  joined: (term: string) => string[],
): { term: string; payload: CompetitorForm }[] {
  const trimmed = name.trim();
  const out: { term: string; payload: CompetitorForm }[] = joined(name).map((term) => ({
    term,
    payload: /^[A-Z0-9&]{1,3}$/.test(term.trim()) ? { acronym: term.trim() } : null,
  }));
  if (/^\p{Lu}\p{Ll}{3,}s$/u.test(trimmed)) out.push({ term: trimmed.slice(0, -1), payload: { apostrophe: trimmed } });
  // "ExxonMobil" is also "Exxon Mobil", and "Exxon" written so or in context.
  const camel = /^(\p{Lu}\p{Ll}{4,})(\p{Lu}\p{Ll}{3,})$/u.exec(trimmed);
  if (camel)
    out.push({ term: `${camel[1]} ${camel[2]}`, payload: null }, { term: camel[1], payload: { acronym: camel[1] } });
  return out;
}

/** A competitor's name as a handle or hashtag writes it ("nestle", "petitbateau"), for `competitorHandles`. */
export interface HandleKey {
  name: string;
  key: string;
}

/** The handle keys of a brand's competitors (compiled with the charter); names shorter than 3 letters have none. */
export function competitorHandleKeys(names: readonly string[]): HandleKey[] {
  return names.map((name) => ({ name, key: termWords(name).join('') })).filter((h) => h.key.length >= 3);
}

/**
 * Handles and hashtags that run a competitor's name together with what an account or a campaign adds to it
 * ("@nestleuk", "@EDFofficiel", "#boycottshein"): the name, as a match over the whole token.
 */
export function competitorHandles(
  keys: readonly HandleKey[],
  tokens: readonly TextToken[],
): { term: string; payload: CompetitorForm; start: number; end: number }[] {
  const out: { term: string; payload: CompetitorForm; start: number; end: number }[] = [];
  for (const t of tokens) {
    if (t.kind !== 'mention' && t.kind !== 'hashtag') continue;
    for (const { name, key } of keys) {
      if (t.norm === key) continue;
      const rest = t.norm.startsWith(key)
        ? t.norm.slice(key.length)
        : t.norm.endsWith(key)
          ? t.norm.slice(0, -key.length)
          : null;
      if (rest !== null && HANDLE_AFFIXES.has(rest))
        out.push({ term: name, payload: null, start: t.start, end: t.end });
    }
  }
  return out;
}

/** True when a match of a competitor's form names the company (see `competitorTerms`, `ordinaryWords`, `postBox`). */
export function namesCompetitor(
  m: { term: string; payload: CompetitorForm; start: number; end: number },
  text: string,
): boolean {
  if (postBox(text, m.start, m.end)) return false;
  if (m.payload === null) return !ordinaryWords(m.term, text, m.start, m.end);
  if ('acronym' in m.payload) return acronymNamed(m.payload.acronym, text, m.start, m.end);
  return apostropheNamed(text, m.start, m.end);
}

const wordBefore = (text: string, start: number): string | null => {
  const m = /([\p{L}\p{N}]+)[\s'’-]+$/u.exec(text.slice(Math.max(0, start - 30), start));
  return m ? normalizeText(m[1]) : null;
};
const wordAfter = (text: string, end: number): string | null => {
  const m = /^(?:['’]s)?[\s-]+([\p{L}\p{N}]+)/u.exec(text.slice(end, end + 30));
  return m ? normalizeText(m[1]) : null;
};
const possessive = (text: string, end: number) => /^['’]s?(?![\p{L}])/u.test(text.slice(end, end + 3));

/**
 * A short acronym ("LU", "BP", "EDF") counts in capitals, as a mention or hashtag, and in another case only in
 * context: after "chez", "at", "from", "de"… ("Engineers at bp", "ceux de Lu"), with a possessive ("edf's"), after
 * "station", "facture"… or before "fans", "customers", "prices"… ("bp fans"). "Lu et approuvé", "j'ai bien lu" and
 * "Lu Chen" (a name) are not.
 */
function acronymNamed(acronym: string, text: string, start: number, end: number): boolean {
  const written = text.slice(start, end);
  if (written.replace(/^[@#]/, '') === acronym || /^[@#]/.test(written)) return true;
  // An acronym of three letters or more that is no word counts in any case ("edf augmente", "Vive edf").
  const norm = normalizeText(written);
  if (/^[A-Z0-9&]{3}$/.test(acronym) && !COMMON_WORD_NAMES.has(norm) && !SHORT_WORDS.has(norm)) return true;
  if (/^\s+\p{Lu}/u.test(text.slice(end, end + 3)) && written !== written.toLowerCase()) return false;
  if (possessive(text, end)) return true;
  const before = wordBefore(text, start);
  const after = wordAfter(text, end);
  return (
    (before !== null && (NAME_EXPECTED.has(before) || COMPANY_BEFORE.has(before))) ||
    (after !== null && COMPANY_AFTER.has(after))
  );
}

/** Words of three letters that a brand may write in capitals ("GAP", "ING", "CAT"): in lower case, only in context. */
const SHORT_WORDS = new Set(
  `ing cat arm ram fox ace key max art fit mix sun run one box bar pop top hot red big new now day way car van bus
  les des une aux par sur pas ete fin sud est art`.split(/\s+/),
);

/** "Harry's" for the brand "Harrys": only with the company's context ("Harry's brioche", "than Harry's"). */
function apostropheNamed(text: string, start: number, end: number): boolean {
  if (!/^['’]s\b/u.test(text.slice(end, end + 3))) return false;
  const before = wordBefore(text, start);
  const after = wordAfter(text, end);
  return (before !== null && NAME_EXPECTED.has(before)) || (after !== null && COMPANY_AFTER.has(after));
}

/** Words after which a name is expected: "chez petit bateau", "cheaper than tape a l'oeil". */
const BEFORE_NAME = new Set(
  `chez de du des que qu vs versus contre comme at from than like to with by et and ou or avec entre between over
  plutot pour for par unlike`.split(/\s+/),
);

/**
 * True when a competitor's name of several words, which the brand writes with capitals, is found written as plain
 * lower-case words inside a clause ("un petit bateau en bois", "cette robe tape à l'œil"): ordinary words. The name
 * still counts after "chez", "than", "vs", "avec"… (where a name is expected), after a product ("les bodies petit
 * bateau") or before "ones" ("the sergent major ones"), at the start of a clause ("tape a l'oeil who?"), with a
 * capital, as a hashtag or a mention (#petitbateau). A place is not the name ("Mont St Michel", "rue St-Michel",
 * "St-Michel-sur-Orge", "la St Michel"). Names of one word count, except those that are ordinary
 * words too (`commonWord`), surnames after a title ("Mme Pasquier") and, written in lower case, after a word that
 * makes them a thing ("the outer shell").
 */
export function ordinaryWords(term: string, text: string, start: number, end: number): boolean {
  const written = text.slice(start, end);
  if (/^[@#]/.test(written)) return false;
  if (!/[\s'’-]/u.test(written))
    return thingWord(text, start, end) || commonWord(term, text, start, end) || surname(text, start);
  if (place(term, text, start, end)) return true;
  if (!/\p{Lu}/u.test(term) || written !== written.toLowerCase()) return false;
  // "cheaper than the sergent major ones": the products of the brand the name is.
  if (wordAfter(text, end) === 'ones') return false;
  const before = /([\p{L}\p{N}]+)[\s'’]+$/u.exec(text.slice(Math.max(0, start - 30), start));
  if (before === null) return false;
  const word = normalizeText(before[1]);
  return !BEFORE_NAME.has(word) && !PRODUCT_BEFORE.has(word);
}

/** A name of one word after a title is a person's surname: "Mme Pasquier", "M. Pasquier", "Dr Shell". */
const surname = (text: string, start: number) => {
  const m = /([\p{L}]+)\.?\s+$/u.exec(text.slice(Math.max(0, start - 16), start));
  return m !== null && /^\p{Lu}/u.test(m[1]) && CIVILITY_BEFORE.has(normalizeText(m[1]));
};

/** A name of several words that is part of a place: "Mont St Michel", "bd St-Michel", "St-Michel-sur-Orge". */
function place(term: string, text: string, start: number, end: number): boolean {
  if (/^-\p{L}/u.test(text.slice(end, end + 2))) return true;
  const before = wordBefore(text, start);
  if (before === null) return false;
  return PLACE_BEFORE.has(before) || (before === 'la' && /^(?:st|ste|saint|sainte)\b/i.test(term.trim()));
}

/** True when the text before `start` opens a sentence (nothing, or an end of sentence, a colon, a line break). */
const sentenceStart = (text: string, start: number) => {
  const before = text.slice(Math.max(0, start - 40), start).replace(/[\s"«»“”'‘(]+$/u, '');
  return before === '' || /[.!?…:;\n]$/u.test(before) || (start < 40 && /^(?:@\S+\s*)+$/u.test(before));
};

/**
 * A one-word name that is also an ordinary word ("shell", "chevron", "nestle") written in lower case, or with a
 * capital only because it opens a sentence, is that word: before "up", "into"… or "out" but not "out of" (a verb:
 * "Nestle up with a cocoa", "shell out for"); before "suits", "kerbs", "pattern" (a thing: "Shell suits are back");
 * joined by a hyphen ("shell-shocked", "soft-shell"); before a colon or a number ("Total : 45 €"); in lower case after an article or a possessive ("the chevron
 * kerbs", "le chevron rouge") or in a clause about crabs, eggs or knits ("a crab in a bottle-cap shell"). It still
 * names the company with a possessive ("chevron's"), before "stations", "prices"… ("the shell station") or
 * written with its accent ("Nestlé").
 */
function commonWord(term: string, text: string, start: number, end: number): boolean {
  const written = text.slice(start, end);
  const norm = normalizeText(written);
  if (!COMMON_WORD_NAMES.has(norm) || (written !== norm && written.toLowerCase() !== norm)) return false;
  const lower = written === written.toLowerCase();
  if (!lower && !sentenceStart(text, start)) return false;
  if (possessive(text, end)) return false;
  const after = wordAfter(text, end);
  if (after !== null && COMPANY_AFTER.has(after)) return false;
  const next = text.slice(end, end + 12);
  if (after !== null && VERB_PARTICLES.has(after) && /^\s/u.test(next)) return true;
  if (/^\s+out\b(?!\s+of\b)/iu.test(next) || /^\s*[:=]|^\s+\d/u.test(next)) return true;
  if (/^\s+in\s+(?:with|for|and|together|close)\b/iu.test(next)) return true;
  if (after !== null && THING_AFTER.has(after) && /^\s/u.test(next)) return true;
  if (lower && (/^-\p{L}/u.test(next) || /\p{L}-$/u.test(text.slice(Math.max(0, start - 2), start)))) return true;
  if (!lower) return false;
  const before = wordBefore(text, start);
  if (before !== null && DETERMINERS.has(before)) return true;
  return clauseAround(text, start, end).some((w) => THING_NEAR.has(w));
}

/** The normalized words of the clause around a match (up to 8 words each side, no punctuation crossed). */
function clauseAround(text: string, start: number, end: number): string[] {
  const left =
    text
      .slice(Math.max(0, start - 60), start)
      .split(/[.!?…:;,\n]/u)
      .pop() ?? '';
  const right = text.slice(end, end + 60).split(/[.!?…:;,\n]/u)[0] ?? '';
  const split = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).map(normalizeText);
  return [...split(left).slice(-8), ...split(right).slice(0, 8)];
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
    /^\s*(?:(?:and|&|\/)\s*(?:cholesterol|glucose|blood sugar|sugar|weight|bmi|diabetes)|reading|readings|monitor|monitors|cuff|and heart rate|and pulse|levels?|checks?|tests?|screenings?|meds|medication|tablets|pills|issues|problems)\b/.test(
      after,
    )
  );
}

/**
 * Words before a one-word name written in lower case that make it a thing ("the outer shell", "a soft shell", "a
 * hermit crab in its shell": a possessive of a thing or an animal; "scripts shell", "bash shell": a command line;
 * "a hi-vis chevron": a stripe).
 */
const THING_BEFORE = new Set(
  `outer inner soft hard protective egg sea nut snail crab oyster pasta taco pastry tart crispy crunchy waterproof
  hardshell coquille empty walnut tortoise turtle its their his her whose hermit broken cracked spiral clam mussel
  scallop whelk cockle conch limpet aluminium aluminum steel metal plastic glass ceramic carbon titanium rigid recycled
  wooden leather rubber foam insulated lightweight sturdy single scripts script bash unix linux terminal zsh
  vis reflective striped embroidered printed woven knitted`.split(/\s+/),
);

/** True when a one-word name written in lower case comes after a word that makes it a thing ("outer shell"). */
export function thingWord(text: string, start: number, end: number): boolean {
  const written = text.slice(start, end);
  if (written !== written.toLowerCase() || /[\s'’-]/u.test(written) || /^[@#]/.test(written)) return false;
  const before = /([\p{L}\p{N}]+)[\s-]+$/u.exec(text.slice(Math.max(0, start - 30), start));
  if (before === null || !THING_BEFORE.has(normalizeText(before[1]))) return false;
  const after = wordAfter(text, end);
  return after === null || !COMPANY_AFTER.has(after);
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
