import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { AccessService } from '@xp/server/application';
import { actorOf } from './auth.decorators';

/**
 * Runs before body validation on every `/workspaces/:ws/…` route: a non-member learns nothing, not even the
 * shape of a valid body. 404 for another tenant's workspace. The membership read here serves the handler's first
 * access check (`AccessService.admit`), so a request reads it once.
 */
@Injectable()
export class WorkspaceMemberGuard implements CanActivate {
  constructor(private readonly access: AccessService) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<Request>();
    const ws = req.params['ws'] as string | undefined;
    const actor = actorOf(req);
    if (ws !== undefined && actor) await this.access.admit(ws, actor);
    return true;
  }
}
