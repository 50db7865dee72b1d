import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** The prefix Standard Webhooks gives a secret, before its base64 bytes. */
const SECRET_PREFIX = 'whsec_';
const SEALED_FORMAT = 'v1';

/** A new signing secret, as the endpoint's owner configures it in their verifier: `whsec_` and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString('base64')}`;
}

/**
 * Keeps signing secrets encrypted at rest (AES-256-GCM, under a key derived from the patient-data
 * master key), so a copy of the delivery state alone signs nothing. The dispatcher must read them
 * back to sign, so they are encrypted rather than hashed.
 */
export class WebhookSecretBox {
  private readonly key: Buffer;

  constructor(masterKey: Buffer) {
    this.key = Buffer.from(hkdfSync('sha256', masterKey, Buffer.from('telemed-backbone'), Buffer.from('webhook signing secrets v1'), 32));
  }

  seal(secret: string, endpointId: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(endpointId)); // a sealed secret opens only for its own endpoint
    const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return [SEALED_FORMAT, iv.toString('base64'), cipher.getAuthTag().toString('base64'), sealed.toString('base64')].join(':');
  }

  open(sealed: string, endpointId: string): string {
    const [format, iv, tag, data] = sealed.split(':');
    if (format !== SEALED_FORMAT || !iv || !tag || !data) throw new Error('not a sealed webhook secret');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    decipher.setAAD(Buffer.from(endpointId));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
  }
}
