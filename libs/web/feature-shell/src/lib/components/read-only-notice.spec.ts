import { ROLES } from '@xp/shared';
import { PERMISSIONS } from '@xp/shared/permissions';
import en from '../../../../../../apps/web/src/i18n/en.json';
import fr from '../../../../../../apps/web/src/i18n/fr.json';
import { readOnlyNotice } from './read-only-notice';

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
      expect(fr.shell.readOnly[key as keyof typeof fr.shell.readOnly]).toContain('{{role}}');
      expect(en.shell.readOnly[key as keyof typeof en.shell.readOnly]).toContain('{{role}}');
    }
  });
});
