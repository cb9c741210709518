import { Injectable } from '@nestjs/common';
import { catalogueError, staleVersion } from '@xp/server/domain';
import { AccountRepository } from '../accounts/account.ports';
import { memberBrands, requireBrandInScope } from '../accounts/brand-scope';
import { AccessService, isUuid, type Actor } from '../identity/access.service';
import { BrandRepository, Clock } from '../ports';
import { SavedReplyRepository, type SavedReplyRecord } from './inbox.ports';

/**
 * A brand's saved replies, in French or English: everyone who may read posts reads them, those who write posts
 * keep them. A member limited to some accounts sees the saved replies of their accounts' brands only.
 */
@Injectable()
export class SavedReplyService {
  constructor(
    private readonly replies: SavedReplyRepository,
    private readonly brands: BrandRepository,
    private readonly accounts: AccountRepository,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async list(
    workspaceId: string,
    actor: Actor,
    q: { brandId?: string; language?: string },
  ): Promise<SavedReplyRecord[]> {
    const m = await this.access.require(workspaceId, actor, 'posts.read');
    return this.replies.list(workspaceId, { brandIds: await memberBrands(this.accounts, workspaceId, m), ...q });
  }

  async create(
    workspaceId: string,
    actor: Actor,
    input: { brandId: string; language: 'fr' | 'en'; title: string; text: string },
  ): Promise<SavedReplyRecord> {
    const m = await this.access.require(workspaceId, actor, 'posts.write');
    await requireBrandInScope(this.brands, this.accounts, workspaceId, m, input.brandId);
    return this.replies.insert(
      { workspaceId, ...input, title: input.title.trim(), text: input.text.trim() },
      this.clock.now(),
    );
  }

  async update(
    workspaceId: string,
    actor: Actor,
    id: string,
    patch: { language?: 'fr' | 'en'; title?: string; text?: string },
    version: number,
  ): Promise<SavedReplyRecord> {
    await this.mine(workspaceId, actor, id);
    const r = await this.replies.update(workspaceId, id, version, patch, this.clock.now());
    if (r === 'stale') throw staleVersion();
    if (!r) throw catalogueError('not_found', 'SAVED_REPLY_NOT_FOUND');
    return r;
  }

  async remove(workspaceId: string, actor: Actor, id: string): Promise<void> {
    await this.mine(workspaceId, actor, id);
    if (!(await this.replies.delete(workspaceId, id))) throw catalogueError('not_found', 'SAVED_REPLY_NOT_FOUND');
  }

  private async mine(workspaceId: string, actor: Actor, id: string): Promise<SavedReplyRecord> {
    const m = await this.access.require(workspaceId, actor, 'posts.write');
    const r = isUuid(id) ? await this.replies.find(workspaceId, id) : null;
    const scope = await memberBrands(this.accounts, workspaceId, m);
    if (!r || (scope && !scope.includes(r.brandId))) throw catalogueError('not_found', 'SAVED_REPLY_NOT_FOUND');
    return r;
  }
}
