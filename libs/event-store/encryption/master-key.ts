import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const MASTER_KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The master key as configured: base64 of exactly 32 bytes; undefined when it is not. */
export function parseMasterKey(base64: string): Buffer | undefined {
  const text = base64.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64');
  return bytes.length === MASTER_KEY_BYTES ? bytes : undefined;
}

/**
 * The embedded master key: read from its file, or generated once into it (mode 0600, in a
 * directory of mode 0700) when the file does not exist yet, like the development JWT secret.
 */
export function loadOrCreateMasterKeyFile(file: string): { key: Buffer; generated: boolean } {
  if (existsSync(file)) {
    const key = parseMasterKey(readFileSync(file, 'utf8'));
    if (!key) throw new Error(`${file} does not hold a base64 master key of ${MASTER_KEY_BYTES} bytes`);
    return { key, generated: false };
  }
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const key = randomBytes(MASTER_KEY_BYTES);
  writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return { key, generated: true };
}

const derive = (master: Buffer, purpose: string) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `telemed-backbone ${purpose}`, 32));

/**
 * What the master key is used for, each under its own key derived with HKDF-SHA256: naming a
 * patient by a pseudonym (HMAC-SHA256 of hospital id and reference) and wrapping the patients'
 * data keys (AES-256-GCM, bound to the key id and version they belong to).
 */
export class PatientMasterKey {
  /** Identifies the master key without revealing it, so a key store refuses a different one. */
  readonly checkValue: string;
  private readonly pseudonymKey: Buffer;
  private readonly wrappingKey: Buffer;

  constructor(master: Buffer) {
    if (master.length !== MASTER_KEY_BYTES) throw new Error(`the patient data master key must be ${MASTER_KEY_BYTES} bytes`);
    this.pseudonymKey = derive(master, 'patient key id');
    this.wrappingKey = derive(master, 'patient data key wrapping');
    this.checkValue = derive(master, 'master key check').toString('hex').slice(0, 32);
  }

  /** The patient's key id: hex HMAC-SHA256 of `hospitalId:reference`. The same patient always gets the same id. */
  keyIdOf(hospitalId: string, reference: string): string {
    return createHmac('sha256', this.pseudonymKey).update(`${hospitalId}:${reference}`).digest('hex');
  }

  wrap(dataKey: Buffer, keyId: string, version: number): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.wrappingKey, iv).setAAD(Buffer.from(`${keyId}:${version}`));
    const sealed = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    return Buffer.concat([iv, sealed, cipher.getAuthTag()]);
  }

  unwrap(wrapped: Buffer, keyId: string, version: number): Buffer {
    const iv = wrapped.subarray(0, IV_BYTES);
    const tag = wrapped.subarray(wrapped.length - TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', this.wrappingKey, iv).setAAD(Buffer.from(`${keyId}:${version}`));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(wrapped.subarray(IV_BYTES, wrapped.length - TAG_BYTES)), decipher.final()]);
  }
}
