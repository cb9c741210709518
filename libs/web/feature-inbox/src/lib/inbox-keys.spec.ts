import { breached, inboxKeyAction, moveIndex } from './inbox-keys';

const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('inbox shortcuts', () => {
  it('maps j/k/e/a/r, but not while typing nor with a modifier', () => {
    expect(['j', 'k', 'e', 'a', 'r', 'x'].map((k) => inboxKeyAction(key(k), { tagName: 'DIV' }))).toEqual([
      'next',
      'previous',
      'done',
      'assignToMe',
      'reply',
      null,
    ]);
    expect(inboxKeyAction(key('j'), { tagName: 'TEXTAREA' })).toBeNull();
    expect(inboxKeyAction(key('e'), { tagName: 'INPUT' })).toBeNull();
    expect(inboxKeyAction(key('r', { ctrlKey: true }), null)).toBeNull();
  });

  it('moves within the list, clamped', () => {
    expect(moveIndex(-1, 1, 3)).toBe(0);
    expect(moveIndex(-1, -1, 3)).toBe(2);
    expect(moveIndex(2, 1, 3)).toBe(2);
    expect(moveIndex(0, -1, 3)).toBe(0);
    expect(moveIndex(0, 1, 0)).toBe(-1);
  });

  it('tells a passed deadline', () => {
    expect(breached('2026-03-02T10:00:00.000Z', Date.parse('2026-03-02T10:00:00.000Z'))).toBe(true);
    expect(breached('2026-03-02T10:00:00.000Z', Date.parse('2026-03-02T09:59:00.000Z'))).toBe(false);
    expect(breached(null, Date.now())).toBe(false);
  });
});
