import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export interface EncryptionKey {
  id: string;
  key: Buffer;
}

/** Thrown when stored ciphertext cannot be decrypted with the configured keys (wrong or missing key). */
export class KeyringError extends Error {}

/**
 * AES-256-GCM for secrets at rest (X tokens, PKCE verifiers). Format `v1.<kid>.<iv>.<tag>.<ciphertext>`
 * (base64url); the key id allows rotation: the first key encrypts, every configured key decrypts.
 * The associated data binds a ciphertext to its row and field, so values cannot be swapped between rows.
 */
export class TokenCipher {
  constructor(private readonly keys: EncryptionKey[]) {
    if (keys.length === 0) throw new KeyringError('ENCRYPTION_KEYS: at least one key is required');
  }

  get activeKeyId(): string {
    return this.keys[0]!.id;
  }

  hasKey(id: string): boolean {
    return this.keys.some((k) => k.id === id);
  }

  encrypt(plaintext: string, aad: string): string {
    const k = this.keys[0]!;
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', k.key, iv);
    c.setAAD(Buffer.from(aad));
    const ct = Buffer.concat([c.update(plaintext, 'utf8'), c.final()]);
    return ['v1', k.id, iv.toString('base64url'), c.getAuthTag().toString('base64url'), ct.toString('base64url')].join(
      '.',
    );
  }

  decrypt(value: string, aad: string): string {
    const [v, kid, iv, tag, ct] = value.split('.');
    if (v !== 'v1' || !kid || !iv || !tag || ct === undefined) throw new KeyringError('unreadable ciphertext');
    const k = this.keys.find((x) => x.id === kid);
    if (!k)
      throw new KeyringError(
        `ENCRYPTION_KEYS has no key "${kid}", which encrypted stored X tokens; add it back (keys rotate: keep old ones listed)`,
      );
    try {
      const d = createDecipheriv('aes-256-gcm', k.key, Buffer.from(iv, 'base64url'));
      d.setAAD(Buffer.from(aad));
      d.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([d.update(Buffer.from(ct, 'base64url')), d.final()]).toString('utf8');
    } catch {
      throw new KeyringError(
        `ENCRYPTION_KEYS: key "${kid}" cannot decrypt the stored X tokens (wrong key for this database?)`,
      );
    }
  }
}
