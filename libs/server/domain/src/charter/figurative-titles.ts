// Figurative titles: a minister, a ministry or a secretary of state of something no government has a portfolio for
// ("le ministre de la bonne humeur", "notre ministère du goûter", "Minister of Snacks"). The classifier reads a
// minister as politics; these are jokes about a brand's team, and it does not read them (model-findings.ts). A real
// portfolio ("ministre de l'Intérieur", "Minister for Health", "ministre délégué aux Sports") is read as before.
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
  veterans the`.split(/\s+/),
);

const TITLE =
  /\b(?:ministres?|ministeres?|ministers?|ministry|secretaire +d +etat|secretary +of +state)(?: +(?:delegue|deleguee|charge|chargee))? +(?:de +la|de +l|du|des|d|aux|au|a +la|of +the|of|for +the|for) +([a-z]+)/g;

/** The text lower-cased, without accents, every other sign a space: the same length, so offsets carry over. */
function folded(text: string): string {
  let out = '';
  for (const c of text) {
    const base = c.toLowerCase().normalize('NFD')[0] ?? ' ';
    out += (/[a-z0-9]/.test(base) ? base : ' ').padEnd(c.length, ' ');
  }
  return out;
}

/** Where a text holds a figurative title: the title and the word that follows it. */
export function figurativeTitles(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const m of folded(text).matchAll(TITLE)) {
    if (PORTFOLIOS.has(m[1])) continue;
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}
