import { Injectable } from '@nestjs/common';
import { OutboxRepository, type OutboxRecord, type PageRequest, type PageResult } from '../ports';
import { AccessService, type Actor } from './access.service';

/** The emails of a workspace, readable by its owners when no SMTP server is configured. */
@Injectable()
export class OutboxService {
  constructor(
    private readonly outbox: OutboxRepository,
    private readonly access: AccessService,
  ) {}

  async list(workspaceId: string, actor: Actor, page: PageRequest): Promise<PageResult<OutboxRecord>> {
    await this.access.require(workspaceId, actor, 'outbox.read');
    return this.outbox.list(workspaceId, page);
  }
}
