import { bulkRequest, localInputToIso, mergeUpdated, rowExcerpt, selectedPosts, tabQuery } from './my-work-views';

describe('my work views', () => {
  it('maps each tab to its list query', () => {
    expect(tabQuery('drafts')).toEqual({ author: 'me', status: ['draft', 'changes_requested'] });
    expect(tabQuery('undated')).toEqual({ author: 'me', undated: true });
    expect(tabQuery('waiting')).toEqual({ waitingOn: 'me' });
    expect(tabQuery('mine')).toEqual({ author: 'me' });
    expect(tabQuery('mine', 'scheduled')).toEqual({ author: 'me', status: ['scheduled'] });
  });

  it('builds a bulk request with each post’s version', () => {
    expect(bulkRequest({ action: 'tag', tags: ['été'] }, [{ id: 'a', version: 3 }])).toEqual({
      action: 'tag',
      tags: ['été'],
      posts: [{ id: 'a', version: 3 }],
    });
  });

  it('reads a datetime-local value in the browser zone, refusing anything else', () => {
    expect(localInputToIso('2026-07-01T09:30')).toBe(new Date(2026, 6, 1, 9, 30).toISOString());
    expect(localInputToIso('')).toBeNull();
    expect(localInputToIso('demain')).toBeNull();
  });

  it('cuts long texts, keeps selection order and merges updated rows', () => {
    expect(rowExcerpt({ segments: [{ text: 'x'.repeat(200) }] } as never)).toHaveLength(140);
    expect(rowExcerpt({ segments: [] } as never)).toBe('');
    const items = [
      { id: 'a', v: 1 },
      { id: 'b', v: 1 },
      { id: 'c', v: 1 },
    ];
    expect(selectedPosts(items, new Set(['c', 'a'])).map((p) => p.id)).toEqual(['a', 'c']);
    expect(mergeUpdated(items, [{ id: 'b', v: 2 }])).toEqual([
      { id: 'a', v: 1 },
      { id: 'b', v: 2 },
      { id: 'c', v: 1 },
    ]);
  });
});
