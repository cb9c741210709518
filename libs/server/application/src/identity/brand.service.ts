import { Injectable } from '@nestjs/common';
import { catalogueError, DomainError, staleVersion } from '@xp/server/domain';
import { BrandRepository, Clock, type BrandPatch, type BrandRecord, type PageRequest, type PageResult } from '../ports';
import { AccountRepository } from '../accounts/account.ports';
import { AccessService, isUuid, type Actor } from './access.service';

const duplicate = (name: string) =>
  new DomainError('conflict', 'BRAND_NAME_TAKEN', `A brand named "${name}" already exists in this workspace`, [
    { field: 'name', message: 'already used' },
  ]);

@Injectable()
export class BrandService {
  constructor(
    private readonly brands: BrandRepository,
    private readonly access: AccessService,
    private readonly clock: Clock,
    private readonly accounts: AccountRepository,
  ) {}

  async list(workspaceId: string, actor: Actor, page: PageRequest): Promise<PageResult<BrandRecord>> {
    await this.access.require(workspaceId, actor, 'brands.read');
    return this.brands.list(workspaceId, page);
  }

  async get(workspaceId: string, actor: Actor, id: string): Promise<BrandRecord> {
    await this.access.require(workspaceId, actor, 'brands.read');
    const b = isUuid(id) ? await this.brands.find(workspaceId, id) : null;
    if (!b) throw catalogueError('not_found', 'BRAND_NOT_FOUND');
    return b;
  }

  async create(
    workspaceId: string,
    actor: Actor,
    input: { name: string; color?: string | null },
  ): Promise<BrandRecord> {
    await this.access.require(workspaceId, actor, 'brands.write');
    const now = this.clock.now();
    const name = input.name.trim();
    const b = await this.brands.insert({
      workspaceId,
      name,
      color: input.color ?? null,
      createdAt: now,
      updatedAt: now,
    });
    if (!b) throw duplicate(name);
    return b;
  }

  async update(
    workspaceId: string,
    actor: Actor,
    id: string,
    patch: BrandPatch,
    version: number,
  ): Promise<BrandRecord> {
    await this.access.require(workspaceId, actor, 'brands.write');
    if (!isUuid(id)) throw catalogueError('not_found', 'BRAND_NOT_FOUND');
    const name = patch.name?.trim();
    const res = await this.brands.update(workspaceId, id, version, { ...patch, name }, this.clock.now());
    if (res === null) throw catalogueError('not_found', 'BRAND_NOT_FOUND');
    if (res === 'stale') throw staleVersion();
    if (res === 'duplicate') throw duplicate(name ?? '');
    return res;
  }

  async remove(workspaceId: string, actor: Actor, id: string): Promise<void> {
    await this.access.require(workspaceId, actor, 'brands.write');
    if (!isUuid(id) || !(await this.brands.find(workspaceId, id))) throw catalogueError('not_found', 'BRAND_NOT_FOUND');
    const connected = (await this.accounts.list(workspaceId, null)).filter((a) => a.brandId === id);
    if (connected.length)
      throw catalogueError('conflict', 'BRAND_HAS_ACCOUNTS', {
        handles: connected.map((a) => `@${a.handle}`).join(', '),
      });
    if (!(await this.brands.delete(workspaceId, id))) throw catalogueError('not_found', 'BRAND_NOT_FOUND');
  }
}
