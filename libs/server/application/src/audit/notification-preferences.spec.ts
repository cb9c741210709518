import { NOTIFICATION_EVENTS } from './audit.ports';
import { defaultPreference, effectivePreferences, isNotificationEvent } from './notification-preferences';

describe('notification preferences', () => {
  it('default to in-app for everything and email for what needs action', () => {
    expect(defaultPreference('post.submitted')).toEqual({ event: 'post.submitted', inApp: true, email: false });
    expect(defaultPreference('post.failed')).toEqual({ event: 'post.failed', inApp: true, email: true });
  });
  it('e-mail "awaiting your approval" to the roles that approve, not to authors or viewers', () => {
    for (const role of ['owner', 'admin', 'manager'] as const)
      expect(defaultPreference('post.submitted', role)).toEqual({ event: 'post.submitted', inApp: true, email: true });
    for (const role of ['editor', 'viewer'] as const)
      expect(defaultPreference('post.submitted', role).email).toBe(false);
  });
  it('e-mail changes requested, failures and misses to every role; approvals and publications stay in the app', () => {
    for (const role of ['owner', 'admin', 'manager', 'editor', 'viewer'] as const) {
      expect(defaultPreference('post.changes_requested', role).email).toBe(true);
      expect(defaultPreference('post.failed', role).email).toBe(true);
      expect(defaultPreference('post.missed', role).email).toBe(true);
      expect(defaultPreference('post.approved', role).email).toBe(false);
      expect(defaultPreference('post.published', role).email).toBe(false);
    }
  });
  it("a member's effective choices follow their role until they choose", () => {
    const manager = effectivePreferences([], 'manager');
    expect(manager.find((p) => p.event === 'post.submitted')?.email).toBe(true);
    const chosen = effectivePreferences([{ event: 'post.submitted', inApp: true, email: false }], 'manager');
    expect(chosen.find((p) => p.event === 'post.submitted')?.email).toBe(false);
    expect(effectivePreferences([], 'editor').find((p) => p.event === 'post.submitted')?.email).toBe(false);
  });
  it('list every event once, stored choices first', () => {
    const eff = effectivePreferences([{ event: 'post.missed', inApp: false, email: false }]);
    expect(eff.map((p) => p.event)).toEqual([...NOTIFICATION_EVENTS]);
    expect(eff.find((p) => p.event === 'post.missed')).toEqual({ event: 'post.missed', inApp: false, email: false });
  });
  it('knows the events', () => {
    expect(isNotificationEvent('hold.placed')).toBe(true);
    expect(isNotificationEvent('hold.exploded')).toBe(false);
  });
});
