import { DomainError } from '@xp/server/domain';
import { checkWebhookUrl, HostResolver, refusedRange, type WebhookTargetPolicy } from './webhook-target';

/** A resolver stub: no DNS query, no connection, just the table below. */
class StubResolver extends HostResolver {
  calls: string[] = [];
  constructor(private readonly table: Record<string, string[]>) {
    super();
  }
  async resolve(host: string): Promise<string[]> {
    this.calls.push(host);
    return this.table[host] ?? [];
  }
}

const strict: WebhookTargetPolicy = { allowLoopback: false, httpsOnly: false };
const reason = async (url: string, resolver = new StubResolver({}), policy = strict) => {
  try {
    await checkWebhookUrl(url, resolver, policy);
    return 'accepted';
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe('WEBHOOK_URL_REFUSED');
    return String((e as DomainError).params?.['reason']);
  }
};

describe('webhook receivers: public addresses only', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['::1', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.254', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['fe80::1', 'linkLocal'],
    ['fc00::1', 'uniqueLocal'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
  ])('%s is refused (%s)', (address, range) => {
    expect(refusedRange(address, strict)).toBe(range);
  });

  it.each(['93.184.216.34', '172.32.0.1', '2606:4700::1111', '8.8.8.8'])('%s is accepted', (address) => {
    expect(refusedRange(address, strict)).toBeNull();
  });

  it('refuses every internal class written as a literal, without resolving anything', async () => {
    const resolver = new StubResolver({});
    for (const url of [
      'http://127.0.0.1:3101/api/health',
      'http://[::1]:3000/',
      'http://0.0.0.0:9464/metrics',
      'http://10.0.0.5/',
      'http://172.16.3.4/',
      'http://192.168.0.10/',
      'http://169.254.169.254/latest/meta-data/',
      'http://[fc00::5]/',
      'http://[fd00::5]/',
      'http://[::ffff:127.0.0.1]/',
    ]) {
      expect(await reason(url, resolver)).toBe('internal_address');
    }
    expect(resolver.calls).toEqual([]);
  });

  it('refuses a name that resolves to loopback or to a private address (any of its addresses)', async () => {
    const resolver = new StubResolver({
      'localtest.example': ['127.0.0.1'],
      'mixed.example': ['93.184.216.34', '10.0.0.1'],
      'public.example': ['93.184.216.34', '2606:4700::1111'],
    });
    expect(await reason('https://localtest.example/hook', resolver)).toBe('internal_address');
    expect(await reason('https://mixed.example/hook', resolver)).toBe('internal_address');
    expect(await reason('https://public.example/hook', resolver)).toBe('accepted');
    expect(await reason('https://nxdomain.example/hook', resolver)).toBe('no_address');
  });

  it('https only outside development; no credentials in the URL; http(s) only', async () => {
    const resolver = new StubResolver({ 'public.example': ['93.184.216.34'] });
    const prod = { allowLoopback: false, httpsOnly: true };
    expect(await reason('http://public.example/hook', resolver, prod)).toBe('https_required');
    expect(await reason('https://public.example/hook', resolver, prod)).toBe('accepted');
    expect(await reason('https://user:pw@public.example/hook', resolver)).toBe('credentials');
    expect(await reason('ftp://public.example/hook', resolver)).toBe('invalid_url');
    expect(await reason('not a url', resolver)).toBe('invalid_url');
  });

  it('the operator may allow a loopback receiver (development, tests), never a private one', async () => {
    const dev = { allowLoopback: true, httpsOnly: false };
    expect(await reason('http://127.0.0.1:4000/hook', new StubResolver({}), dev)).toBe('accepted');
    expect(await reason('http://[::1]:4000/hook', new StubResolver({}), dev)).toBe('accepted');
    expect(await reason('http://10.0.0.1/hook', new StubResolver({}), dev)).toBe('internal_address');
  });
});
