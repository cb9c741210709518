import { DnsHostResolver } from './dns-host-resolver';

describe('DnsHostResolver', () => {
  it('localhost and *.localhost are loopback, answered without a DNS query', async () => {
    const resolver = new DnsHostResolver();
    expect(await resolver.resolve('localhost')).toEqual(['127.0.0.1', '::1']);
    expect(await resolver.resolve('api.LOCALHOST.')).toEqual(['127.0.0.1', '::1']);
  });
});
