import type { Request } from 'express';
import { actorOf } from './auth.decorators';

describe('actorOf', () => {
  it('gives the guards and the handler of one request the same actor object', () => {
    const req = { user: { id: 'u1', via: 'token' } } as unknown as Request;
    const a = actorOf(req);
    expect(a).toEqual({ userId: 'u1', via: 'token', sessionId: undefined });
    expect(actorOf(req)).toBe(a);
    expect(actorOf({ user: { id: 'u1', via: 'token' } } as unknown as Request)).not.toBe(a);
  });

  it('follows a change of user within the request (sign-in, sign-out)', () => {
    const req = { user: { id: 'u1', via: 'session' }, sessionID: 's1' } as unknown as Request;
    expect(actorOf(req)?.userId).toBe('u1');
    (req as unknown as { user: unknown }).user = { id: 'u2', via: 'session' };
    expect(actorOf(req)).toEqual({ userId: 'u2', via: 'session', sessionId: 's1' });
    (req as unknown as { user: unknown }).user = undefined;
    expect(actorOf(req)).toBeNull();
  });
});
