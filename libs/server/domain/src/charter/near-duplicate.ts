// Near-duplicate detection: word shingles (k consecutive normalized words) compared with the Jaccard index.
// Recent posts are indexed once per check (shingle → segments containing it), so comparing a 25-segment
// thread with 50 recent posts costs one pass over the thread's shingles rather than 25 × 50 set comparisons.

/** The set of k-word shingles of a word sequence; a sequence shorter than k is one shingle. */
export function shingles(words: readonly string[], k: number): Set<string> {
  const out = new Set<string>();
  if (words.length === 0) return out;
  if (words.length <= k) {
    out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + k <= words.length; i++) {
    let key = words[i];
    for (let j = 1; j < k; j++) key += ' ' + words[i + j];
    out.add(key);
  }
  return out;
}

/** |A ∩ B| / |A ∪ B|; 0 for two empty sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const s of small) if (large.has(s)) inter++;
  return inter / (a.size + b.size - inter);
}

export interface DuplicateCandidate<R> {
  ref: R;
  words: readonly string[];
}

export interface DuplicateMatch<R> {
  /** Index of the compared segment. */
  segment: number;
  ref: R;
  similarity: number;
  /** Same words in the same order (after normalization). */
  identical: boolean;
}

/**
 * The shingles of a recent post's segment. The same recent posts come with every check of an account's posts: the
 * shingles of the last texts read are remembered.
 */
const shinglesByText = new Map<string, ReadonlySet<string>>();
const SHINGLES_CACHE_SIZE = 2000;
function candidateShingles(words: readonly string[], key: string, k: number): ReadonlySet<string> {
  const id = `${k}\u0000${key}`;
  let set = shinglesByText.get(id);
  if (!set) {
    set = shingles(words, k);
    if (shinglesByText.size >= SHINGLES_CACHE_SIZE) shinglesByText.delete(shinglesByText.keys().next().value!);
    shinglesByText.set(id, set);
  }
  return set;
}

/**
 * For each segment (as normalized words), the most similar candidate at or above `threshold`, if any.
 * Segments and candidates with fewer than `minWords` words are ignored.
 */
export function findNearDuplicates<R>(
  segments: readonly (readonly string[])[],
  candidates: readonly DuplicateCandidate<R>[],
  options: { threshold: number; shingleSize: number; minWords: number },
): DuplicateMatch<R>[] {
  const { threshold, shingleSize, minWords } = options;
  const indexed: { ref: R; shingles: ReadonlySet<string>; key: string }[] = [];
  for (const c of candidates) {
    if (c.words.length < minWords) continue;
    const key = c.words.join(' ');
    indexed.push({ ref: c.ref, shingles: candidateShingles(c.words, key, shingleSize), key });
  }
  const postings = new Map<string, number[]>();
  indexed.forEach((c, i) => {
    for (const s of c.shingles) {
      const list = postings.get(s);
      if (list) list.push(i);
      else postings.set(s, [i]);
    }
  });
  const matches: DuplicateMatch<R>[] = [];
  segments.forEach((words, segment) => {
    if (words.length < minWords) return;
    const own = shingles(words, shingleSize);
    const counts = new Map<number, number>();
    for (const s of own) {
      const list = postings.get(s);
      if (!list) continue;
      for (const i of list) counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    let best: DuplicateMatch<R> | null = null;
    const key = words.join(' ');
    for (const [i, inter] of counts) {
      const c = indexed[i];
      const similarity = inter / (own.size + c.shingles.size - inter);
      if (similarity < threshold) continue;
      const identical = c.key === key;
      if (!best || similarity > best.similarity || (similarity === best.similarity && identical && !best.identical)) {
        best = { segment, ref: c.ref, similarity, identical };
      }
    }
    if (best) matches.push(best);
  });
  return matches;
}
