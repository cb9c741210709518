import { parseLiveSignal } from './live-signals';

const W = '11111111-1111-4111-8111-111111111111';
const U = '22222222-2222-4222-8222-222222222222';
const I = '33333333-3333-4333-8333-333333333333';

describe('parseLiveSignal', () => {
  it('reads the three payloads of the triggers', () => {
    expect(parseLiveSignal(JSON.stringify({ k: 'n', w: W, u: U, i: I }))).toEqual({
      kind: 'notification',
      workspaceId: W,
      userId: U,
      notificationId: I,
    });
    expect(parseLiveSignal(JSON.stringify({ k: 'r', w: W, u: U }))).toEqual({
      kind: 'read',
      workspaceId: W,
      userId: U,
    });
    expect(parseLiveSignal(JSON.stringify({ k: 'p', w: W, a: U, i: I }))).toEqual({
      kind: 'post',
      workspaceId: W,
      accountId: U,
      postId: I,
    });
  });
  it('ignores anything malformed', () => {
    expect(parseLiveSignal('not json')).toBeNull();
    expect(parseLiveSignal(JSON.stringify({ k: 'n', w: W, u: U }))).toBeNull();
    expect(parseLiveSignal(JSON.stringify({ k: 'p', w: 'x', a: U, i: I }))).toBeNull();
    expect(parseLiveSignal(JSON.stringify({ k: 'z', w: W, u: U, i: I }))).toBeNull();
  });
});
