import { BadRequestException } from '@nestjs/common';
import { checkJsonBody, hasNulInUrl, MAX_JSON_DEPTH } from './json-guard';

const code = (body: string) => {
  try {
    checkJsonBody(Buffer.from(body));
    return 'ok';
  } catch (e) {
    return ((e as BadRequestException).getResponse() as { code: string }).code;
  }
};

describe('checkJsonBody', () => {
  it('refuses nesting deeper than the limit, before any parser or validator sees it', () => {
    expect(code('['.repeat(5000))).toBe('JSON_TOO_DEEP');
    expect(code('{"a":'.repeat(MAX_JSON_DEPTH + 1))).toBe('JSON_TOO_DEEP');
    expect(code('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH))).toBe('ok');
  });
  it('counts brackets inside strings as text', () => {
    expect(code(JSON.stringify({ text: '['.repeat(5000) }))).toBe('ok');
    expect(code(JSON.stringify({ text: 'a "quoted [ \\" ] thing' }))).toBe('ok');
  });
  it('refuses the NUL character but not an escaped backslash followed by u0000', () => {
    expect(code(JSON.stringify({ email: 'a\u0000@b.fr' }))).toBe('NUL_CHARACTER');
    expect(code(JSON.stringify({ segments: [{ text: 'x\u0000' }] }))).toBe('NUL_CHARACTER');
    expect(code(JSON.stringify({ text: 'C:\\u0000dir' }))).toBe('ok');
    expect(code(JSON.stringify({ text: '\u0001 é ✓' }))).toBe('ok');
  });
  it('refuses lone UTF-16 surrogates, not an emoji written as a pair of escapes', () => {
    expect(code(JSON.stringify({ title: 'a\uD800b' }))).toBe('UNPAIRED_SURROGATE');
    expect(code(JSON.stringify({ title: 'a\uDC00' }))).toBe('UNPAIRED_SURROGATE');
    expect(code(JSON.stringify({ title: '\uD800' }))).toBe('UNPAIRED_SURROGATE');
    expect(code('{"title":"\\uD83D\\uDE00 \\ud83d\\ude00"}')).toBe('ok');
    expect(code(JSON.stringify({ title: '😀 \\uD800 as text' }))).toBe('ok');
  });
  it('spots %00 in an address', () => {
    expect(hasNulInUrl('/api/workspaces/x/posts?tag=%00')).toBe(true);
    expect(hasNulInUrl('/api/workspaces/x/posts?tag=%2500')).toBe(false);
  });
});
