import { NOTIFICATION_EVENTS } from './audit.ports';
import { defaultPreference, effectivePreferences, isNotificationEvent } from './notification-preferences';

describe('notification preferences', () => {
  it('default to in-app for everything and email for what needs action', () => {
    expect(defaultPreference('post.submitted')).toEqual({ event: 'post.submitted', inApp: true, email: false });
    expect(defaultPreference('post.failed')).toEqual({ event: 'post.failed', inApp: true, email: true });
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
