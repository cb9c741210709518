// First names that are also a faith's words ("Christian, our head baker", "welcome Jesús Ortega", "Bravo à Krishna
// pour ses 20 ans"): read as a person, not as the faith, where the text writes them as someone's name. The detector
// drops a religion word inside such a span (detector.ts); "Christian values", "Jesus saves" or "praise Krishna" are
// read as before.

import { alternatives } from './word-lists-discrimination';

/** First names that the religion lists also hold, as a text writes a name: with a capital. */
const NAMES = String.raw`(?:Christian|Jesus|Jesús|Shiva|Krishna)`;
/** Capitalised words after a name that make it the faith's, not a surname ("Jesus Christ", "Christian Values"). */
const NOT_SURNAMES = String.raw`(?:Christ|God|Dieu|Lord|Seigneur|Sauveur|Saves|Values|Faith|Church|Music|Rock|Aid)`;
const GREETINGS =
  alternatives(String.raw`(?:[Bb]ravo|[Ww]elcome|[Bb]ienvenue|[Cc]ongrats|[Cc]ongratulations|[Ff]élicitations|[Hh]i
  |[Hh]ello|[Ss]alut|[Bb]onjour|[Cc]oucou|[Dd]ear|[Cc]her|[Cc]hère|[Mm]eet|[Rr]encontrez|[Vv]oici|[Aa]nniversaire
  |[Bb]irthday|[Ss]ay hi|[Dd]ites bonjour)`);
/** A role before a name ("notre chef Christian", "mechanic Jesus"). */
const ROLES =
  alternatives(String.raw`(?:[Cc]hef|[Hh]ead chef|[Cc]ollègue|[Cc]olleague|[Mm]écanicien|[Mm]echanic|[Pp]ilote|[Dd]river
  |[Mm]anager|[Bb]oulanger|[Bb]aker|[Pp]âtissier|[Vv]endeur|[Vv]endeuse|[Ss]tagiaire|[Ii]ntern|[Dd]irecteur
  |[Dd]irector)`);
/** A name among other names ("Mohamed, Christian et Marie-Noëlle"). */
const NAME_BEFORE = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:, | et | and | & )`;
const APPOSITION =
  alternatives(String.raw`(?:our|notre|nos|his|her|head|chef|responsable|manager|directeur|directrice|from|de|du|who
  |qui)`);

const AS_NAME = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}])(Jesús)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}])${ROLES} (${NAMES})(?![\p{L}\p{N}])`,
    String.raw`(?<=${NAME_BEFORE})(${NAMES})(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(${NAMES}) (?!${NOT_SURNAMES}(?![\p{L}]))\p{Lu}\p{Ll}+`,
    String.raw`(?<![\p{L}\p{N}])(${NAMES}) ?[,(] ?${APPOSITION}(?![\p{L}])`,
    String.raw`(?<![\p{L}])${GREETINGS}(?: (?:à|a|to))? (${NAMES})(?![\p{L}\p{N}])`,
  ].join('|'),
  'gud',
);
const ANY_NAME = new RegExp(NAMES, 'u');

/** Where the text writes one of these first names as a person's; nothing in most texts. */
export function personNames(text: string): { start: number; end: number }[] {
  if (!ANY_NAME.test(text)) return [];
  const spans: { start: number; end: number }[] = [];
  for (const m of text.matchAll(AS_NAME)) {
    const group = m.indices?.slice(1).find((g) => g !== undefined);
    if (group) spans.push({ start: group[0], end: group[1] });
  }
  return spans;
}
