import { defaultCharter, mergeCharter } from './charter';

describe('mergeCharter', () => {
  it('keeps the defaults of the kinds a charter does not set (only `standard` set: job offers still need a link)', () => {
    const c = mergeCharter({ requiredElements: { standard: { elements: ['hashtag'] } } });
    expect(c.requiredElements.standard).toEqual({ elements: ['hashtag'], severity: 'warn' });
    expect(c.requiredElements.job_offer).toEqual(defaultCharter().requiredElements.job_offer);
    expect(c.requiredElements.live).toEqual(defaultCharter().requiredElements.live);
  });

  it('merges each section field by field and ignores what is not a section', () => {
    const c = mergeCharter({ limits: { maxHashtagsPerSegment: 1 }, nearDuplicate: [[]], unknown: { a: 1 } });
    expect(c.limits).toEqual({ ...defaultCharter().limits, maxHashtagsPerSegment: 1 });
    expect(c.nearDuplicate).toEqual(defaultCharter().nearDuplicate);
    expect(c).not.toHaveProperty('unknown');
    expect(mergeCharter(undefined)).toEqual(defaultCharter());
  });
});
