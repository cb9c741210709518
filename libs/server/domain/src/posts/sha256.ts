// SHA-256 from the platform. Approvals are bound to a content hash that must be identical on every process;
// node:crypto gives the standard digest. Hashing is pure computation (no IO), so the domain may use it; this
// function runs on the server only (the web app reads `contentHash` from the API and never computes it).
import { createHash } from 'node:crypto';

/** SHA-256 of a string (encoded as UTF-8) or of raw bytes, as 64 lowercase hex digits. */
export function sha256Hex(input: string | Uint8Array): string {
  return createHash('sha256').update(input).digest('hex');
}
