import { catalogueError } from '@xp/server/domain';
import { isUuid } from '../identity/access.service';
import type { BrandRepository, MembershipRecord } from '../ports';
import type { AccountRepository } from './account.ports';

/**
 * The brands a member works on: those of their accounts (null for a member not limited to some accounts: every
 * brand). Resources kept per brand (saved replies, listening monitors) are seen within this scope.
 */
export async function memberBrands(
  accounts: AccountRepository,
  workspaceId: string,
  m: MembershipRecord,
): Promise<string[] | null> {
  if (m.accountIds === null) return null;
  return [...new Set((await accounts.list(workspaceId, m.accountIds)).map((a) => a.brandId))];
}

/**
 * Refuses a brand that is not the workspace's or not in the member's scope (`memberBrands`): 400 BRAND_NOT_FOUND on
 * `brandId`.
 */
export async function requireBrandInScope(
  brands: BrandRepository,
  accounts: AccountRepository,
  workspaceId: string,
  m: MembershipRecord,
  brandId: string,
): Promise<void> {
  const scope = await memberBrands(accounts, workspaceId, m);
  if (!isUuid(brandId) || !(await brands.find(workspaceId, brandId)) || (scope && !scope.includes(brandId)))
    throw catalogueError('invalid', 'BRAND_NOT_FOUND', {}, [{ field: 'brandId', message: 'unknown brand' }]);
}
