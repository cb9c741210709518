import { BadRequestException } from '@nestjs/common';

/** Deeper than any body the API takes (a thread's poll is 5 levels deep): refused before parsing. */
export const MAX_JSON_DEPTH = 32;

/**
 * Checks a raw JSON body before it is parsed and validated, in one pass that keeps nothing: nesting deeper than
 * `maxDepth` (a `[`×5000 body would otherwise exhaust the validator's stack), the NUL character (`\u0000`, which
 * PostgreSQL cannot store in text) and lone UTF-16 surrogates (which no encoding of text can hold) are refused with
 * a 400 a person can act on.
 */
export function checkJsonBody(buf: Buffer, maxDepth = MAX_JSON_DEPTH): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < buf.length; i++) {
    const c = buf[i]!;
    if (inString) {
      if (c === 0x5c /* \ */) {
        const unit = escapedUnit(buf, i);
        // \u0000 (any case of hex digits: only zeros make NUL)
        if (unit === 0) {
          throw new BadRequestException({
            code: 'NUL_CHARACTER',
            message: 'Text cannot contain the NUL character (\\u0000); remove it and try again',
          });
        }
        if (unit !== null && unit >= 0xd800 && unit <= 0xdfff) {
          // A UTF-16 surrogate is text only as a high one followed by a low one (an emoji written as escapes).
          const low = unit <= 0xdbff ? escapedUnit(buf, i + 6) : null;
          if (low === null || low < 0xdc00 || low > 0xdfff) {
            throw new BadRequestException({
              code: 'UNPAIRED_SURROGATE',
              message: 'Text contains an invalid character (a lone UTF-16 surrogate); remove it and try again',
            });
          }
          i += 6;
        }
        i += unit === null ? 1 : 5;
      } else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > maxDepth) {
        throw new BadRequestException({
          code: 'JSON_TOO_DEEP',
          message: `The request body is nested more than ${maxDepth} levels deep.`,
          params: { max: maxDepth },
        });
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
}

/** The code unit of a `\uXXXX` escape starting at `at`, or null when there is none there. */
function escapedUnit(buf: Buffer, at: number): number | null {
  if (buf[at] !== 0x5c || buf[at + 1] !== 0x75) return null;
  const hex = buf.subarray(at + 2, at + 6).toString('latin1');
  return /^[0-9a-fA-F]{4}$/.test(hex) ? parseInt(hex, 16) : null;
}

/** `%00` anywhere in a URL (path or query) is refused the same way. */
export function hasNulInUrl(url: string): boolean {
  return /%00/.test(url);
}
