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

/** The actor of each request, made once: the guards and the handler hold the same object (see AccessService.admit). */
const actors = new WeakMap<Request, { user: SessionUser; actor: Actor }>();

export function actorOf(req: Request): Actor | null {
  const u = req.user as SessionUser | undefined;
  if (!u) return null;
  const made = actors.get(req);
  if (made?.user === u) return made.actor;
  const actor: Actor = { userId: u.id, via: u.via, sessionId: u.via === 'session' ? req.sessionID : undefined };
  actors.set(req, { user: u, actor });
  return actor;
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
