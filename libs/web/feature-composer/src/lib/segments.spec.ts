import type { PostDto } from '@xp/shared';
import { weightedLength } from '@xp/shared';
import {
  cloneSegments,
  draftSegments,
  splitSegment,
  textPastLimit,
  toSegmentInput,
  type SegmentDraft,
} from './segments';

const media = (id: string | null, altText = '') => ({
  key: 1,
  id,
  name: 'a.png',
  previewUrl: null,
  video: false,
  altText,
  uploading: id === null,
  error: null,
});

describe('composer segments', () => {
  it('sends only uploaded media and the non-blank poll options, trimmed', () => {
    const segment: SegmentDraft = {
      key: 1,
      text: 'Hello',
      media: [media('m1'), media(null)],
      poll: { options: [' Yes ', '', 'No'], durationMinutes: 60 },
    };
    expect(toSegmentInput(segment)).toEqual({
      text: 'Hello',
      mediaIds: ['m1'],
      poll: { options: ['Yes', 'No'], durationMinutes: 60 },
    });
  });

  it('leaves media and poll out of a text-only segment', () => {
    expect(toSegmentInput({ key: 2, text: 'Only text', media: [], poll: null })).toEqual({ text: 'Only text' });
  });

  it('reads a saved post back into drafts with fresh keys', () => {
    const post = {
      segments: [
        {
          text: 'First',
          media: [{ id: 'abcdef1234', altText: null }],
          poll: null,
          weightedLength: 5,
          maxWeightedLength: 280,
          valid: true,
        },
        {
          text: 'Second',
          media: [],
          poll: { options: ['A', 'B'], durationMinutes: 1440 },
          weightedLength: 6,
          maxWeightedLength: 280,
          valid: true,
        },
      ],
    } as unknown as PostDto;
    const drafts = draftSegments(post, (id) => `/api/workspaces/ws-1/media/${id}/content`);
    expect(drafts.map((d) => d.text)).toEqual(['First', 'Second']);
    // A saved image is previewed from the API and named by its place, not by its internal id.
    expect(drafts[0]!.media[0]).toMatchObject({
      id: 'abcdef1234',
      name: '#1',
      previewUrl: '/api/workspaces/ws-1/media/abcdef1234/content',
      altText: '',
      uploading: false,
    });
    expect(drafts[1]!.poll).toEqual({ options: ['A', 'B'], durationMinutes: 1440 });
    expect(new Set(drafts.map((d) => d.key)).size).toBe(2);
    expect(drafts.map(toSegmentInput)).toEqual([
      { text: 'First', mediaIds: ['abcdef1234'] },
      { text: 'Second', poll: { options: ['A', 'B'], durationMinutes: 1440 } },
    ]);
  });

  it('copies a thread for an account variant without sharing its arrays', () => {
    const shared: SegmentDraft[] = [
      { key: 1, text: 'T', media: [media('m1')], poll: { options: ['A', 'B'], durationMinutes: 60 } },
    ];
    const copy = cloneSegments(shared);
    copy[0]!.poll!.options.push('C');
    copy[0]!.media.pop();
    expect(shared[0]!.poll!.options).toEqual(['A', 'B']);
    expect(shared[0]!.media).toHaveLength(1);
    expect(copy[0]!.key).not.toBe(shared[0]!.key);
  });

  describe('split into a thread', () => {
    const long = [
      'Notre rédaction lance aujourd’hui une nouvelle série consacrée aux métiers de la transition énergétique.',
      'Chaque semaine, un reportage, un entretien et une infographie pour comprendre ce qui change vraiment.',
      'Premier épisode : les techniciens de maintenance des éoliennes en mer, au large de Saint-Nazaire.',
      'Abonnez-vous pour ne rien manquer et dites-nous quels métiers vous aimeriez découvrir ensuite.',
    ].join(' ');

    it('cuts a segment over the limit into several within it, at sentence ends; the first keeps media and poll', () => {
      const seg: SegmentDraft = { key: 7, text: long, media: [media('m1')], poll: null };
      const parts = splitSegment(seg, 280);
      expect(weightedLength(long)).toBeGreaterThan(280);
      expect(parts.length).toBeGreaterThanOrEqual(2);
      for (const p of parts) expect(weightedLength(p.text)).toBeLessThanOrEqual(280);
      for (const p of parts) expect(p.text).toMatch(/[.!?]$/);
      expect(parts.map((p) => p.text).join(' ')).toBe(long);
      expect(parts[0]).toMatchObject({ key: 7, media: [{ id: 'm1' }] });
      expect(parts.slice(1).every((p) => p.media.length === 0 && p.poll === null && p.key !== 7)).toBe(true);
      expect(new Set(parts.map((p) => p.key)).size).toBe(parts.length);
    });

    it('leaves a segment within the limit as it is (and splits against a long-post limit only past it)', () => {
      const seg: SegmentDraft = { key: 8, text: 'Court.', media: [], poll: null };
      expect(splitSegment(seg, 280)).toEqual([seg]);
      expect(splitSegment({ ...seg, text: long }, 25_000)).toHaveLength(1);
    });

    it('tells the part past the limit', () => {
      expect(textPastLimit('abc', 280)).toEqual({ within: 'abc', over: '' });
      const text = `${'a'.repeat(280)}DÉPASSEMENT`;
      expect(textPastLimit(text, 280)).toEqual({ within: 'a'.repeat(280), over: 'DÉPASSEMENT' });
    });
  });
});
