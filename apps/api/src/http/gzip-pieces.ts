import { promisify } from 'node:util';
import { constants, crc32, deflateRaw, deflateRawSync } from 'node:zlib';

const deflateRawAsync = promisify(deflateRaw);

/**
 * A piece of a gzip answer compressed on its own: its plain bytes, and their raw deflate started with an empty
 * dictionary and ended by a full flush (byte-aligned, not final). Pieces compressed apart, in any order and at any
 * time, join into one valid gzip stream (the technique of parallel gzip, pigz), so an answer made of parts that do
 * not change (the days of a series) is compressed once per part, not once per answer.
 */
export interface GzipPiece {
  plain: Buffer;
  deflated: Buffer;
}

/** Compression level of pieces (as the stored answers': 4). */
const LEVEL = 4;

const OPTIONS = { level: LEVEL, finishFlush: constants.Z_FULL_FLUSH };

/** A piece, compressed on the thread pool (off the event loop). */
export async function gzipPiece(plain: Buffer | string): Promise<GzipPiece> {
  const buf = typeof plain === 'string' ? Buffer.from(plain) : plain;
  return { plain: buf, deflated: await deflateRawAsync(buf, OPTIONS) };
}

/** A small constant piece, compressed at once (the glue between an answer's parts). */
export function gzipPieceNow(plain: string): GzipPiece {
  const buf = Buffer.from(plain);
  return { plain: buf, deflated: deflateRawSync(buf, OPTIONS) };
}

/** gzip's header: deflate, no name or time, unknown OS (RFC 1952). */
const HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
/** A final empty block, closing the deflate stream. */
const END = deflateRawSync(Buffer.alloc(0));

/** One gzip member of the pieces in order: header, their deflate, the final block, CRC-32 and size of the whole. */
export function joinGzip(pieces: readonly GzipPiece[]): Buffer {
  let crc = 0;
  let size = 0;
  for (const p of pieces) {
    // An empty piece adds nothing (and crc32 of an empty buffer was seen to return 0 under Jest).
    if (p.plain.length) crc = crc32(p.plain, crc);
    size += p.plain.length;
  }
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size % 2 ** 32, 4);
  return Buffer.concat([HEADER, ...pieces.map((p) => p.deflated), END, trailer]);
}

export const pieceBytes = (p: GzipPiece) => p.plain.length + p.deflated.length;
