import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { ACCESS_LOG_FILE, readSeals, verifyLog, type LogSeal, type VerificationReport } from '@telemed/audit';
import { SqliteEventStore } from '@telemed/event-store/sqlite/sqlite-event-store';
import { EVENTS_FILE } from '@telemed/runtime';
import { entriesNotMatchingManifest, type OpenedBackup } from './backup-container';
import { ACCESS_ANCHOR_ENTRY, LOG_ANCHOR_ENTRY, PUBLIC_KEY_ENTRY, SIGNING_KEY_ENTRY } from './data-directory-snapshot';

export interface BackupReport {
  ok: boolean;
  createdAt: string;
  logHead: string;
  entries: Array<{ name: string; size: number; sha256: string }>;
  /** Entries whose bytes differ from the manifest's hash or size. */
  alteredEntries: string[];
  /** SQLite entries that fail `PRAGMA quick_check`. */
  damagedDatabases: string[];
  log?: VerificationReport & { anchored: boolean };
  accessTrail?: VerificationReport & { anchored: boolean };
  problems: string[];
}

/** Writes a backup's entries under `dir`, each at its name. */
export function writeEntries(backup: OpenedBackup, dir: string): void {
  for (const entry of backup.manifest.entries) {
    const path = join(dir, entry.name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, backup.contents.get(entry.name)!, { mode: entry.kind === 'file' ? 0o600 : 0o644 });
  }
}

/** The key seals are checked with: the one given, else the public half of the backup's signing key, else its public key. */
function publicKeyOf(backup: OpenedBackup, given?: KeyObject): KeyObject | undefined {
  if (given) return given;
  const signing = backup.contents.get(SIGNING_KEY_ENTRY);
  if (signing) return createPublicKey(createPrivateKey(signing.toString('utf8')));
  const publicKey = backup.contents.get(PUBLIC_KEY_ENTRY);
  return publicKey ? createPublicKey(publicKey.toString('utf8')) : undefined;
}

function anchorOf(backup: OpenedBackup, name: string): LogSeal | undefined {
  const bytes = backup.contents.get(name);
  return bytes ? (JSON.parse(bytes.toString('utf8')) as LogSeal) : undefined;
}

function quickCheck(file: string): boolean {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return db.pragma('quick_check', { simple: true }) === 'ok';
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

async function verifyChain(file: string, publicKey: KeyObject, anchor: LogSeal | undefined): Promise<VerificationReport & { anchored: boolean }> {
  const store = SqliteEventStore.open(file);
  try {
    const report = await verifyLog((options) => store.readAll(options), { publicKey, seals: await readSeals(store), anchor });
    return { ...report, anchored: anchor !== undefined };
  } finally {
    await store.close();
  }
}

/**
 * Checks a decrypted backup whose entries were written under `dir` (see writeEntries): every entry
 * against the manifest, every database's integrity, and the log's and the access trail's hash chains
 * and seals, with libs/audit's verification, against the anchored latest seals.
 */
export async function verifyBackupEntries(backup: OpenedBackup, dir: string, options: { publicKey?: KeyObject } = {}): Promise<BackupReport> {
  const problems: string[] = [];
  const alteredEntries = entriesNotMatchingManifest(backup);
  const damagedDatabases = backup.manifest.entries
    .filter((entry) => entry.kind === 'sqlite' && !alteredEntries.includes(entry.name) && !quickCheck(join(dir, entry.name)))
    .map((entry) => entry.name);
  const report: BackupReport = {
    ok: false,
    createdAt: backup.manifest.createdAt,
    logHead: backup.manifest.logHead,
    entries: backup.manifest.entries.map(({ name, size, sha256 }) => ({ name, size, sha256 })),
    alteredEntries,
    damagedDatabases,
    problems,
  };
  if (alteredEntries.length > 0) problems.push(`entries that do not match the manifest: ${alteredEntries.join(', ')}`);
  if (damagedDatabases.length > 0) problems.push(`damaged databases: ${damagedDatabases.join(', ')}`);
  const publicKey = publicKeyOf(backup, options.publicKey);
  if (!publicKey) problems.push('the backup holds no audit key to check the seals with; pass --public-key');
  const unusable = new Set([...alteredEntries, ...damagedDatabases]);
  if (!backup.contents.has(EVENTS_FILE)) problems.push('the backup holds no event log');
  if (publicKey && backup.contents.has(EVENTS_FILE) && !unusable.has(EVENTS_FILE)) {
    report.log = await verifyChain(join(dir, EVENTS_FILE), publicKey, anchorOf(backup, LOG_ANCHOR_ENTRY));
    if (!report.log.ok) problems.push(`the log's history breaks at position ${report.log.firstBreak?.position}: ${report.log.firstBreak?.reason}`);
  }
  if (publicKey && backup.contents.has(ACCESS_LOG_FILE) && !unusable.has(ACCESS_LOG_FILE)) {
    report.accessTrail = await verifyChain(join(dir, ACCESS_LOG_FILE), publicKey, anchorOf(backup, ACCESS_ANCHOR_ENTRY));
    if (!report.accessTrail.ok) problems.push(`the access trail breaks at position ${report.accessTrail.firstBreak?.position}: ${report.accessTrail.firstBreak?.reason}`);
  }
  report.ok = problems.length === 0;
  return report;
}
