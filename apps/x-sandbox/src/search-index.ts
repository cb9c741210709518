// An in-memory inverted index over the sandbox's tweets, and the evaluation of parsed search queries on it.
// Postings are tweet sequence numbers (positions in the state's oldest-first tweet list), ascending.
import { isStandalone, searchWords as words, type XQueryNode as QueryNode } from '@xp/shared';

/** What the index needs to know about a tweet. */
export interface IndexableTweet {
  id: string;
  text: string;
  authorUsername: string;
  inReplyToUsername?: string;
  inReplyToTweetId?: string;
  conversationId: string;
  quoteTweetId?: string;
  hasMedia: boolean;
  lang: string;
}

const URL_RE = /\bhttps?:\/\/[^\s]+/gi;
const MENTION_RE = /(?:^|[^\p{L}\p{N}_@])@([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_])/gu;
const HASHTAG_RE = /(?:^|[^\p{L}\p{N}_&])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu;
const CASHTAG_RE = /(?:^|[^\p{L}\p{N}_])\$([A-Za-z]{1,6}(?:[._][A-Za-z]{1,2})?)(?![\p{L}\p{N}_])/gu;

export function urlsOf(text: string): string[] {
  return (text.match(URL_RE) ?? []).map((u) => u.replace(/[.,;:!?)]+$/, '').toLowerCase());
}
export function mentionsIn(text: string): string[] {
  return [...text.matchAll(MENTION_RE)].map((m) => m[1].toLowerCase());
}
export function hashtagsIn(text: string): string[] {
  return [...text.matchAll(HASHTAG_RE)].map((m) => m[1].toLowerCase());
}
export function cashtagsIn(text: string): string[] {
  return [...text.matchAll(CASHTAG_RE)].map((m) => m[1].toLowerCase());
}

/** The keys a tweet is filed under. */
export function indexKeys(t: IndexableTweet): Set<string> {
  const keys = new Set<string>();
  const urls = urlsOf(t.text);
  const plain = t.text.replace(URL_RE, ' ');
  for (const w of words(plain)) keys.add(`w:${w}`);
  for (const u of urls) for (const w of words(u)) keys.add(`url:${w}`);
  const mentions = mentionsIn(t.text);
  const hashtags = hashtagsIn(t.text);
  for (const m of mentions) keys.add(`@${m}`);
  for (const h of hashtags) keys.add(`#${h}`);
  for (const c of cashtagsIn(t.text)) keys.add(`$${c}`);
  keys.add(`from:${t.authorUsername.toLowerCase()}`);
  if (t.inReplyToUsername) keys.add(`to:${t.inReplyToUsername.toLowerCase()}`);
  if (t.inReplyToTweetId) {
    keys.add(`reply:${t.inReplyToTweetId}`);
    keys.add('is:reply');
  }
  // a conversation's root is found by its id (see SearchIndex.lists): only replies are filed under it
  if (t.conversationId !== t.id) keys.add(`conv:${t.conversationId}`);
  if (t.quoteTweetId) keys.add('is:quote');
  if (urls.length) keys.add('has:links');
  if (mentions.length) keys.add('has:mentions');
  if (hashtags.length) keys.add('has:hashtags');
  if (t.hasMedia) keys.add('has:media');
  keys.add(`lang:${t.lang}`);
  return keys;
}

function termKeys(op: string, value: string): string[] {
  switch (op) {
    case 'word':
      return [`w:${value}`];
    case 'phrase':
      return value.split(' ').map((w) => `w:${w}`);
    case 'hashtag':
      return [`#${value}`];
    case 'mention':
      return [`@${value}`];
    case 'cashtag':
      return [`$${value}`];
    case 'from':
    case 'to':
    case 'is':
    case 'has':
    case 'lang':
      return [`${op}:${value}`];
    case 'conversation_id':
      return [`conv:${value}`];
    case 'in_reply_to_tweet_id':
      return [`reply:${value}`];
    case 'url':
      return words(value).map((w) => `url:${w}`);
    default:
      return [];
  }
}

/** Binary search in an ascending array. */
export function contains(list: number[], seq: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid];
    if (v === seq) return true;
    if (v < seq) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

export function intersect(a: number[], b: number[]): number[] {
  if (a.length > b.length) [a, b] = [b, a];
  const out: number[] = [];
  if (a.length * 16 < b.length) {
    for (const v of a) if (contains(b, v)) out.push(v);
    return out;
  }
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push(a[i]);
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return out;
}

export function union(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i] < b[j])) out.push(a[i++]);
    else if (i >= a.length || b[j] < a[i]) out.push(b[j++]);
    else {
      out.push(a[i++]);
      j++;
    }
  }
  return out;
}

/** a minus b (both ascending). */
export function difference(a: number[], b: number[]): number[] {
  if (b.length === 0) return a;
  const out: number[] = [];
  if (a.length * 16 < b.length) {
    for (const v of a) if (!contains(b, v)) out.push(v);
    return out;
  }
  let j = 0;
  for (const v of a) {
    while (j < b.length && b[j] < v) j++;
    if (j >= b.length || b[j] !== v) out.push(v);
  }
  return out;
}

const EMPTY: number[] = [];

/** Matches newest first: `seq` is the current match (-1 when done). */
export interface Cursor {
  seq: number;
  /** To the next (older) match. */
  advance(): void;
  /** To the newest match at or below `max` (never forward). */
  seek(max: number): void;
}

/** The last index of an ascending list whose value is ≤ max (-1 if none), searching below `hi`. */
function lastAtOrBelow(list: number[], max: number, hi: number): number {
  let lo = 0;
  let h = hi;
  let found = -1;
  while (lo <= h) {
    const mid = (lo + h) >> 1;
    if (list[mid] <= max) {
      found = mid;
      lo = mid + 1;
    } else h = mid - 1;
  }
  return found;
}

class TermCursor implements Cursor {
  seq = -1;
  private i: number;
  constructor(
    private readonly list: number[],
    private readonly check?: (seq: number) => boolean,
  ) {
    this.i = list.length - 1;
    this.settle();
  }
  private settle(): void {
    while (this.i >= 0 && this.check && !this.check(this.list[this.i])) this.i--;
    this.seq = this.i >= 0 ? this.list[this.i] : -1;
  }
  advance(): void {
    this.i--;
    this.settle();
  }
  seek(max: number): void {
    if (this.seq <= max) return;
    this.i = lastAtOrBelow(this.list, max, this.i);
    this.settle();
  }
}

class OrCursor implements Cursor {
  seq = -1;
  constructor(private readonly children: Cursor[]) {
    this.update();
  }
  private update(): void {
    this.seq = Math.max(-1, ...this.children.map((c) => c.seq));
  }
  advance(): void {
    const current = this.seq;
    for (const c of this.children) if (c.seq === current) c.advance();
    this.update();
  }
  seek(max: number): void {
    for (const c of this.children) c.seek(max);
    this.update();
  }
}

class AndCursor implements Cursor {
  seq = -1;
  constructor(
    private readonly children: Cursor[],
    private readonly filter: (seq: number) => boolean,
  ) {
    this.align(Infinity);
  }
  /** Leapfrog: the newest seq ≤ max on which every child agrees and the filters pass. */
  private align(max: number): void {
    let target = max;
    for (;;) {
      for (const c of this.children) c.seek(target);
      const low = Math.min(...this.children.map((c) => c.seq));
      if (low < 0) {
        this.seq = -1;
        return;
      }
      if (this.children.every((c) => c.seq === low)) {
        if (this.filter(low)) {
          this.seq = low;
          return;
        }
        target = low - 1;
      } else target = low;
    }
  }
  advance(): void {
    if (this.seq >= 0) this.align(this.seq - 1);
  }
  seek(max: number): void {
    if (this.seq > max) this.align(max);
  }
}

export class SearchIndex {
  private readonly postings = new Map<string, number[]>();
  private entries = 0;

  constructor(
    /** The text of the tweet at a sequence number (phrase and URL checks). */
    private readonly textAt: (seq: number) => string,
    /** The sequence number of a tweet id (conversation roots). */
    private readonly seqOfId: (id: string) => number | undefined = () => undefined,
  ) {}

  /** The postings of a term's keys, smallest first. */
  private lists(op: string, value: string): number[][] {
    if (op === 'conversation_id') {
      const root = this.seqOfId(value);
      const replies = this.list(`conv:${value}`);
      return [root === undefined || contains(this.list('is:reply'), root) ? replies : union([root], replies)];
    }
    return termKeys(op, value)
      .map((k) => this.list(k))
      .sort((a, b) => a.length - b.length);
  }

  /** Files a tweet; `seq` must grow with every call. */
  add(seq: number, t: IndexableTweet): void {
    for (const key of indexKeys(t)) {
      let list = this.postings.get(key);
      if (!list) {
        list = [];
        this.postings.set(key, list);
      }
      list.push(seq);
      this.entries++;
    }
  }

  clear(): void {
    this.postings.clear();
    this.entries = 0;
  }

  get stats(): { keys: number; entries: number } {
    return { keys: this.postings.size, entries: this.entries };
  }

  list(key: string): number[] {
    return this.postings.get(key) ?? EMPTY;
  }

  /** A cursor over the matches of a (validated, standalone) query, newest first: top-k without the full set. */
  cursor(node: QueryNode): Cursor {
    switch (node.kind) {
      case 'term': {
        const lists = this.lists(node.op, node.value);
        const needsCheck = lists.length > 1 || node.op === 'phrase' || node.op === 'url';
        return new TermCursor(lists[0], needsCheck ? (seq) => this.test(node, seq) : undefined);
      }
      case 'or':
        return new OrCursor(node.children.map((c) => this.cursor(c)));
      case 'and': {
        const positive = node.children.filter(isStandalone).map((c) => this.cursor(c));
        const rest = node.children.filter((c) => !isStandalone(c));
        return new AndCursor(positive, (seq) => rest.every((c) => this.test(c, seq)));
      }
      case 'not':
        throw new Error('a negation cannot be evaluated alone');
    }
  }

  /** The ascending sequence numbers of the tweets matching a (validated) query. */
  evaluate(node: QueryNode): number[] {
    switch (node.kind) {
      case 'term':
        return this.termSet(node.op, node.value);
      case 'or':
        return node.children.map((c) => this.evaluate(c)).reduce(union);
      case 'and': {
        const positive = node.children.filter(isStandalone);
        const rest = node.children.filter((c) => !isStandalone(c));
        const sets = positive.map((c) => this.evaluate(c)).sort((a, b) => a.length - b.length);
        let base = sets.reduce(intersect);
        for (const c of rest) {
          // a negated selective term: subtract its postings; anything else: test each candidate
          if (c.kind === 'not' && isStandalone(c.child) && c.child.kind === 'term' && c.child.op === 'word')
            base = difference(base, this.evaluate(c.child));
          else base = base.filter((seq) => this.test(c, seq));
        }
        return base;
      }
      case 'not':
        throw new Error('a negation cannot be evaluated alone');
    }
  }

  /** Whether the tweet at `seq` matches a node. */
  test(node: QueryNode, seq: number): boolean {
    switch (node.kind) {
      case 'term':
        return this.lists(node.op, node.value).every((l) => contains(l, seq)) && this.verify(node.op, node.value, seq);
      case 'not':
        return !this.test(node.child, seq);
      case 'and':
        return node.children.every((c) => this.test(c, seq));
      case 'or':
        return node.children.some((c) => this.test(c, seq));
    }
  }

  private termSet(op: string, value: string): number[] {
    const lists = this.lists(op, value);
    const base = lists.length === 1 ? lists[0] : lists.reduce(intersect);
    if (op !== 'phrase' && op !== 'url') return base;
    return base.filter((seq) => this.verify(op, value, seq));
  }

  private verify(op: string, value: string, seq: number): boolean {
    if (op === 'phrase') {
      const text = this.textAt(seq).replace(URL_RE, ' ');
      return ` ${words(text).join(' ')} `.includes(` ${value} `);
    }
    if (op === 'url') return urlsOf(this.textAt(seq)).some((u) => u.includes(value));
    return true;
  }
}
