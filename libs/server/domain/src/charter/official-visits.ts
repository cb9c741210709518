// A minister, a prefect, a mayor or an MP visiting a site ("La ministre de l'Industrie a visité notre parc éolien",
// "Visite du préfet et du maire à l'usine", "The Energy Secretary visited our Aberdeen site"): news of a visit, not a
// political stance. The detector drops a politics word inside such a span (detector.ts); a verdict, a party or a
// vote elsewhere in the post still counts ("le ministre est passé sur notre stand, on lui a dit ce qu'on pense de sa
// loi").
import { regexSpans } from './text-tokens';
import { alternatives } from './word-lists-discrimination';

const TITLES =
  alternatives(String.raw`(?:premi(?:er|ère) ministre|ministres?|préf(?:et|ète)s?|maires?|députée?s?|sénat(?:eur|rice)s?
  |secrétaire d[’' ]?état|présidente? de (?:la )?région|conseill(?:er|ère)s? régionale?s?|élus locaux|minister|secretary
  |mayor|MP|senator|councillor|prefect)`);
const VISITED =
  alternatives(String.raw`(?:a visité|ont visité|(?:est|sont) venue?s? (?:voir|visiter|découvrir|à la rencontre)
  |(?:est|sont) passée?s? (?:nous voir|sur notre stand)|nous (?:a|ont) rendu visite|(?:était|étaient)? ?en visite
  |(?:a|ont) inauguré|(?:a|ont) rencontré nos|visited|toured|came to see|came to visit|opened our|inaugurated)`);
const VISIT_OF =
  alternatives(String.raw`(?:visite (?:officielle )?(?:du|de la|des|de l['’])|en présence (?:du|de la|des|de l['’])
  |reçu la visite (?:du|de la|des)|accueilli (?:le|la|les)|visitée? par (?:le|la|les)|inauguré(?:e)? par (?:le|la|les)
  |visit (?:from|by) (?:the|our))`);
/** Within one clause: no sentence punctuation, colon or semicolon between the title and the visit. */
const CLAUSE = String.raw`[^.!?;:\n]`;

/** A word of `alternatives` on its own (not inside a longer word). */
const word = (alternatives: string) => String.raw`(?<![\p{L}])${alternatives}(?![\p{L}])`;
const ARTICLE = String.raw`(?:(?:le|la|les|the|our|notre|nos|l['’])\s*)?`;

const VISITS = new RegExp(
  [
    String.raw`(?<![\p{L}])${ARTICLE}${TITLES}(?![\p{L}])${CLAUSE}{0,60}?${word(VISITED)}`,
    String.raw`${word(VISIT_OF)}\s*${CLAUSE}{0,40}?${word(TITLES)}${CLAUSE}{0,50}`,
  ].join('|'),
  'giu',
);
/** "The Energy Secretary visited", "our Business Minister toured": the portfolio before the title, in capitals. */
const PORTFOLIO = String.raw`(?<![\p{L}])(?:\p{Lu}[\p{Ll}-]+ ){1,2}`;
const PORTFOLIO_FIRST = new RegExp(
  String.raw`${PORTFOLIO}${word('(?:Secretary|Minister|Mayor)')}${CLAUSE}{0,60}?${word(VISITED)}`,
  'gu',
);
const ANY_TITLE = new RegExp(word(TITLES), 'iu');

/** Where a text reports an official's visit; nothing in most texts. */
export function officialVisits(text: string): { start: number; end: number }[] {
  if (!ANY_TITLE.test(text)) return [];
  return regexSpans(text, VISITS, PORTFOLIO_FIRST);
}
