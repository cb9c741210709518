import { applyDecorators, Controller, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
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

function signedIn(req: Request): Actor {
  const actor = actorOf(req);
  if (!actor) throw new Error('CurrentActor or Caller used on a public route');
  return actor;
}

/** The signed-in actor (guaranteed by the global guard on non-public routes). */
export const CurrentActor = createParamDecorator((_d: unknown, ctx: ExecutionContext): Actor =>
  signedIn(ctx.switchToHttp().getRequest<Request>()),
);

/** Who calls a workspace's route: the `:ws` path parameter and the signed-in actor. */
export interface Caller {
  ws: string;
  actor: Actor;
}

/**
 * `@Caller() { ws, actor }: Caller` on the routes under `workspaces/:ws`, in place of `@CurrentActor()` and
 * `@Param('ws')`; documents the `ws` path parameter as `@Param('ws')` did (see `pathParametersFirst`).
 */
export const Caller = createParamDecorator(
  (_d: unknown, ctx: ExecutionContext): Caller => {
    const req = ctx.switchToHttp().getRequest<Request>();
    return { ws: req.params['ws'] as string, actor: signedIn(req) };
  },
  [
    (target, key) => {
      if (key !== undefined)
        ApiParam({ name: 'ws', type: String })(target, key, Object.getOwnPropertyDescriptor(target, key)!);
    },
  ],
);

/** A controller of routes under `workspaces/:ws` (`path` below it), shown under `tag` in the API document. */
export const WorkspaceController = (tag: string, path?: string): ClassDecorator =>
  applyDecorators(ApiTags(tag), Controller(path ? `workspaces/:ws/${path}` : 'workspaces/:ws'));

/** The actor if signed in, else null (public routes). */
export const OptionalActor = createParamDecorator((_d: unknown, ctx: ExecutionContext): Actor | null =>
  actorOf(ctx.switchToHttp().getRequest<Request>()),
);
