import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { ACCESS_LOG_FILE } from '@telemed/audit';
import { PATIENT_KEYS_FILE } from '@telemed/event-store/encryption';
import { API_STATE_FILE, EVENTS_FILE } from '@telemed/runtime';
import { describeEntry, type BackupEntry } from './backup-container';

export const SIGNING_KEY_ENTRY = 'audit/signing-key.pem';
export const PUBLIC_KEY_ENTRY = 'audit/public-key.pem';
export const LOG_ANCHOR_ENTRY = 'audit/latest-seal.json';
export const ACCESS_ANCHOR_ENTRY = 'audit/access-latest-seal.json';
export const MASTER_KEY_ENTRY = 'keys/master.key';
export const DEVELOPMENT_SECRET_ENTRY = 'development-jwt-secret';

interface EntrySource {
  name: string;
  kind: BackupEntry['kind'];
  required: boolean;
  /** Where the file is; a configured location may lie outside the data directory. */
  path(dataDir: string, env: NodeJS.ProcessEnv): string;
}

const inDataDir = (name: string) => (dataDir: string) => join(dataDir, name);

/**
 * What a data directory needs to be whole again, in the order it is copied. The anchors come before
 * the log, so each names a seal the copied log holds; the idempotency keys before the log, so none
 * answers for a command whose events the copy lacks; the patient keys after it, so every patient the
 * copied log names has its key. The read models are not copied: they are derived, and a restore
 * rebuilds them from the log.
 */
export const DATA_DIRECTORY_ENTRIES: readonly EntrySource[] = [
  { name: LOG_ANCHOR_ENTRY, kind: 'file', required: false, path: inDataDir(LOG_ANCHOR_ENTRY) },
  { name: ACCESS_ANCHOR_ENTRY, kind: 'file', required: false, path: inDataDir(ACCESS_ANCHOR_ENTRY) },
  {
    name: SIGNING_KEY_ENTRY,
    kind: 'file',
    required: false,
    path: (dataDir, env) => (env.AUDIT_SIGNING_KEY_FILE ? resolve(env.AUDIT_SIGNING_KEY_FILE) : join(dataDir, SIGNING_KEY_ENTRY)),
  },
  { name: PUBLIC_KEY_ENTRY, kind: 'file', required: false, path: inDataDir(PUBLIC_KEY_ENTRY) },
  // Absent when PATIENT_DATA_MASTER_KEY is configured: then that variable must be kept beside the backup.
  { name: MASTER_KEY_ENTRY, kind: 'file', required: false, path: inDataDir(MASTER_KEY_ENTRY) },
  { name: DEVELOPMENT_SECRET_ENTRY, kind: 'file', required: false, path: inDataDir(DEVELOPMENT_SECRET_ENTRY) },
  { name: API_STATE_FILE, kind: 'sqlite', required: false, path: inDataDir(API_STATE_FILE) },
  { name: ACCESS_LOG_FILE, kind: 'sqlite', required: false, path: inDataDir(ACCESS_LOG_FILE) },
  { name: EVENTS_FILE, kind: 'sqlite', required: true, path: inDataDir(EVENTS_FILE) },
  { name: PATIENT_KEYS_FILE, kind: 'sqlite', required: false, path: inDataDir(PATIENT_KEYS_FILE) },
];

/** Every page of the database in one step: one read transaction, so writers never restart the copy. */
const ALL_PAGES = 0x7fffffff;

/**
 * A consistent copy of a live SQLite database through SQLite's online backup API, read from a
 * connection of its own: in WAL mode the backbone keeps writing meanwhile.
 */
export async function snapshotSqlite(file: string, scratchDir: string): Promise<Buffer> {
  const source = new Database(file, { readonly: true, fileMustExist: true });
  const copy = join(scratchDir, `snapshot-${Date.now()}-${Math.random().toString(36).slice(2)}.sqlite`);
  try {
    source.pragma('busy_timeout = 5000');
    await source.backup(copy, { progress: () => ALL_PAGES });
    // A self-contained file: no write-ahead log to carry beside it.
    const db = new Database(copy);
    db.pragma('journal_mode = DELETE');
    db.close();
    return readFileSync(copy);
  } finally {
    source.close();
    rmSync(copy, { force: true });
  }
}

export interface DataDirectorySnapshot {
  entries: BackupEntry[];
  contents: Buffer[];
  logHead: bigint;
}

/** Copies what DATA_DIRECTORY_ENTRIES lists, in its order; refuses a directory without an event log. */
export async function snapshotDataDirectory(dataDir: string, env: NodeJS.ProcessEnv = process.env): Promise<DataDirectorySnapshot> {
  const scratch = mkdtempSync(join(tmpdir(), 'telemed-backup-'));
  try {
    const entries: BackupEntry[] = [];
    const contents: Buffer[] = [];
    for (const source of DATA_DIRECTORY_ENTRIES) {
      const path = source.path(dataDir, env);
      if (!existsSync(path)) {
        if (source.required) throw new Error(`no ${source.name} in ${dataDir}: nothing to back up`);
        continue;
      }
      const bytes = source.kind === 'sqlite' ? await snapshotSqlite(path, scratch) : readFileSync(path);
      entries.push(describeEntry(source.name, source.kind, bytes));
      contents.push(bytes);
    }
    const log = contents[entries.findIndex((entry) => entry.name === EVENTS_FILE)];
    return { entries, contents, logHead: headOf(log) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The last position of a snapshot of the log, read from its bytes. */
export function headOf(log: Buffer): bigint {
  const db = new Database(log);
  try {
    const row = db.prepare('SELECT max(global_position) AS head FROM events').safeIntegers().get() as { head: bigint | null };
    return row.head ?? 0n;
  } finally {
    db.close();
  }
}

/** The passphrase: the first line of `--passphrase-file`, else BACKUP_PASSPHRASE. */
export function backupPassphrase(passphraseFile: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const passphrase = passphraseFile
    ? readFileSync(isAbsolute(passphraseFile) ? passphraseFile : resolve(passphraseFile), 'utf8').split(/\r?\n/)[0]
    : env.BACKUP_PASSPHRASE;
  if (!passphrase) throw new PassphraseMissing('a passphrase is required: --passphrase-file <file> or BACKUP_PASSPHRASE');
  if (passphrase.length < 12) throw new PassphraseMissing('the passphrase must be at least 12 characters long');
  return passphrase;
}

export class PassphraseMissing extends Error {}

/**
 * The backup passphrase, or undefined once what is missing has been said on standard error: a
 * usage error (exit 2), like a missing option.
 */
export function passphraseOrComplaint(passphraseFile: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  try {
    return backupPassphrase(passphraseFile, env);
  } catch (error) {
    if (!(error instanceof PassphraseMissing)) throw error;
    console.error(`${error.message}\n(run it with --help for its usage)`);
    return undefined;
  }
}
