import { BadRequestException } from '@nestjs/common';

/** Deeper than any body the API takes (a thread's poll is 5 levels deep): refused before parsing. */
export const MAX_JSON_DEPTH = 32;

/**
 * Checks a raw JSON body before it is parsed and validated, in one pass that keeps nothing: nesting deeper than
 * `maxDepth` (a `[`×5000 body would otherwise exhaust the validator's stack) and the NUL character (`\u0000`, which
 * PostgreSQL cannot store in text) are refused with a 400 a person can act on.
 */
export function checkJsonBody(buf: Buffer, maxDepth = MAX_JSON_DEPTH): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < buf.length; i++) {
    const c = buf[i]!;
    if (inString) {
      if (c === 0x5c /* \ */) {
        // \u0000 (any case of hex digits: only zeros make NUL)
        if (buf[i + 1] === 0x75 && buf.subarray(i + 2, i + 6).toString('latin1') === '0000') {
          throw new BadRequestException({
            code: 'NUL_CHARACTER',
            message: 'Text cannot contain the NUL character (\\u0000); remove it and try again',
          });
        }
        i++;
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

/** `%00` anywhere in a URL (path or query) is refused the same way. */
export function hasNulInUrl(url: string): boolean {
  return /%00/.test(url);
}
