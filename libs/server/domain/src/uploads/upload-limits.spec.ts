import { fitsQuota, reportExpired, slidingWindow } from './upload-limits';

const at = (s: number) => new Date(Date.UTC(2026, 2, 1, 9, 0, s));

describe('fitsQuota', () => {
  it('accepts up to the quota exactly, never a byte past it', () => {
    expect(fitsQuota(900, 100, 1000)).toBe(true);
    expect(fitsQuota(900, 101, 1000)).toBe(false);
    expect(fitsQuota(1000, 0, 1000)).toBe(true);
  });
});

describe('slidingWindow', () => {
  const minute = 60_000;
  it('allows up to the limit within the window', () => {
    expect(slidingWindow([at(0), at(10)], at(20), minute, 3)).toEqual({ allowed: true });
    expect(slidingWindow([at(0), at(10), at(15)], at(20), minute, 3)).toEqual({
      allowed: false,
      retryAfterSeconds: 40,
    });
  });
  it('forgets attempts older than the window', () => {
    expect(slidingWindow([at(0), at(10), at(15)], at(61), minute, 3)).toEqual({ allowed: true });
  });
  it('waits for the attempt that must leave, and at least a second', () => {
    expect(slidingWindow([at(15), at(0), at(10), at(12)], at(20), minute, 3)).toEqual({
      allowed: false,
      retryAfterSeconds: 50,
    });
    expect(slidingWindow([new Date(at(0).getTime() + 500)], at(60), minute, 1)).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
    });
  });
});

describe('reportExpired', () => {
  const day = 86_400_000;
  it('a report is valid for its lifetime, expired from then on', () => {
    expect(reportExpired(at(0), new Date(at(0).getTime() + day - 1), day)).toBe(false);
    expect(reportExpired(at(0), new Date(at(0).getTime() + day), day)).toBe(true);
  });
});
