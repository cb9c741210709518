import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { DomainError } from '@xp/server/domain';
import { checkWebhookUrl, refusedRange, type HostResolver, type WebhookTargetPolicy } from '@xp/server/application';

/** Connect and answer, together: a receiver gets this long to send its status line. */
export const WEBHOOK_TIMEOUT_MS = 5_000;

/**
 * What the delivery log records of an attempt: the receiver's status, or one of three words. Never the network
 * stack's error text (a refused port and a 404 must not read differently beyond "connection failed" vs "HTTP 404",
 * and nothing of the inside is echoed back to the workspace).
 */
export type WebhookOutcome =
  | { ok: true; status: number }
  | { ok: false; status: number | null; error: `HTTP ${number}` | 'timeout' | 'connection failed' | 'address refused' };

class AddressRefused extends Error {}

/** A `lookup` that only ever yields the addresses checked just before (no second DNS answer can sneak in). */
function pinnedLookup(addresses: string[], policy: WebhookTargetPolicy): LookupFunction {
  return (_hostname, options, callback) => {
    const usable = addresses.filter((a) => refusedRange(a, policy) === null);
    if (!usable.length || usable.length !== addresses.length) {
      callback(new AddressRefused('address refused'), '', 4);
      return;
    }
    const entries = usable.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    if (options.all) (callback as unknown as (e: null, a: typeof entries) => void)(null, entries);
    else callback(null, entries[0]!.address, entries[0]!.family);
  };
}

/**
 * POSTs one signed webhook body. The URL is checked again now (DNS can change since registration) and the
 * connection goes only to the addresses that check accepted; the Host header and TLS server name stay the URL's.
 * No redirect is followed (a 3xx is a failed attempt).
 */
export async function postWebhook(
  rawUrl: string,
  headers: Record<string, string>,
  body: string,
  resolver: HostResolver,
  policy: WebhookTargetPolicy,
  timeoutMs = WEBHOOK_TIMEOUT_MS,
): Promise<WebhookOutcome> {
  let target: { url: URL; addresses: string[] };
  try {
    target = await checkWebhookUrl(rawUrl, resolver, policy);
  } catch (e) {
    const noAddress = e instanceof DomainError && e.params?.['reason'] === 'no_address';
    return { ok: false, status: null, error: noAddress ? 'connection failed' : 'address refused' };
  }
  const send = target.url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<WebhookOutcome>((resolve) => {
    let settled = false;
    const finish = (outcome: WebhookOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolve(outcome);
    };
    const req = send(
      target.url,
      {
        method: 'POST',
        lookup: pinnedLookup(target.addresses, policy),
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        timeout: timeoutMs,
      },
      (res: IncomingMessage) => {
        const status = res.statusCode ?? 0;
        res.resume();
        finish(status >= 200 && status < 300 ? { ok: true, status } : { ok: false, status, error: `HTTP ${status}` });
      },
    );
    const timer = setTimeout(() => finish({ ok: false, status: null, error: 'timeout' }), timeoutMs);
    req.on('timeout', () => finish({ ok: false, status: null, error: 'timeout' }));
    req.on('error', (e) =>
      finish({ ok: false, status: null, error: e instanceof AddressRefused ? 'address refused' : 'connection failed' }),
    );
    req.end(body);
  });
}
