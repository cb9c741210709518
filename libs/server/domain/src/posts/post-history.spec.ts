// Every code the server may put in front of a person has words in both languages: the history actions of a post
// (post.submit, post.approve…) and the status reasons of its banner (awaiting_approvals, changes_requested…) in the
// web's translations (apps/web/src/i18n/{fr,en}.posts.json), and the notification kinds in the message catalogue
// (their titles, in the member's language).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { POST_HISTORY_ACTIONS, POST_STATUS_REASON_CODES } from './post-history';
import { MESSAGES, NOTIFICATION_EVENT_VALUES } from '@xp/shared';

const load = (file: string) =>
  JSON.parse(readFileSync(join(__dirname, '../../../../../apps/web/src/i18n', file), 'utf8')) as Record<
    string,
    unknown
  >;
const at = (tree: Record<string, unknown>, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), tree);

describe.each(['fr', 'en'] as const)('the server’s codes in words (%s)', (lang) => {
  const posts = load(`${lang}.posts.json`);

  it.each(POST_HISTORY_ACTIONS.map((a) => [a]))('history action %s', (action) => {
    const text = at(posts, `post.actions.${action.replace(/\./g, '_')}`);
    expect(typeof text).toBe('string');
    expect((text as string).length).toBeGreaterThan(2);
  });

  it.each(POST_STATUS_REASON_CODES.map((r) => [r]))('status reason %s', (reason) => {
    const text = at(posts, `post.reasons.${reason}`);
    expect(typeof text).toBe('string');
    expect(text).not.toContain('_');
  });

  it.each(NOTIFICATION_EVENT_VALUES.map((e) => [e]))('notification kind %s', (event) => {
    const prefix = `NOTIFY_${event.toUpperCase().replace(/\./g, '_')}`;
    const codes = Object.keys(MESSAGES).filter((c) => c === prefix || c.startsWith(`${prefix}_`));
    expect(codes.length).toBeGreaterThan(0);
    for (const c of codes)
      expect((MESSAGES as Record<string, { fr: string; en: string }>)[c]![lang].length).toBeGreaterThan(2);
  });
});
