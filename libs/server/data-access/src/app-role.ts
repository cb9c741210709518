import { Client } from 'pg';
import { APP_ROLE } from './migrations/1795330000000-audit-keys-roles';

export { APP_ROLE };

/** `url` with another user and password (same server and database). */
export function withCredentials(url: string, user: string, password: string | undefined): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = password ? encodeURIComponent(password) : '';
  return u.toString();
}

/**
 * Makes the runtime role of `appUrl` able to log in (run with the owner's or an administrator's `adminUrl`, after the
 * migrations created the group role `xp_app` and its grants): `xp_app` itself gets LOGIN and the URL's password;
 * any other user is created (or updated) as a login member of `xp_app`. Needs CREATEROLE (or a superuser): without
 * it, an administrator does the same by hand (docs/security.md, "Database roles").
 */
export async function ensureAppRole(adminUrl: string, appUrl: string): Promise<void> {
  const app = new URL(appUrl);
  const user = decodeURIComponent(app.username);
  const password = app.password ? decodeURIComponent(app.password) : undefined;
  if (!user) throw new Error('DATABASE_URL names no user: the runtime role (xp_app) must be given');
  const admin = new Client({ connectionString: adminUrl, application_name: 'x-publisher-roles' });
  await admin.connect();
  try {
    const role = admin.escapeIdentifier(user);
    const pw = password ? ` PASSWORD ${admin.escapeLiteral(password)}` : '';
    if (user !== APP_ROLE) {
      const exists = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [user]);
      if (!exists.rowCount) {
        await admin.query(`CREATE ROLE ${role} LOGIN${pw} IN ROLE ${APP_ROLE}`).catch((e: { code?: string }) => {
          if (e.code !== '42710') throw e; // created meanwhile by another process
        });
      }
      await admin.query(`GRANT ${APP_ROLE} TO ${role}`);
    }
    await admin.query(`ALTER ROLE ${role} WITH LOGIN${pw}`);
  } finally {
    await admin.end();
  }
}

export interface RuntimeRolePrivileges {
  role: string;
  superuser: boolean;
  bypassRls: boolean;
  /** Tables of the schema the role owns, or could act as the owner of (membership). */
  ownedTables: number;
}

/** What the connected role could do beyond its grants. */
export async function runtimeRolePrivileges(
  query: (sql: string) => Promise<unknown[]>,
): Promise<RuntimeRolePrivileges> {
  const [r] = (await query(
    `SELECT current_user AS role, r.rolsuper AS superuser, r.rolbypassrls AS bypass_rls,
            (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
                AND pg_has_role(current_user, c.relowner, 'MEMBER')) AS owned
       FROM pg_roles r WHERE r.rolname = current_user`,
  )) as { role: string; superuser: boolean; bypass_rls: boolean; owned: number }[];
  return { role: r!.role, superuser: r!.superuser, bypassRls: r!.bypass_rls, ownedTables: r!.owned };
}

/** Why this role must not run the API or the scheduler; null when it owns nothing and is no superuser. */
export function privilegedRoleProblem(p: RuntimeRolePrivileges): string | null {
  const what = [
    p.superuser ? 'is a superuser' : null,
    p.bypassRls ? 'bypasses row-level security' : null,
    p.ownedTables ? `owns ${p.ownedTables} table(s)` : null,
  ].filter(Boolean);
  if (!what.length) return null;
  return `DATABASE_URL connects as "${p.role}", which ${what.join(' and ')}: it could disable the audit trail's append-only triggers and rewrite it. Connect the API and the scheduler as the runtime role ${APP_ROLE} (or a login member of it) and keep the owner for MIGRATION_DATABASE_URL (docs/security.md, "Database roles").`;
}
