// Figurative titles: a minister, a ministry or a secretary of state of something no government has a portfolio for
// ("le ministre de la bonne humeur", "notre ministère du goûter", "Minister of Snacks"). The classifier reads a
// minister as politics; these are jokes about a brand's team, and it does not read them (model-findings.ts). A real
// portfolio ("ministre de l'Intérieur", "Minister for Health", "ministre délégué aux Sports") is read as before.
import { tokenize } from './text-tokens';

/** The first words of a government portfolio, normalized (accents off), French and English. */
const PORTFOLIOS = new Set(
  `interieur economie economies finances finance comptes budget sante education enseignement justice travail emploi
  armees armee defense defence culture agriculture alimentation transports transport ecologie environnement energie
  transition affaires outre logement logements industrie numerique sport sports jeunesse solidarites solidarite
  recherche europe europeennes relations fonction cohesion commerce ville villes mer collectivites territoires pme
  tourisme egalite citoyennete anciens memoire famille familles enfance handicap personnes retraites immigration
  integration securite sciences science technologie innovation universites francophonie cooperation developpement
  exterieur exterieures etrangeres etranger interior home foreign treasury state trade health labour labor work
  pensions welfare housing communities local women equalities business digital culture media justice security
  immigration defence energy climate environment agriculture fisheries food rural northern scotland wales
  transport education children schools higher universities employment finance economy economic industry
  veterans`.split(/\s+/),
);

/** Word sequences, as `tokenize` gives them (lower case, accents off). */
const sequences = (list: string) => list.split('|').map((words) => words.split(' '));
const TITLES = sequences(
  'ministre|ministres|ministere|ministeres|minister|ministers|ministry|secretaire d etat|secretary of state',
);
const DELEGATE = new Set(['delegue', 'deleguee', 'charge', 'chargee']);
/** What joins a title to its portfolio, the longest first ("de la" before "de l", "of the" before "of"). */
const JOINS = sequences('de la|de l|a la|of the|for the|du|des|d|aux|au|of|for');

/** Where a text holds a figurative title: the title and the word that follows it. */
export function figurativeTitles(text: string): { start: number; end: number }[] {
  if (!/minist|secr/i.test(text)) return [];
  const words = tokenize(text).filter((t) => t.kind === 'word' || t.kind === 'mention');
  const at = (i: number, sequence: readonly string[]) => sequence.every((w, k) => words[i + k]?.norm === w);
  const spans: { start: number; end: number }[] = [];
  words.forEach((word, i) => {
    const title = TITLES.find((t) => at(i, t));
    if (!title) return;
    let next = i + title.length;
    if (DELEGATE.has(words[next]?.norm ?? '')) next++;
    const join = JOINS.find((j) => at(next, j));
    const portfolio = join && words[next + join.length];
    if (portfolio && !PORTFOLIOS.has(portfolio.norm)) spans.push({ start: word.start, end: portfolio.end });
  });
  return spans;
}
