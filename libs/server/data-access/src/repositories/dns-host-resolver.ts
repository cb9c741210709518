import { Injectable } from '@nestjs/common';
import { lookup } from 'node:dns/promises';
import { HostResolver } from '@xp/server/application';

/**
 * Resolves a host the way the operating system would connect to it (getaddrinfo: /etc/hosts, then DNS), every
 * address of both families, so that the webhook policy judges all of them.
 */
@Injectable()
export class DnsHostResolver extends HostResolver {
  async resolve(hostname: string): Promise<string[]> {
    const found = await lookup(hostname, { all: true, verbatim: true });
    return found.map((a) => a.address);
  }
}
