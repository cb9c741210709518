import ipaddr from 'ipaddr.js';
import { catalogueError } from '@xp/server/domain';

/** Resolves a host name to all its addresses (DNS in production; a stub in tests). */
export abstract class HostResolver {
  abstract resolve(hostname: string): Promise<string[]>;
}

/** Where webhooks may be delivered: public unicast addresses only, unless the operator allows loopback. */
export interface WebhookTargetPolicy {
  /** WEBHOOK_ALLOW_LOOPBACK: a receiver on this machine, for local development and tests. */
  allowLoopback: boolean;
  /** Outside development, only https:// receivers. */
  httpsOnly: boolean;
}

/** The policy in force (injected: WEBHOOK_ALLOW_LOOPBACK, https only in production). */
export abstract class WebhookPolicy implements WebhookTargetPolicy {
  abstract readonly allowLoopback: boolean;
  abstract readonly httpsOnly: boolean;
}

export type WebhookTargetRefusal = 'invalid_url' | 'https_required' | 'credentials' | 'internal_address' | 'no_address';

/**
 * Why an address may not receive webhooks (its range: loopback, private, linkLocal, uniqueLocal, multicast,
 * unspecified, carrierGradeNat, reserved, broadcast…), or null when it may. IPv4-mapped IPv6 addresses
 * (`::ffff:127.0.0.1`) are judged as the IPv4 address they carry.
 */
export function refusedRange(address: string, policy: Pick<WebhookTargetPolicy, 'allowLoopback'>): string | null {
  if (!ipaddr.isValid(address)) return 'invalid';
  const range = ipaddr.process(address).range();
  if (range === 'unicast') return null;
  if (range === 'loopback' && policy.allowLoopback) return null;
  return range;
}

/** A host written as an IP literal (`127.0.0.1`, `[::1]`), unbracketed; null for a name. */
export function ipLiteral(hostname: string): string | null {
  const h = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return ipaddr.isValid(h) && (h.includes(':') || ipaddr.IPv4.isValidFourPartDecimal(h)) ? h : null;
}

const refuse = (reason: WebhookTargetRefusal) =>
  catalogueError('invalid', 'WEBHOOK_URL_REFUSED', { reason }, [{ field: 'url', message: reason }]);

/**
 * Checks a receiver URL before anything is sent to it: http(s) only (https outside development), no credentials
 * in the URL, and every address the host resolves to is public. Throws WEBHOOK_URL_REFUSED (400) otherwise.
 * Called at registration and again at every delivery (DNS can change between the two).
 */
export async function checkWebhookUrl(
  raw: string,
  resolver: HostResolver,
  policy: WebhookTargetPolicy,
): Promise<{ url: URL; addresses: string[] }> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refuse('invalid_url');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw refuse('invalid_url');
  if (policy.httpsOnly && url.protocol !== 'https:') throw refuse('https_required');
  if (url.username || url.password) throw refuse('credentials');
  const literal = ipLiteral(url.hostname);
  const addresses = literal ? [literal] : await resolver.resolve(url.hostname).catch(() => []);
  if (!addresses.length) throw refuse('no_address');
  if (addresses.some((a) => refusedRange(a, policy) !== null)) throw refuse('internal_address');
  return { url, addresses };
}
