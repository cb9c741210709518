// A listening monitor's query, its reads and their price, and the words that explain a spike (pure).
import { SEARCH_QUERY_MAX_LENGTH, searchQueryProblem, searchWords } from '@xp/shared';
import { catalogueError } from '../errors/domain-error';

/** X's pay-per-use prices (2026), in micro-dollars: a post read, a counts request. */
export const X_READ_PRICES_MICRO_USD = { postRead: 5_000, countRequest: 5_000 } as const;

/** The query sent to X: the monitor's query, narrowed to its languages. */
export function monitorXQuery(query: string, languages: readonly string[]): string {
  const q = query.trim();
  if (languages.length === 0) return q;
  const langs = languages.map((l) => `lang:${l}`);
  return `(${q}) ${langs.length === 1 ? langs[0] : `(${langs.join(' OR ')})`}`;
}

/**
 * Refuses a query X would refuse (the same grammar, reasons and 1-based positions as X's 400), before any read is
 * spent: 400 MONITOR_QUERY_INVALID with the reason and the position. Also when its languages push the query sent
 * to X past 512 characters.
 */
export function checkMonitorQuery(query: string, languages: readonly string[]): void {
  const sent = monitorXQuery(query, languages).length;
  const problem =
    searchQueryProblem(query) ??
    (sent > SEARCH_QUERY_MAX_LENGTH
      ? {
          reason: `The query with its languages is too long (${sent} > ${SEARCH_QUERY_MAX_LENGTH})`,
          position: query.length,
        }
      : null);
  if (problem)
    throw catalogueError('invalid', 'MONITOR_QUERY_INVALID', { reason: problem.reason, position: problem.position }, [
      { field: 'query', message: `${problem.reason} (at position ${problem.position})` },
    ]);
}

/** The UTC day (YYYY-MM-DD) and month (YYYY-MM) of an instant, the periods budgets are counted in. */
export const utcDay = (at: Date) => at.toISOString().slice(0, 10);
export const utcMonth = (at: Date) => at.toISOString().slice(0, 7);

/**
 * How many posts a search may read now: what is left of today's budget after keeping one read for each counts
 * request still to come today (volume comes first: it is what alerts are made of), at most 100 (one page).
 * Fewer posts than matched means the posts are sampled (the newest are kept).
 */
export function searchAllowance(budgetLeft: number, countsRequestsLeftToday: number): number {
  return Math.max(0, Math.min(100, budgetLeft - countsRequestsLeftToday));
}

/**
 * How often to ask for counts so that a day's requests fit in `share` of the daily budget: every minute when the
 * budget allows, less often otherwise (the series keeps its minutes: one request returns every minute since the
 * last).
 */
export function countsIntervalMs(dailyReadBudget: number, share: number): number {
  const perDay = Math.max(1, Math.floor(dailyReadBudget * share));
  return Math.max(60_000, Math.ceil(86_400_000 / perDay / 60_000) * 60_000);
}

const STOP_WORDS = new Set(
  (
    'the and for you your with this that are was were have has had not but all our out its his her they them their ' +
    'what when who how why can will just from about into more than then there here very much also been being over ' +
    'les des une que qui pour pas par sur avec dans est sont mais tout tous nous vous ils elles leur leurs ses son ' +
    'cette ces aux plus moins comme fait faire être avoir avez avons ont été était très bien encore déjà chez ' +
    'rt amp https http www com'
  ).split(' '),
);

/** The words of a post that can explain a spike: no stop words, no words of the query itself, 3+ letters. */
function termsOf(text: string, exclude: ReadonlySet<string>): Set<string> {
  const plain = text.replace(/https?:\/\/\S+/g, ' ');
  const out = new Set<string>();
  for (const w of searchWords(plain)) {
    if (w.length < 3 || /^\d+$/.test(w) || STOP_WORDS.has(w) || exclude.has(w)) continue;
    out.add(w);
  }
  return out;
}

/**
 * The words more frequent in the spike's posts than before it (each post counts a word once), best first:
 * score = share in the spike − share before, among words seen in at least two spike posts.
 */
export function topTerms(spike: readonly string[], before: readonly string[], query: string, n = 5): string[] {
  const exclude = new Set(searchWords(query));
  const freq = (texts: readonly string[]) => {
    const m = new Map<string, number>();
    for (const t of texts) for (const w of termsOf(t, exclude)) m.set(w, (m.get(w) ?? 0) + 1);
    return m;
  };
  const inSpike = freq(spike);
  const earlier = freq(before);
  const scored: [string, number][] = [];
  for (const [w, c] of inSpike) {
    if (c < 2) continue;
    const score = c / spike.length - (earlier.get(w) ?? 0) / Math.max(before.length, 1);
    if (score > 0) scored.push([w, score]);
  }
  return scored
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([w]) => w);
}
