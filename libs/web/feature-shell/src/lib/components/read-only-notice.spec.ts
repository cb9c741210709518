import { ROLES } from '@xp/shared';
import { PERMISSIONS } from '@xp/shared/permissions';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readOnlyNotice } from './read-only-notice';

// The web app's translations, read as files (a library does not import the app).
type Texts = { shell: { readOnly: Record<string, string> } };
const i18n = (lang: string): Texts =>
  JSON.parse(readFileSync(join(__dirname, '../../../../../../apps/web/src/i18n', `${lang}.json`), 'utf8')) as Texts;
const fr = i18n('fr');
const en = i18n('en');

describe('the read-only banner', () => {
  it('is shown to exactly the roles the matrix denies posts.write, and says a viewer may comment and subscribe', () => {
    for (const role of ROLES) {
      const writes = (PERMISSIONS['posts.write'] as readonly string[]).includes(role);
      expect(readOnlyNotice(role) === null).toBe(writes);
    }
    expect(readOnlyNotice('viewer')).toBe('commentAndFeeds');
    expect(readOnlyNotice(undefined)).toBeNull();
  });

  it('has its text in both languages for every answer', () => {
    for (const key of ['commentAndFeeds', 'comment', 'feeds', 'only']) {
      expect(fr.shell.readOnly[key]).toContain('{{role}}');
      expect(en.shell.readOnly[key]).toContain('{{role}}');
    }
  });
});
