import { createHmac } from 'node:crypto';
import { signWebhook, verifyWebhookSignature, webhookBackoffMs } from './webhook-signature';

describe('webhook signatures', () => {
  const body = '{"event":"post.published"}';
  it('is HMAC-SHA256 of "timestamp.body"', () => {
    const expected = createHmac('sha256', 's3cret').update(`1700000000.${body}`).digest('hex');
    expect(signWebhook('s3cret', 1700000000, body)).toBe(`t=1700000000,v1=${expected}`);
  });
  it('verifies, and refuses another secret, another body or a stale timestamp', () => {
    const h = signWebhook('s3cret', 1700000000, body);
    expect(verifyWebhookSignature('s3cret', h, body, 1700000010)).toBe(true);
    expect(verifyWebhookSignature('other', h, body, 1700000010)).toBe(false);
    expect(verifyWebhookSignature('s3cret', h, body + ' ', 1700000010)).toBe(false);
    expect(verifyWebhookSignature('s3cret', h, body, 1700001000)).toBe(false);
    expect(verifyWebhookSignature('s3cret', undefined, body, 1700000000)).toBe(false);
    expect(verifyWebhookSignature('s3cret', 'garbage', body, 1700000000)).toBe(false);
  });
  it('backs off exponentially, capped at one hour', () => {
    expect([1, 2, 3, 4, 5].map(webhookBackoffMs)).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
    expect(webhookBackoffMs(20)).toBe(3_600_000);
  });
});
