// Sides of the track in a race commentary ("dépassement par la droite", "il ferme la porte à gauche", "overtakes on
// the left"): directions, not the political right and left. The classifier learnt "la droite" and "à gauche" from
// politics, so these phrases are left out of what it reads (model-findings.ts), only in a text about a race or a
// drive; "votez à gauche" or "la droite au pouvoir" in any other text is read as before.
import { regexSpans } from './text-tokens';

/** A side, with what leads to it in a driver's move. */
const SIDES = [
  '(?:par|sur|vers|côté|cote|à|a) (?:la )?(?:droite|gauche)',
  'ferme(?:r|nt)? la porte',
  '(?:on|to) the (?:left|right)',
  '(?:left|right)[- ]hander',
  '(?:shuts?|closes?|closed) the door',
];
const SIDE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${SIDES.join('|')})(?![\p{L}\p{N}])`, 'giu');

/** Words of a race or a drive: the sides are read as the track's only in such a text. */
const RACE_WORDS =
  String.raw`virage|virages|épingle|epingle|chicane|dépassement|depassement|dépasse|depasse|double|doublé|pilote
  |pilotes|tour|tours|pneus|stands|grille|pole|course|GP|Grand Prix|circuit|DRS|lap|laps|overtake|overtakes|overtaking
  |overtook|corner|hairpin|turn \d+|race|driver|grid`
    .split('|')
    .map((w) => w.trim())
    .join('|');
const RACE = new RegExp(String.raw`(?<![\p{L}])(?:${RACE_WORDS})(?![\p{L}])`, 'iu');

/** Where a text about a race or a drive names a side of the track; nothing in any other text. */
export function raceDirections(text: string): { start: number; end: number }[] {
  if (!RACE.test(text)) return [];
  return regexSpans(text, SIDE);
}
