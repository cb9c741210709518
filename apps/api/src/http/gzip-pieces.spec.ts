import { gunzipSync } from 'node:zlib';
import { gzipPiece, gzipPieceNow, joinGzip } from './gzip-pieces';

describe('gzip pieces', () => {
  it('pieces compressed apart join into one gzip stream of their concatenation', async () => {
    const parts = ['{"items":[', '{"a":1},{"a":2}', ',', 'x'.repeat(100_000), ']}', ''];
    const joined = joinGzip(await Promise.all(parts.map((p) => gzipPiece(p))));
    expect(gunzipSync(joined).toString()).toBe(parts.join(''));
    expect(joined.length).toBeLessThan(parts.join('').length / 10);
  });

  it('reuses a piece in another answer and in another order', async () => {
    const a = await gzipPiece('alpha '.repeat(1000));
    const b = gzipPieceNow('beta ');
    expect(gunzipSync(joinGzip([b, a, b])).toString()).toBe(`beta ${'alpha '.repeat(1000)}beta `);
  });

  it('an answer with no piece is an empty gzip stream', () => {
    expect(gunzipSync(joinGzip([])).length).toBe(0);
  });
});
