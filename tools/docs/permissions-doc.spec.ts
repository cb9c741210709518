import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPermissionsDoc } from './permissions-doc';

it('docs/permissions.md matches the permission matrix in code', () => {
  expect(readFileSync(join(__dirname, '../../docs/permissions.md'), 'utf8')).toBe(renderPermissionsDoc());
});
