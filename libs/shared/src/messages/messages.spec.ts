import {
  MESSAGE_BLOCKS,
  MESSAGE_CODES,
  MESSAGES,
  formatBoth,
  formatMessage,
  msg,
  placeholderNames,
  renderParams,
} from './index';

describe('the message catalogue', () => {
  it('has every code in French and English, with the same placeholders, and no empty text', () => {
    const problems: string[] = [];
    for (const code of MESSAGE_CODES) {
      const { fr, en } = MESSAGES[code] as { fr?: string; en?: string };
      if (!fr?.trim() || !en?.trim()) {
        problems.push(`${code}: a language is missing`);
        continue;
      }
      const a = placeholderNames(fr).sort();
      const b = placeholderNames(en).sort();
      if (a.join() !== b.join()) problems.push(`${code}: fr {${a.join()}} vs en {${b.join()}}`);
    }
    expect(problems).toEqual([]);
    expect(MESSAGE_CODES.length).toBeGreaterThan(150);
  });

  it('declares each code in one block only (a later block would silently replace an earlier text)', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [block, messages] of Object.entries(MESSAGE_BLOCKS)) {
      for (const code of Object.keys(messages)) {
        if (seen.has(code)) twice.push(`${code} in ${seen.get(code)} and ${block}`);
        seen.set(code, block);
      }
    }
    expect(twice).toEqual([]);
    expect(seen.size).toBe(MESSAGE_CODES.length);
  });

  it('uses upper-case codes (they are API error codes and Transloco keys)', () => {
    expect(MESSAGE_CODES.filter((c) => !/^[A-Z][A-Z0-9_]*$/.test(c))).toEqual([]);
  });

  it('fills placeholders, renders nested messages in the same language and picks bilingual texts', () => {
    const refusal = msg('ILLEGAL_TRANSITION', {
      action: msg('LIFECYCLE_ACTION_SUBMIT'),
      status: msg('POST_STATUS_SCHEDULED'),
    });
    expect(formatMessage('fr', refusal.code, refusal.params)).toBe(
      'Impossible de soumettre une publication au statut « Programmé ».',
    );
    expect(formatMessage('en', refusal.code, refusal.params)).toBe('Cannot submit a post in status "Scheduled".');
    expect(formatBoth(msg('CHARTER_BANNED_TERM', { excerpt: 'x', label: { fr: 'à nous', en: 'ours' } }))).toEqual({
      fr: '« x » est interdit par la charte de la marque (à nous).',
      en: '"x" is banned by the brand charter (ours).',
    });
    expect(formatMessage('en', 'OVERRIDE_REASON_REQUIRED', { min: 10 })).toContain('at least 10 characters');
  });

  it('leaves a missing parameter visible and answers an unknown code with the code', () => {
    expect(formatMessage('en', 'POST_TOO_LONG', { max: 280 })).toBe(
      'Segment too long for @{handle} (at most 280 weighted characters)',
    );
    expect(formatMessage('fr', 'NO_SUCH_CODE')).toBe('NO_SUCH_CODE');
  });

  it('renders nested parameters to plain values for a template engine such as Transloco', () => {
    expect(renderParams({ status: msg('POST_STATUS_DRAFT'), n: 3 }, 'fr', (r) => formatMessage('fr', r.code))).toEqual({
      status: 'Brouillon',
      n: 3,
    });
  });
});
