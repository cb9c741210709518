import { difference, type IndexableTweet, indexKeys, intersect, SearchIndex, union } from './search-index';
import { parseSearchQuery } from '@xp/shared';

const tweets: Array<Partial<IndexableTweet> & { text: string }> = [
  { text: 'Les #soldes commencent chez @Kindy https://kindy.example/soldes', lang: 'fr' }, // 0
  { text: 'Stage en finance chez @GroupeKindy $TTE', authorUsername: 'TotalCareers', lang: 'fr' }, // 1
  { text: 'Kindy promo: nouvelle collection', lang: 'fr', hasMedia: true }, // 2
  { text: 'Kindy stage été', inReplyToTweetId: '100', inReplyToUsername: 'Kindy', conversationId: '100' }, // 3
  { text: 'The new collection is out', lang: 'en', quoteTweetId: '5' }, // 4
  { text: 'Kindy soldes et promo', authorUsername: 'Kindy' }, // 5
];

function build(): SearchIndex {
  const index = new SearchIndex((seq) => tweets[seq].text);
  tweets.forEach((t, seq) =>
    index.add(seq, {
      id: String(1000 + seq),
      authorUsername: 'alice',
      conversationId: String(1000 + seq),
      hasMedia: false,
      lang: 'und',
      ...t,
    }),
  );
  return index;
}

/** The matches of a query; the newest-first cursor must agree with the full evaluation. */
function run(index: SearchIndex, q: string): number[] {
  const all = index.evaluate(parseSearchQuery(q));
  const newestFirst: number[] = [];
  for (const c = index.cursor(parseSearchQuery(q)); c.seq >= 0; c.advance()) newestFirst.push(c.seq);
  expect(newestFirst).toEqual([...all].reverse());
  return all;
}

describe('SearchIndex', () => {
  const index = build();

  it('files words, entities and facets under their keys', () => {
    const keys = indexKeys({
      id: '7',
      text: 'Go #Soldes @Kindy $TTE https://kindy.example/a',
      authorUsername: 'Bob',
      conversationId: '7',
      hasMedia: false,
      lang: 'fr',
    });
    expect([...keys].sort()).toEqual(
      [
        '#soldes',
        '$tte',
        '@kindy',
        'from:bob',
        'has:hashtags',
        'has:links',
        'has:mentions',
        'lang:fr',
        'url:a',
        'url:example',
        'url:https',
        'url:kindy',
        'w:go',
        'w:kindy',
        'w:soldes',
        'w:tte',
      ].sort(),
    );
  });

  it('matches whole words (also inside mentions and hashtags), case-insensitively, with AND, OR and negation', () => {
    expect(run(index, 'soldes')).toEqual([0, 5]);
    expect(run(index, 'KINDY')).toEqual([0, 2, 3, 5]);
    expect(run(index, 'kindy promo')).toEqual([2, 5]);
    expect(run(index, 'kindy (soldes OR stage)')).toEqual([0, 3, 5]);
    expect(run(index, 'kindy (soldes OR promo) -stage')).toEqual([0, 2, 5]);
    expect(run(index, 'kindy -(soldes OR stage)')).toEqual([2]);
    expect(run(index, 'collection OR finance')).toEqual([1, 2, 4]);
    expect(run(index, 'collect')).toEqual([]);
  });

  it('matches phrases in order only', () => {
    expect(run(index, '"nouvelle collection"')).toEqual([2]);
    expect(run(index, '"collection nouvelle"')).toEqual([]);
    expect(run(index, 'kindy -"soldes et"')).toEqual([0, 2, 3]);
  });

  it('answers the operators', () => {
    expect(run(index, '#soldes')).toEqual([0]);
    expect(run(index, '@kindy')).toEqual([0]);
    expect(run(index, '$tte')).toEqual([1]);
    expect(run(index, 'from:TotalCareers')).toEqual([1]);
    expect(run(index, 'to:kindy')).toEqual([3]);
    expect(run(index, 'conversation_id:100')).toEqual([3]);
    expect(run(index, 'in_reply_to_tweet_id:100')).toEqual([3]);
    expect(run(index, 'url:kindy.example')).toEqual([0]);
    expect(run(index, 'url:"example/soldes"')).toEqual([0]);
    expect(run(index, 'url:kindy.other')).toEqual([]);
    expect(run(index, 'collection lang:en')).toEqual([4]);
    expect(run(index, 'collection is:quote')).toEqual([4]);
    expect(run(index, 'kindy is:reply')).toEqual([3]);
    expect(run(index, 'kindy -is:reply')).toEqual([0, 2, 5]);
    expect(run(index, 'chez has:links')).toEqual([0]);
    expect(run(index, 'kindy has:media')).toEqual([2]);
    expect(run(index, 'chez has:mentions -has:hashtags')).toEqual([1]);
    expect(run(index, 'collection is:retweet')).toEqual([]);
  });

  it('merges sorted postings', () => {
    expect(union([1, 3, 5], [2, 3, 6])).toEqual([1, 2, 3, 5, 6]);
    expect(intersect([1, 3, 5, 7], [3, 7, 9])).toEqual([3, 7]);
    const big = Array.from({ length: 1000 }, (_, i) => i * 2);
    expect(intersect([4, 5, 1998], big)).toEqual([4, 1998]);
    expect(difference([1, 2, 3, 5, 8], [2, 5, 9])).toEqual([1, 3, 8]);
    expect(difference([4, 5, 1998], big)).toEqual([5]);
    expect(difference([4, 5], [])).toEqual([4, 5]);
  });
});
