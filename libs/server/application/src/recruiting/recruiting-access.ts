import { Injectable } from '@nestjs/common';
import { catalogueError, coversAccount, DomainError, type Permission } from '@xp/server/domain';
import type { MessageCode } from '@xp/shared';
import { AccountRepository, type AccountRecord } from '../accounts/account.ports';
import { AccessService, isUuid, type Actor } from '../identity/access.service';
import type { MembershipRecord } from '../ports';

export const accountNotFound = () =>
  new DomainError('invalid', 'ACCOUNT_NOT_FOUND', 'Unknown account for this workspace', [
    { field: 'accountId', message: 'unknown account' },
  ]);

/**
 * The record `load` reads for `id`, if there is one and `scope` (a member's accounts; null: all) covers its account;
 * else `code` (404): a record of an account out of the member's scope is not found either.
 */
export async function findInScope<T extends { accountId: string }>(
  scope: string[] | null,
  id: string,
  load: (id: string) => Promise<T | null>,
  code: MessageCode,
): Promise<T> {
  const r = isUuid(id) ? await load(id) : null;
  if (!r || !coversAccount(scope, r.accountId)) throw catalogueError('not_found', code);
  return r;
}

/** Role and account-scope checks shared by the recruiting services. */
@Injectable()
export class RecruitingAccess {
  constructor(
    private readonly access: AccessService,
    private readonly accounts: AccountRepository,
  ) {}

  require(workspaceId: string, actor: Actor, permission: Permission): Promise<MembershipRecord> {
    return this.access.require(workspaceId, actor, permission);
  }

  /** The account, if the member's scope covers it (else ACCOUNT_NOT_FOUND, as for posts). */
  async account(workspaceId: string, m: MembershipRecord, accountId: string): Promise<AccountRecord> {
    const a = isUuid(accountId) ? await this.accounts.find(workspaceId, accountId) : null;
    if (!a || !coversAccount(m.accountIds, a.id)) throw accountNotFound();
    return a;
  }

  /** For reads on one account: the `posts.read` permission, then the account within the member's scope. */
  async readableAccount(workspaceId: string, actor: Actor, accountId: string): Promise<AccountRecord> {
    return this.account(workspaceId, await this.require(workspaceId, actor, 'posts.read'), accountId);
  }

  /** For writes on one account: the `posts.write` permission, then the account within the member's scope. */
  async writableAccount(workspaceId: string, actor: Actor, accountId: string): Promise<AccountRecord> {
    return this.account(workspaceId, await this.require(workspaceId, actor, 'posts.write'), accountId);
  }
}
