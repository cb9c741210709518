import { scrollTimeNear } from './now-scroll';

describe('week and day views open near the current time', () => {
  it('an hour before now, in the zone shown', () => {
    const at = Date.parse('2026-12-04T14:35:00Z');
    expect(scrollTimeNear(at, 'Europe/Paris')).toBe('14:00:00'); // 15:35 in Paris
    expect(scrollTimeNear(at, 'America/New_York')).toBe('08:00:00'); // 09:35 in New York
    expect(scrollTimeNear(at, 'UTC')).toBe('13:00:00');
  });
  it('never before midnight', () => {
    expect(scrollTimeNear(Date.parse('2026-12-04T00:20:00Z'), 'UTC')).toBe('00:00:00');
  });
});
