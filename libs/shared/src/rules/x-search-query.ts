// X's recent-search query language (a pure module shared by the product, which validates a monitor's query before
// any read is spent, and the X sandbox, which runs it): keywords, "phrases", OR, - negation, parentheses and the
// operators the sandbox supports. Space is AND and binds tighter than OR. Positions are 1-based, as X reports them.

export type XQueryTermOp =
  | 'word'
  | 'phrase'
  | 'hashtag'
  | 'mention'
  | 'cashtag'
  | 'from'
  | 'to'
  | 'conversation_id'
  | 'in_reply_to_tweet_id'
  | 'url'
  | 'is'
  | 'has'
  | 'lang';

export type XQueryNode =
  | { kind: 'term'; op: XQueryTermOp; value: string; pos: number }
  | { kind: 'not'; child: XQueryNode; pos: number }
  | { kind: 'and'; children: XQueryNode[]; pos: number }
  | { kind: 'or'; children: XQueryNode[]; pos: number };

export class QuerySyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly position: number,
  ) {
    super(`${reason} (at position ${position})`);
  }
}

const VALUE_OPS: Record<string, XQueryTermOp> = {
  from: 'from',
  to: 'to',
  conversation_id: 'conversation_id',
  in_reply_to_tweet_id: 'in_reply_to_tweet_id',
  url: 'url',
  is: 'is',
  has: 'has',
  lang: 'lang',
};
export const IS_VALUES = ['retweet', 'reply', 'quote'] as const;
export const HAS_VALUES = ['links', 'mentions', 'media', 'hashtags'] as const;
/** Operators that only narrow another term: "cannot be used as a standalone operator". */
const CONJUNCTION_ONLY = new Set<XQueryTermOp>(['is', 'has', 'lang']);
export const STANDALONE_REASON = 'is/has/lang cannot be used as a standalone operator';
export const NEGATION_ONLY_REASON = 'a query cannot be made only of negated terms';
const ID = /^[0-9]{1,19}$/;
const USERNAME = /^[A-Za-z0-9_]{1,15}$/;

type Token =
  | { type: '(' | ')' | 'OR'; pos: number }
  | { type: '-'; pos: number }
  | { type: 'term'; node: XQueryNode & { kind: 'term' }; pos: number };

/** Lower-cased word tokens of a text (letters, digits, underscore), as the index and phrase matching see them. */
export function searchWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

function termOf(raw: string, pos: number): XQueryNode & { kind: 'term' } {
  const first = raw.charAt(0);
  const rest = raw.slice(1);
  if (first === '#' || first === '@' || first === '$') {
    const ok = first === '@' ? USERNAME.test(rest) : /^[\p{L}\p{N}_]+$/u.test(rest);
    if (!ok)
      throw new QuerySyntaxError(
        `Invalid ${first === '#' ? 'hashtag' : first === '@' ? 'mention' : 'cashtag'} '${raw}'`,
        pos,
      );
    const op: XQueryTermOp = first === '#' ? 'hashtag' : first === '@' ? 'mention' : 'cashtag';
    return { kind: 'term', op, value: rest.toLowerCase(), pos };
  }
  const m = /^([A-Za-z_]+):(.*)$/s.exec(raw);
  if (m && !/^https?$/i.test(m[1])) {
    const name = m[1].toLowerCase();
    const op = VALUE_OPS[name];
    if (!op) throw new QuerySyntaxError(`Reference to invalid operator '${m[1]}'`, pos);
    let value = m[2];
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    if (!value) throw new QuerySyntaxError(`Missing value for operator '${name}'`, pos);
    value = op === 'url' ? value.toLowerCase() : value;
    if ((op === 'from' || op === 'to') && !USERNAME.test(value.replace(/^@/, '')))
      throw new QuerySyntaxError(`Invalid username '${value}' for operator '${name}'`, pos);
    if ((op === 'conversation_id' || op === 'in_reply_to_tweet_id') && !ID.test(value))
      throw new QuerySyntaxError(`Invalid id '${value}' for operator '${name}'`, pos);
    const lower = value.toLowerCase().replace(/^@/, '');
    if (op === 'is' && !(IS_VALUES as readonly string[]).includes(lower))
      throw new QuerySyntaxError(`Invalid value '${value}' for operator 'is'`, pos);
    if (op === 'has' && !(HAS_VALUES as readonly string[]).includes(lower))
      throw new QuerySyntaxError(`Invalid value '${value}' for operator 'has'`, pos);
    if (op === 'lang' && !/^[a-z]{2,3}$/.test(lower))
      throw new QuerySyntaxError(`Invalid language '${value}' for operator 'lang'`, pos);
    return { kind: 'term', op, value: op === 'url' ? value : lower, pos };
  }
  if (searchWords(raw).length === 0) throw new QuerySyntaxError(`Invalid term '${raw}'`, pos);
  return { kind: 'term', op: searchWords(raw).length > 1 ? 'phrase' : 'word', value: searchWords(raw).join(' '), pos };
}

function tokenize(query: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const n = query.length;
  while (i < n) {
    const c = query[i];
    const pos = i + 1;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')') {
      out.push({ type: c, pos });
      i++;
    } else if (c === '-' && i + 1 < n && !/\s/.test(query[i + 1])) {
      out.push({ type: '-', pos });
      i++;
    } else if (c === '"') {
      const end = query.indexOf('"', i + 1);
      if (end < 0) throw new QuerySyntaxError('Unterminated quoted phrase', pos);
      const phrase = searchWords(query.slice(i + 1, end));
      if (phrase.length === 0) throw new QuerySyntaxError('Empty quoted phrase', pos);
      out.push({ type: 'term', pos, node: { kind: 'term', op: 'phrase', value: phrase.join(' '), pos } });
      i = end + 1;
    } else {
      let j = i;
      // an operator value may be quoted: url:"a b"
      while (j < n && !/[\s()]/.test(query[j])) {
        if (query[j] === '"') {
          const end = query.indexOf('"', j + 1);
          if (end < 0) throw new QuerySyntaxError('Unterminated quoted phrase', j + 1);
          j = end + 1;
        } else j++;
      }
      const raw = query.slice(i, j);
      if (raw === 'OR') out.push({ type: 'OR', pos });
      else out.push({ type: 'term', pos, node: termOf(raw, pos) });
      i = j;
    }
  }
  return out;
}

/** Parses a query into a tree, or throws QuerySyntaxError with X's reason and 1-based position. */
export function parseSearchQuery(query: string): XQueryNode {
  const tokens = tokenize(query);
  if (tokens.length === 0) throw new QuerySyntaxError('Empty query', 1);
  let k = 0;
  const peek = () => tokens[k];

  const parseOr = (): XQueryNode => {
    const start = peek();
    const children = [parseAnd()];
    while (peek()?.type === 'OR') {
      const or = tokens[k++];
      const next = peek();
      if (!next || next.type === 'OR' || next.type === ')') throw new QuerySyntaxError('Ambiguous use of OR', or.pos);
      children.push(parseAnd());
    }
    return children.length === 1 ? children[0] : { kind: 'or', children, pos: start.pos };
  };
  const parseAnd = (): XQueryNode => {
    const first = peek();
    if (first?.type === 'OR') throw new QuerySyntaxError('Ambiguous use of OR', first.pos);
    const children: XQueryNode[] = [];
    while (peek() && peek().type !== 'OR' && peek().type !== ')') children.push(parseUnary());
    if (children.length === 0) {
      const t = peek();
      throw new QuerySyntaxError(t ? 'Empty parentheses' : 'Unexpected end of query', t?.pos ?? query.length);
    }
    return children.length === 1 ? children[0] : { kind: 'and', children, pos: first.pos };
  };
  const parseUnary = (): XQueryNode => {
    const t = tokens[k++];
    if (t.type === '-') {
      const next = peek();
      if (!next || next.type === 'OR' || next.type === ')' || next.type === '-')
        throw new QuerySyntaxError('Negation needs a term', t.pos);
      return { kind: 'not', child: parseUnary(), pos: t.pos };
    }
    if (t.type === 'term') return t.node;
    if (t.type === '(') {
      const inner = parseOr();
      const close = tokens[k++];
      if (!close || close.type !== ')') throw new QuerySyntaxError('Missing closing parenthesis', t.pos);
      return inner;
    }
    throw new QuerySyntaxError(t.type === ')' ? 'Unexpected closing parenthesis' : 'Ambiguous use of OR', t.pos);
  };

  const root = parseOr();
  const rest = peek();
  if (rest) throw new QuerySyntaxError('Unexpected closing parenthesis', rest.pos);
  validate(root);
  return root;
}

/** Whether a node selects posts on its own (a positive term other than is/has/lang, or a group of such). */
export function isStandalone(node: XQueryNode): boolean {
  switch (node.kind) {
    case 'term':
      return !CONJUNCTION_ONLY.has(node.op);
    case 'not':
      return false;
    case 'and':
      return node.children.some(isStandalone);
    case 'or':
      return node.children.every(isStandalone);
  }
}

function onlyNegations(node: XQueryNode): boolean {
  if (node.kind === 'not') return true;
  if (node.kind === 'and') return node.children.every(onlyNegations);
  if (node.kind === 'or') return node.children.some(onlyNegations);
  return false;
}

function validate(node: XQueryNode): void {
  if (node.kind === 'or') {
    node.children.forEach(validate);
    return;
  }
  if (!isStandalone(node)) {
    throw new QuerySyntaxError(onlyNegations(node) ? NEGATION_ONLY_REASON : STANDALONE_REASON, node.pos);
  }
}

/** X's longest recent-search query. */
export const SEARCH_QUERY_MAX_LENGTH = 512;

/**
 * What X would answer about a query before running it: null when it is valid, else the reason and the 1-based
 * position (X's 400 "There were errors processing your request: <reason> (at position N)").
 */
export function searchQueryProblem(query: string): { reason: string; position: number } | null {
  if (!query.trim()) return { reason: 'The query can not be empty', position: 1 };
  if (query.length > SEARCH_QUERY_MAX_LENGTH)
    return {
      reason: `The query is too long (${query.length} > ${SEARCH_QUERY_MAX_LENGTH})`,
      position: SEARCH_QUERY_MAX_LENGTH + 1,
    };
  try {
    parseSearchQuery(query);
    return null;
  } catch (e) {
    if (e instanceof QuerySyntaxError) return { reason: e.reason, position: e.position };
    throw e;
  }
}
