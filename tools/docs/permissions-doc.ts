import { ROLES } from '@xp/shared';
import { PERMISSIONS, type Permission } from '@xp/server/domain';

/** docs/permissions.md, generated from the matrix in libs/shared/src/rules/permissions.ts. */
export function renderPermissionsDoc(): string {
  const head = `| permission | ${ROLES.join(' | ')} |\n|---|${ROLES.map(() => ':-:').join('|')}|`;
  const rows = (Object.keys(PERMISSIONS) as Permission[]).map(
    (p) =>
      `| \`${p}\` | ${ROLES.map((r) => ((PERMISSIONS[p] as readonly string[]).includes(r) ? '✔' : '—')).join(' | ')} |`,
  );
  return `# Roles and permissions

Generated from \`libs/shared/src/rules/permissions.ts\` (the one place in code that decides);
a unit test fails when this page and the code disagree. Regenerate with
\`node tools/scripts/build-server.mjs && node -e "process.stdout.write(require('./dist/server/tools/docs/permissions-doc.js').renderPermissionsDoc())" > docs/permissions.md\`.

- A user who is not a member of a workspace gets **404** for anything in it (its existence is not revealed).
- A member whose role lacks the permission gets **403**.
- A membership may be limited to some X accounts (e.g. a recruiter who only sees @TotalCareers); \`null\` means every account.
- Only an owner can make or unmake an owner; an admin grants any other role. A workspace always keeps at least one owner.
- Members may always leave a workspace (unless they are its last owner).
- A **viewer** follows the work without changing it (legal, communications, an agency's client): it reads everything
  in its scope, comments on posts (a comment never changes what is published) and may subscribe to the calendar it
  can read (an iCal feed dies with its creator's membership or right); it writes no post and places no hold.
- The web app reads this same matrix (\`@xp/shared/permissions\`) to show each action, the hold banner's release
  button and the read-only banner, so a screen never offers what the API refuses.

${head}
${rows.join('\n')}
`;
}
