import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import type { PatientDataCipher } from '../encryption/patient-data-cipher';

/** The first bytes of every sealed file: format 1 is AES-256-GCM, IV and tag before the ciphertext. */
const MAGIC = Buffer.from('TMF1');
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + IV_BYTES + TAG_BYTES;

/** A sealed file that does not decrypt, or decrypts to other bytes than were recorded: it was altered. */
export class PatientFileUnreadable extends Error {
  constructor(reason: string) {
    super(`the stored file does not open to the file that was recorded: ${reason}`);
    this.name = 'PatientFileUnreadable';
  }
}

/** The file key: derived from the patient's data key for files alone, so a file key never opens event data. */
function fileKey(dataKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'telemed case material file v1', 32));
}

/** Binds a sealed file to its patient's key (id and version) and to the SHA-256 of its plaintext. */
function additionalData(keyId: string, keyVersion: number, sha256: string): Buffer {
  return Buffer.from(`${keyId}\n${keyVersion}\n${sha256}`);
}

export const sha256Of = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Encrypts case material files under the patient's data key (AES-256-GCM with a key derived from
 * it), so erasing the patient's keys makes their files unreadable in the blob store and in every
 * backup of it, as it does their details in the log.
 */
export class PatientFileCipher {
  constructor(private readonly cipher: PatientDataCipher) {}

  /** The file sealed under the patient's current key, with that key's version. */
  async seal(keyId: string, plaintext: Buffer, sha256: string): Promise<{ keyVersion: number; sealed: Buffer }> {
    const { version, dataKey } = await this.cipher.activeDataKey(keyId);
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', fileKey(dataKey), iv).setAAD(additionalData(keyId, version, sha256));
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return { keyVersion: version, sealed: Buffer.concat([MAGIC, iv, cipher.getAuthTag(), body]) };
  }

  /**
   * The plaintext of a sealed file, checked against the SHA-256 recorded for it; undefined once the
   * patient's key was erased. Throws PatientFileUnreadable when the bytes were altered.
   */
  async open(keyId: string, keyVersion: number, sealed: Buffer, sha256: string): Promise<Buffer | undefined> {
    const dataKey = await this.cipher.dataKey(keyId, keyVersion);
    if (!dataKey) return undefined;
    if (sealed.length < HEADER_BYTES || !sealed.subarray(0, MAGIC.length).equals(MAGIC)) throw new PatientFileUnreadable('not a sealed file');
    let plaintext: Buffer;
    try {
      const decipher = createDecipheriv('aes-256-gcm', fileKey(dataKey), sealed.subarray(MAGIC.length, MAGIC.length + IV_BYTES));
      decipher.setAAD(additionalData(keyId, keyVersion, sha256));
      decipher.setAuthTag(sealed.subarray(MAGIC.length + IV_BYTES, HEADER_BYTES));
      plaintext = Buffer.concat([decipher.update(sealed.subarray(HEADER_BYTES)), decipher.final()]);
    } catch {
      throw new PatientFileUnreadable('its authentication tag does not match');
    }
    if (sha256Of(plaintext) !== sha256) throw new PatientFileUnreadable('its SHA-256 differs from the one recorded');
    return plaintext;
  }
}
