import { DomainError } from '@xp/server/domain';
import type { AccountRepository } from '../accounts/account.ports';

/**
 * An account scope (membership or invitation) may only name accounts of its own workspace: another tenant's
 * account ids are refused like unknown ones (400), never stored.
 */
export async function requireWorkspaceAccounts(
  accounts: AccountRepository,
  workspaceId: string,
  accountIds: readonly string[] | null | undefined,
): Promise<void> {
  if (!accountIds?.length) return;
  const known = new Set((await accounts.list(workspaceId, null)).map((a) => a.id));
  const unknown = accountIds.filter((id) => !known.has(id));
  if (unknown.length)
    throw new DomainError(
      'invalid',
      'ACCOUNT_NOT_FOUND',
      'Unknown account for this workspace',
      unknown.map((id) => ({ field: 'accountIds', message: `unknown account ${id}` })),
    );
}
