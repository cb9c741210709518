import { NEGATION_ONLY_REASON, parseSearchQuery, QuerySyntaxError, STANDALONE_REASON } from './x-search-query';

function error(query: string): { reason: string; position: number } {
  try {
    parseSearchQuery(query);
  } catch (e) {
    if (e instanceof QuerySyntaxError) return { reason: e.reason, position: e.position };
    throw e;
  }
  throw new Error(`"${query}" parsed`);
}

describe('parseSearchQuery', () => {
  it('reads space as AND, binding tighter than OR', () => {
    expect(parseSearchQuery('soldes OR finance -is:reply')).toEqual({
      kind: 'or',
      pos: 1,
      children: [
        { kind: 'term', op: 'word', value: 'soldes', pos: 1 },
        {
          kind: 'and',
          pos: 11,
          children: [
            { kind: 'term', op: 'word', value: 'finance', pos: 11 },
            { kind: 'not', pos: 19, child: { kind: 'term', op: 'is', value: 'reply', pos: 20 } },
          ],
        },
      ],
    });
  });

  it('groups with parentheses, negates groups, and lower-cases keywords', () => {
    expect(parseSearchQuery('Kindy (Soldes OR promo) -(stage OR emploi)')).toEqual({
      kind: 'and',
      pos: 1,
      children: [
        { kind: 'term', op: 'word', value: 'kindy', pos: 1 },
        {
          kind: 'or',
          pos: 8,
          children: [
            { kind: 'term', op: 'word', value: 'soldes', pos: 8 },
            { kind: 'term', op: 'word', value: 'promo', pos: 18 },
          ],
        },
        {
          kind: 'not',
          pos: 25,
          child: {
            kind: 'or',
            pos: 27,
            children: [
              { kind: 'term', op: 'word', value: 'stage', pos: 27 },
              { kind: 'term', op: 'word', value: 'emploi', pos: 36 },
            ],
          },
        },
      ],
    });
  });

  it('reads phrases and every operator', () => {
    const q = parseSearchQuery(
      '"Nouvelle Collection" #Soldes @Kindy $TTE from:GroupeKindy to:@Kindy conversation_id:123 ' +
        'in_reply_to_tweet_id:456 url:kindy.example lang:FR is:quote has:links',
    );
    expect(q.kind === 'and' && q.children.map((c) => c.kind === 'term' && [c.op, c.value])).toEqual([
      ['phrase', 'nouvelle collection'],
      ['hashtag', 'soldes'],
      ['mention', 'kindy'],
      ['cashtag', 'tte'],
      ['from', 'groupekindy'],
      ['to', 'kindy'],
      ['conversation_id', '123'],
      ['in_reply_to_tweet_id', '456'],
      ['url', 'kindy.example'],
      ['lang', 'fr'],
      ['is', 'quote'],
      ['has', 'links'],
    ]);
  });

  it('treats a hyphenated keyword as a phrase of its words', () => {
    expect(parseSearchQuery('e-commerce')).toEqual({ kind: 'term', op: 'phrase', value: 'e commerce', pos: 1 });
  });

  it('refuses is/has/lang alone, beside each other, or as the only side of an OR (1-based position)', () => {
    expect(error('is:reply')).toEqual({ reason: STANDALONE_REASON, position: 1 });
    expect(error('has:links lang:fr')).toEqual({ reason: STANDALONE_REASON, position: 1 });
    expect(error('kindy OR lang:fr')).toEqual({ reason: STANDALONE_REASON, position: 10 });
    expect(() => parseSearchQuery('kindy (is:reply OR has:links)')).not.toThrow();
  });

  it('refuses queries made only of negations', () => {
    expect(error('-kindy')).toEqual({ reason: NEGATION_ONLY_REASON, position: 1 });
    expect(error('soldes OR (-kindy -promo)')).toEqual({ reason: NEGATION_ONLY_REASON, position: 12 });
  });

  it('reports syntax errors where they are', () => {
    expect(error('(kindy OR soldes')).toEqual({ reason: 'Missing closing parenthesis', position: 1 });
    expect(error('kindy)')).toEqual({ reason: 'Unexpected closing parenthesis', position: 6 });
    expect(error('kindy OR')).toEqual({ reason: 'Ambiguous use of OR', position: 7 });
    expect(error('OR kindy')).toEqual({ reason: 'Ambiguous use of OR', position: 1 });
    expect(error('kindy "soldes')).toEqual({ reason: 'Unterminated quoted phrase', position: 7 });
    expect(error('kindy foo:bar')).toEqual({ reason: "Reference to invalid operator 'foo'", position: 7 });
    expect(error('from: kindy')).toEqual({ reason: "Missing value for operator 'from'", position: 1 });
    expect(error('kindy is:pinned')).toEqual({ reason: "Invalid value 'pinned' for operator 'is'", position: 7 });
    expect(error('kindy ()')).toEqual({ reason: 'Empty parentheses', position: 8 });
    expect(error('kindy conversation_id:abc').reason).toBe("Invalid id 'abc' for operator 'conversation_id'");
  });
});
