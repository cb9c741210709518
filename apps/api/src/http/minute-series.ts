import { Injectable } from '@nestjs/common';
import type { SeriesRow } from '@xp/server/application';
import { gzipPiece, gzipPieceNow, joinGzip, pieceBytes, type GzipPiece } from './gzip-pieces';
import { SizedLru } from './sized-lru';

const DAY_MS = 86_400_000;
/** Memory for the days kept, per API process (a month of one monitor's minutes: ~3 MB plain, ~0.4 MB deflated). */
const BUDGET_BYTES = 64 * 1024 * 1024;

const PREFIX = gzipPieceNow('{"items":[');
const COMMA = gzipPieceNow(',');
const SUFFIX = gzipPieceNow('],"nextCursor":null}');

/** What a minute series answer covers: the monitor (its settings' version), how far it counted, and the range. */
export interface MinuteSeriesRequest {
  monitorId: string;
  version: number;
  /** The end of the last minute the monitor counted (ms; null before its first read). */
  countedUntil: number | null;
  from: Date;
  to: Date;
  /** The stored minutes of a sub-range of [from, to), in order. */
  rows: (from: Date, to: Date) => Promise<SeriesRow[]>;
}

/**
 * A month of minutes (`GET …/monitors/{id}/series?granularity=minute`, 44,640 points, ~3 MB of JSON) answered
 * from its days: the minutes a monitor counted never change (a poll only writes the minutes after its
 * `countedUntil`, and another query is another version), so each day of the range that was fully counted is read,
 * serialised and compressed once, then kept (bounded LRU). After a read of X only the day still being counted and
 * a range's partial first day are read again; the answer is their gzip pieces joined (see gzip-pieces.ts).
 */
@Injectable()
export class MinuteSeriesAnswers {
  private readonly days = new SizedLru<string, GzipPiece>(BUDGET_BYTES, pieceBytes);

  async gzip(r: MinuteSeriesRequest): Promise<Buffer> {
    const parts: { from: number; to: number; key: string | null; piece?: GzipPiece }[] = [];
    const [start, end] = [r.from.getTime(), r.to.getTime()];
    for (let d = Math.floor(start / DAY_MS) * DAY_MS; d < end; d += DAY_MS) {
      const from = Math.max(start, d);
      const to = Math.min(end, d + DAY_MS);
      // Kept only once every minute of it was counted (nothing will be written there any more).
      const key = r.countedUntil !== null && to <= r.countedUntil ? `${r.monitorId}:${r.version}:${from}:${to}` : null;
      parts.push({ from, to, key, piece: key ? this.days.get(key) : undefined });
    }
    // What is missing, read in runs of consecutive days (one query each), then split by day.
    for (let i = 0; i < parts.length;) {
      if (parts[i]!.piece) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < parts.length && !parts[j + 1]!.piece) j++;
      const rows = await r.rows(new Date(parts[i]!.from), new Date(parts[j]!.to));
      let k = 0;
      for (const p of parts.slice(i, j + 1)) {
        const mine: SeriesRow[] = [];
        while (k < rows.length && Date.parse(rows[k]!.start) < p.to) mine.push(rows[k++]!);
        p.piece = await gzipPiece(JSON.stringify(mine).slice(1, -1));
        if (p.key) this.days.set(p.key, p.piece);
      }
      i = j + 1;
    }
    const pieces: GzipPiece[] = [PREFIX];
    for (const p of parts) {
      if (!p.piece!.plain.length) continue;
      if (pieces.length > 1) pieces.push(COMMA);
      pieces.push(p.piece!);
    }
    pieces.push(SUFFIX);
    return joinGzip(pieces);
  }
}
