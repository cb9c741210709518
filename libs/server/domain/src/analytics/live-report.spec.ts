import {
  bucketStart,
  liveSessionReport,
  liveTimeline,
  liveTopPosts,
  liveTotals,
  median,
  truncateText,
  type LivePostFigures,
} from './index';

const at = (hhmmss: string) => new Date(`2026-05-24T${hhmmss}.000Z`);
const window = { startsAt: at('13:05:00'), endsAt: at('14:00:00') };

let seq = 0;
function post(over: Partial<LivePostFigures>): LivePostFigures {
  seq++;
  return {
    postId: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    status: 'published',
    text: `Tour ${seq}`,
    scheduledAt: at('13:10:00'),
    publishedAt: at('13:10:02'),
    impressions: 0,
    likes: 0,
    reposts: 0,
    replies: 0,
    quotes: 0,
    bookmarks: 0,
    linkClicks: 0,
    measuredAt: at('15:10:02'),
    ...over,
  };
}

describe("a live session's report", () => {
  const start = post({
    text: 'Départ !',
    publishedAt: at('13:05:40'),
    scheduledAt: at('13:05:30'),
    impressions: 1000,
    likes: 40,
    reposts: 10,
    replies: 5,
    quotes: 3,
    bookmarks: 2,
    linkClicks: 7,
  });
  const pit = post({
    publishedAt: at('13:21:00'),
    scheduledAt: at('13:20:58'),
    impressions: 400,
    likes: 4,
    replies: 1,
  });
  const crash = post({
    publishedAt: at('13:29:59'),
    scheduledAt: at('13:29:59'),
    impressions: 2500,
    likes: 200,
    reposts: 80,
    linkClicks: 1,
  });
  const late = post({
    publishedAt: at('14:03:00'),
    scheduledAt: at('13:59:00'),
    impressions: 400,
    likes: 10,
    measuredAt: null,
  });
  const posts = [
    start,
    pit,
    crash,
    late,
    post({ status: 'missed', publishedAt: null, impressions: 0 }),
    post({ status: 'failed', publishedAt: null }),
    post({ status: 'unconfirmed', publishedAt: null }),
    post({ status: 'in_review', publishedAt: null }),
    post({ status: 'cancelled', publishedAt: null }),
  ];

  it('sums the published posts only, and rates the sums', () => {
    expect(liveTotals(posts)).toEqual({
      posts: 4,
      measured: 3,
      impressions: 4300,
      likes: 254,
      reposts: 90,
      replies: 6,
      quotes: 3,
      bookmarks: 2,
      linkClicks: 8,
      engagements: 355,
      engagementRate: 0.0826,
    });
    expect(liveTotals([]).engagementRate).toBe(0);
  });

  it('buckets by 10 minutes of UTC: every bucket of the window, empty ones too, and those of posts outside it', () => {
    const timeline = liveTimeline(window, posts);
    expect(timeline.map((b) => [b.start.toISOString().slice(11, 16), b.posts, b.impressions, b.engagements])).toEqual([
      ['13:00', 1, 1000, 60],
      ['13:10', 0, 0, 0],
      ['13:20', 2, 2900, 285],
      ['13:30', 0, 0, 0],
      ['13:40', 0, 0, 0],
      ['13:50', 0, 0, 0],
      ['14:00', 1, 400, 10],
    ]);
    // The buckets add up to the totals.
    const totals = liveTotals(posts);
    expect(timeline.reduce((s, b) => s + b.posts, 0)).toBe(totals.posts);
    expect(timeline.reduce((s, b) => s + b.impressions, 0)).toBe(totals.impressions);
    expect(timeline.reduce((s, b) => s + b.engagements, 0)).toBe(totals.engagements);
    expect(bucketStart(at('13:59:59'), 15).toISOString()).toBe('2026-05-24T13:45:00.000Z');
  });

  it('ranks the best posts by impressions, then engagements, then the earliest, five at most', () => {
    const tie = post({ publishedAt: at('13:40:00'), impressions: 400, likes: 10 });
    const many = [...posts, tie, post({ impressions: 10 }), post({ impressions: 20 })];
    const top = liveTopPosts(many);
    expect(top.map((p) => p.postId)).toEqual([crash.postId, start.postId, tie.postId, late.postId, pit.postId]);
    expect(top[0]).toEqual({
      postId: crash.postId,
      text: crash.text,
      publishedAt: crash.publishedAt,
      impressions: 2500,
      engagements: 280,
      engagementRate: 0.112,
    });
  });

  it('says how publishing went: outcomes and how late the published posts went out', () => {
    expect(liveSessionReport(window, posts).publishing).toEqual({
      planned: 8,
      published: 4,
      pending: 1,
      failed: 2,
      missed: 1,
      cancelled: 1,
      medianLatencyMs: 6000, // 10 s, 2 s, 0 s, 240 s: (2 + 10) / 2
      maxLatencyMs: 240_000,
    });
    expect(liveSessionReport(window, []).publishing.medianLatencyMs).toBeNull();
  });

  it('dates the figures by their latest reading', () => {
    expect(liveSessionReport(window, posts).measuredAt).toEqual(at('15:10:02'));
    expect(liveSessionReport(window, [late]).measuredAt).toBeNull();
  });

  it('cuts long texts without splitting an emoji', () => {
    expect(truncateText('  Départ !  ')).toBe('Départ !');
    expect(truncateText('🏎️'.repeat(60), 10)).toBe(`${Array.from('🏎️'.repeat(60)).slice(0, 9).join('')}…`);
    expect(Array.from(truncateText('a'.repeat(300))).length).toBe(100);
  });

  it('takes the median of an odd or even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
