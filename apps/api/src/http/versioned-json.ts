import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { promisify } from 'node:util';
import { brotliCompress, constants, gunzip, gzip } from 'node:zlib';
import { SizedLru } from './sized-lru';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);
const brotliAsync = promisify(brotliCompress);

/** Compression level of stored answers: level 6 costs ~40 % more time than 4 for a few % fewer bytes. */
const GZIP_LEVEL = 4;
/**
 * Brotli quality of stored answers: 5 makes a calendar month ~20 % smaller than gzip 4 for ~4× its time, which is
 * paid once per validator, off the request path (the first answers go out with gzip while brotli is produced).
 */
const BROTLI_QUALITY = 5;
/**
 * Memory for stored answers, per API process: a month of 30,000 posts is about 4 MB gzip-compressed (30 MB plain,
 * kept only once a client without gzip asked for it).
 */
const DEFAULT_BUDGET_BYTES = 64 * 1024 * 1024;

/** An answer its producer already gzip-compressed (kept and sent as is; no brotli copy). */
export class GzipBody {
  constructor(readonly gz: Buffer) {}
}

interface Stored {
  gz: Buffer;
  /** Brotli, once produced in the background after the gzip answer (browsers accept both and prefer it). */
  br?: Buffer;
  /** The plain JSON: kept once a client that does not accept gzip asked for it (browsers always accept gzip). */
  json?: Buffer | Promise<Buffer>;
}

/**
 * Conditional, compressed JSON answers for large read-mostly resources (the calendar range query), keyed by a
 * validator the application computes cheaply (`PostService.listVersion`):
 * - the validator is sent as a weak ETag; `If-None-Match` with it answers 304 without computing anything;
 * - otherwise the answer is produced once per validator (concurrent requests wait on the same production),
 *   gzip-compressed off the event loop, kept in a bounded LRU and sent as is to the next requests, gzip or plain
 *   as the client accepts; a brotli copy is then produced in the background and preferred by clients that
 *   accept it (fewer bytes for every later request, no cost on the first);
 * - a null validator (the data may be changing at this instant) means: produce, send, keep nothing, no ETag.
 * The validator covers the actor's scope and the query, so an answer is only ever reused for an identical one.
 * Always `Cache-Control: private, no-cache`: browsers keep it and revalidate, shared caches never store it.
 */
@Injectable()
export class VersionedJsonResponder {
  private readonly stored = new SizedLru<string, Stored>(DEFAULT_BUDGET_BYTES, size);
  private readonly producing = new Map<string, Promise<Stored>>();

  async send(req: Request, res: Response, version: string | null, produce: () => Promise<unknown>): Promise<void> {
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('Vary', 'Accept-Encoding');
    // The server's preference among what the client accepts (browsers list gzip first but take brotli).
    const acceptable = req.acceptsEncodings();
    const brOk = acceptable.includes('br');
    const gzipOk = acceptable.includes('gzip');
    if (version === null) {
      const out = await produce();
      if (out instanceof GzipBody)
        return write(res, gzipOk ? out.gz : await gunzipAsync(out.gz), gzipOk ? 'gzip' : null);
      const json = Buffer.from(JSON.stringify(out));
      return write(res, gzipOk ? await gzipAsync(json, { level: GZIP_LEVEL }) : json, gzipOk ? 'gzip' : null);
    }
    res.setHeader('ETag', `W/"${version}"`);
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    const s = this.stored.get(version) ?? (await this.produceOnce(version, produce));
    if (brOk && s.br) return write(res, s.br, 'br');
    if (gzipOk) return write(res, s.gz, 'gzip');
    return write(res, await this.plain(version, s), null);
  }

  /** The plain JSON of a stored answer: decompressed once, then kept with it (counted in the budget). */
  private async plain(version: string, s: Stored): Promise<Buffer> {
    if (!s.json) {
      s.json = gunzipAsync(s.gz);
      const json = await s.json;
      s.json = json;
      if (this.stored.peek(version) === s) this.stored.resized(version);
    }
    return s.json;
  }

  private produceOnce(version: string, produce: () => Promise<unknown>): Promise<Stored> {
    let p = this.producing.get(version);
    if (!p) {
      p = (async () => {
        const out = await produce();
        const json = out instanceof GzipBody ? null : Buffer.from(JSON.stringify(out));
        const gz = json ? await gzipAsync(json, { level: GZIP_LEVEL }) : (out as GzipBody).gz;
        const stored: Stored = { gz };
        this.stored.set(version, stored);
        if (!json) return stored;
        this.addBrotli(version, stored, json);
        // The requests waiting on this production may want it plain: give them the buffer at hand.
        return { gz, json };
      })().finally(() => this.producing.delete(version));
      this.producing.set(version, p);
    }
    return p;
  }

  /** Compresses with brotli on the thread pool and attaches it to the stored answer if that is still kept. */
  private addBrotli(version: string, s: Stored, json: Buffer): void {
    brotliAsync(json, {
      params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: json.length },
    }).then(
      (br) => {
        if (this.stored.peek(version) !== s || br.length >= s.gz.length) return;
        s.br = br;
        this.stored.resized(version);
      },
      () => undefined, // gzip still serves: brotli is an optimisation only
    );
  }
}

const size = (s: Stored) => s.gz.length + (s.br?.length ?? 0) + (Buffer.isBuffer(s.json) ? s.json.length : 0);

function write(res: Response, body: Buffer, encoding: 'br' | 'gzip' | null): void {
  res.status(200);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  if (encoding) res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', body.length);
  res.end(body);
}
