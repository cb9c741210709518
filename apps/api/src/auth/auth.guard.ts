import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard as PassportGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { catalogueError } from '@xp/server/domain';
import { IS_PUBLIC } from './auth.decorators';

const BearerGuard = PassportGuard('bearer');

/**
 * Global guard: a route is reachable by a session (passport session, cookie) or a bearer token,
 * unless marked @Public(). Bearer requests carry no cookie and so need no CSRF token.
 */
@Injectable()
export class AuthenticatedGuard implements CanActivate {
  private readonly bearer = new BearerGuard();

  constructor(private readonly reflector: Reflector) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<Request>();
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [ctx.getHandler(), ctx.getClass()]);
    if (/^bearer /i.test(req.headers.authorization ?? '')) {
      try {
        await this.bearer.canActivate(ctx);
      } catch {
        throw catalogueError('unauthenticated', 'INVALID_TOKEN');
      }
      return true;
    }
    if (isPublic || req.isAuthenticated()) return true;
    throw catalogueError('unauthenticated', 'NOT_SIGNED_IN');
  }
}
