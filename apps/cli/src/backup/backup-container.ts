import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt } from 'node:crypto';

/**
 * One backup file:
 *
 *     TELEMED-BACKUP 1\n
 *     {"kdf":{...},"cipher":{...}}\n          the header: how to derive the key and decrypt (authenticated, not secret)
 *     ciphertext, then the 16-byte GCM tag    AES-256-GCM of the payload, the two header lines as additional data
 *
 * The payload is the manifest (one JSON line: every entry's name, size and SHA-256, in order) followed
 * by the entries' bytes, concatenated in the manifest's order.
 */
export const BACKUP_MAGIC = 'TELEMED-BACKUP 1\n';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupEntry {
  /** Where the file lives, relative to the data directory (`events.sqlite`, `audit/signing-key.pem`). */
  name: string;
  /** `sqlite`: an online snapshot of a database; `file`: the file's bytes. */
  kind: 'sqlite' | 'file';
  size: number;
  sha256: string;
}

export interface BackupManifest {
  format: 'telemed-backup';
  version: number;
  createdAt: string;
  /** The event log's last position in the snapshot. */
  logHead: string;
  entries: BackupEntry[];
}

interface BackupHeader {
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
  cipher: { name: 'aes-256-gcm'; iv: string };
}

/** scrypt at 2^15 × 8: about 32 MB and a tenth of a second to try one passphrase. */
const SCRYPT = { N: 1 << 15, r: 8, p: 1 };
const TAG_BYTES = 16;

/** The backup cannot be read: wrong passphrase, or altered since it was written. */
export class BackupUnreadable extends Error {}

function deriveKey(passphrase: string, kdf: BackupHeader['kdf']): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(passphrase, Buffer.from(kdf.salt, 'base64'), 32, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 256 * kdf.N * kdf.r }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function describeEntry(name: string, kind: BackupEntry['kind'], bytes: Buffer): BackupEntry {
  return { name, kind, size: bytes.length, sha256: sha256(bytes) };
}

/** Seals a manifest and its entries' bytes (in the manifest's order) into one encrypted file's bytes. */
export async function sealBackup(manifest: BackupManifest, contents: Buffer[], passphrase: string): Promise<Buffer> {
  const header: BackupHeader = {
    kdf: { name: 'scrypt', ...SCRYPT, salt: randomBytes(16).toString('base64') },
    cipher: { name: 'aes-256-gcm', iv: randomBytes(12).toString('base64') },
  };
  const prefix = Buffer.from(`${BACKUP_MAGIC}${JSON.stringify(header)}\n`, 'utf8');
  const cipher = createCipheriv('aes-256-gcm', await deriveKey(passphrase, header.kdf), Buffer.from(header.cipher.iv, 'base64'));
  cipher.setAAD(prefix);
  const payload = [Buffer.from(`${JSON.stringify(manifest)}\n`, 'utf8'), ...contents];
  const encrypted = payload.map((part) => cipher.update(part));
  return Buffer.concat([prefix, ...encrypted, cipher.final(), cipher.getAuthTag()]);
}

export interface OpenedBackup {
  manifest: BackupManifest;
  /** Each entry's bytes, by name, as found in the file. */
  contents: Map<string, Buffer>;
}

/** Decrypts a backup file's bytes; throws BackupUnreadable unless the passphrase is right and nothing was altered. */
export async function openBackup(file: Buffer, passphrase: string): Promise<OpenedBackup> {
  if (!file.subarray(0, BACKUP_MAGIC.length).equals(Buffer.from(BACKUP_MAGIC))) throw new BackupUnreadable('not a telemed-backbone backup file');
  const headerEnd = file.indexOf(0x0a, BACKUP_MAGIC.length);
  if (headerEnd < 0 || file.length < headerEnd + 1 + TAG_BYTES) throw new BackupUnreadable('the backup file is truncated');
  let header: BackupHeader;
  try {
    header = JSON.parse(file.subarray(BACKUP_MAGIC.length, headerEnd).toString('utf8')) as BackupHeader;
  } catch {
    throw new BackupUnreadable('the backup header is not JSON');
  }
  if (header.kdf?.name !== 'scrypt' || header.cipher?.name !== 'aes-256-gcm') throw new BackupUnreadable('the backup names a key derivation or cipher this release does not know');
  const prefix = file.subarray(0, headerEnd + 1);
  const body = file.subarray(headerEnd + 1, file.length - TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', await deriveKey(passphrase, header.kdf), Buffer.from(header.cipher.iv, 'base64'));
  decipher.setAAD(prefix);
  decipher.setAuthTag(file.subarray(file.length - TAG_BYTES));
  let payload: Buffer;
  try {
    payload = Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw new BackupUnreadable('the backup cannot be decrypted: the passphrase is wrong or the file was altered');
  }
  const manifestEnd = payload.indexOf(0x0a);
  const manifest = JSON.parse(payload.subarray(0, manifestEnd).toString('utf8')) as BackupManifest;
  if (manifest.format !== 'telemed-backup' || manifest.version > BACKUP_FORMAT_VERSION) {
    throw new BackupUnreadable(`the backup has format version ${manifest.version}; this release reads up to ${BACKUP_FORMAT_VERSION}`);
  }
  const contents = new Map<string, Buffer>();
  let offset = manifestEnd + 1;
  for (const entry of manifest.entries) {
    contents.set(entry.name, payload.subarray(offset, offset + entry.size));
    offset += entry.size;
  }
  if (offset !== payload.length) throw new BackupUnreadable('the backup holds more or fewer bytes than its manifest lists');
  return { manifest, contents };
}

/** Entries whose bytes do not match the manifest's size and SHA-256. */
export function entriesNotMatchingManifest(backup: OpenedBackup): string[] {
  return backup.manifest.entries
    .filter((entry) => {
      const bytes = backup.contents.get(entry.name);
      return !bytes || bytes.length !== entry.size || sha256(bytes) !== entry.sha256;
    })
    .map((entry) => entry.name);
}
