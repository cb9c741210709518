import { Injectable } from '@nestjs/common';
import { Resolver } from 'node:dns/promises';
import { HostResolver } from '@xp/server/application';

/** Per DNS query, and tries: a slow name cannot hold a registration or a delivery for long. */
const QUERY_TIMEOUT_MS = 2_000;
const QUERY_TRIES = 2;

/**
 * Resolves a host to all its A and AAAA addresses so that the webhook policy judges every one of them (the delivery
 * then connects only to those). Queries DNS directly (c-ares, off the libuv thread pool that argon2 and the file
 * system share), with a short timeout; `localhost` and `*.localhost` are loopback without a query (RFC 6761).
 */
@Injectable()
export class DnsHostResolver extends HostResolver {
  private readonly dns = new Resolver({ timeout: QUERY_TIMEOUT_MS, tries: QUERY_TRIES });

  async resolve(hostname: string): Promise<string[]> {
    const host = hostname.toLowerCase().replace(/\.$/, '');
    if (host === 'localhost' || host.endsWith('.localhost')) return ['127.0.0.1', '::1'];
    const [v4, v6] = await Promise.allSettled([this.dns.resolve4(host), this.dns.resolve6(host)]);
    return [...(v4.status === 'fulfilled' ? v4.value : []), ...(v6.status === 'fulfilled' ? v6.value : [])];
  }
}
