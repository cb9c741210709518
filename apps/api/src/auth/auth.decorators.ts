import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '@xp/server/application';

export const IS_PUBLIC = 'xp:public';
/** The route needs no signed-in user. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export interface SessionUser {
  id: string;
  via: 'session' | 'token';
}

export function actorOf(req: Request): Actor | null {
  const u = req.user as SessionUser | undefined;
  if (!u) return null;
  return { userId: u.id, via: u.via, sessionId: u.via === 'session' ? req.sessionID : undefined };
}

/** The signed-in actor (guaranteed by the global guard on non-public routes). */
export const CurrentActor = createParamDecorator((_d: unknown, ctx: ExecutionContext): Actor => {
  const actor = actorOf(ctx.switchToHttp().getRequest<Request>());
  if (!actor) throw new Error('CurrentActor used on a public route');
  return actor;
});

/** The actor if signed in, else null (public routes). */
export const OptionalActor = createParamDecorator((_d: unknown, ctx: ExecutionContext): Actor | null =>
  actorOf(ctx.switchToHttp().getRequest<Request>()),
);
