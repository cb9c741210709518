import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  catalogueError,
  categoryProblems,
  checkCharter,
  compileCharter,
  defaultCharter,
  DomainError,
  mergeCharter,
  POST_KINDS,
  prepareCharterCheck,
  staleVersion,
  type Charter,
} from '@xp/server/domain';
import { AuditLog } from '../audit/audit.ports';
import { AccessService, isUuid, type Actor } from '../identity/access.service';
import { BrandRepository, Clock } from '../ports';
import { CharterRepository } from './post.ports';

/** A brand's charter: the stored sections over the defaults. */
@Injectable()
export class CharterService implements OnModuleInit {
  constructor(
    private readonly charters: CharterRepository,
    private readonly brands: BrandRepository,
    private readonly access: AccessService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * Builds the check's word indexes and unpacks its classifier at boot (about a second), so that the first post
   * checked after a start does not wait for them.
   */
  onModuleInit(): void {
    prepareCharterCheck();
  }

  async get(workspaceId: string, actor: Actor, brandId: string): Promise<{ charter: Charter; version: number | null }> {
    await this.access.require(workspaceId, actor, 'brands.read');
    await this.brand(workspaceId, brandId);
    const stored = await this.charters.get(workspaceId, brandId);
    return {
      charter: mergeCharter(stored?.config),
      version: stored?.version ?? null,
    };
  }

  async put(
    workspaceId: string,
    actor: Actor,
    brandId: string,
    charter: Partial<Charter>,
    version: number | null,
  ): Promise<{ charter: Charter; version: number }> {
    await this.access.require(workspaceId, actor, 'charter.write');
    await this.brand(workspaceId, brandId);
    validateCharter(charter);
    const res = await this.charters.put(
      workspaceId,
      brandId,
      charter as Record<string, unknown>,
      version,
      this.clock.now(),
    );
    if (res === 'stale') throw staleVersion();
    await this.audit.record({
      workspaceId,
      actorId: actor.userId,
      action: 'charter.updated',
      subjectType: 'charter',
      subjectId: brandId,
      data: { version: res },
    });
    return { charter: mergeCharter(charter), version: res };
  }

  private async brand(workspaceId: string, brandId: string): Promise<void> {
    if (!isUuid(brandId) || !(await this.brands.find(workspaceId, brandId)))
      throw catalogueError('not_found', 'BRAND_NOT_FOUND');
  }
}

/** Only known sections, each an object; the merged charter must compile and run. */
function validateCharter(input: Partial<Charter>): void {
  const known = Object.keys(defaultCharter());
  const details = Object.entries(input)
    .filter(([k, v]) => !known.includes(k) || typeof v !== 'object' || v === null || Array.isArray(v))
    .map(([k]) => ({
      field: `charter.${k}`,
      message: known.includes(k) ? 'must be an object' : `unknown section (known: ${known.join(', ')})`,
    }));
  details.push(...categoryProblems(input.categories));
  if (details.length) throw new DomainError('invalid', 'BAD_CHARTER', 'The charter has invalid sections', details);
  try {
    const compiled = compileCharter(mergeCharter(input));
    for (const kind of POST_KINDS) {
      checkCharter(
        { accountId: 'check', kind, segments: [{ text: 'test #test @test https://example.com' }] },
        compiled,
      );
    }
  } catch (e) {
    throw new DomainError(
      'invalid',
      'BAD_CHARTER',
      `The charter is not valid: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}
