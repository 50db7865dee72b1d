import { renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BACKUP_FORMAT_VERSION, sealBackup, type BackupManifest } from './backup/backup-container';
import { backupPassphrase, PassphraseMissing, snapshotDataDirectory } from './backup/data-directory-snapshot';

export const BACKUP_USAGE = `usage: cli backup --to <file> [--data-dir <dir>] [--passphrase-file <file>]
  Takes an online, consistent snapshot of a data directory, also while the backbone runs: the event log, the
  patient key store, the access trail, the seals and the audit signing key, the master key and the API's
  idempotency keys and development secret. Writes it as one file encrypted with AES-256-GCM under a key
  derived (scrypt) from the passphrase: the first line of --passphrase-file, else BACKUP_PASSPHRASE.`;

export interface BackupOptions {
  to: string;
  dataDir?: string;
  passphraseFile?: string;
}

export function parseBackupArgs(args: string[]): BackupOptions | undefined {
  const { values } = parseArgs({ args, options: { to: { type: 'string' }, 'data-dir': { type: 'string' }, 'passphrase-file': { type: 'string' } }, strict: true });
  if (!values.to) return undefined;
  return { to: values.to, dataDir: values['data-dir'], passphraseFile: values['passphrase-file'] };
}

export async function backupCommand(options: BackupOptions | undefined, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (!options) {
    console.error(`--to is required\n${BACKUP_USAGE}`);
    return 2;
  }
  let passphrase: string;
  try {
    passphrase = backupPassphrase(options.passphraseFile, env);
  } catch (error) {
    if (!(error instanceof PassphraseMissing)) throw error;
    console.error(`${error.message}\n${BACKUP_USAGE}`);
    return 2;
  }
  const dataDir = resolve(options.dataDir ?? env.DATA_DIR ?? './data');
  const snapshot = await snapshotDataDirectory(dataDir, env);
  const manifest: BackupManifest = {
    format: 'telemed-backup',
    version: BACKUP_FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    logHead: snapshot.logHead.toString(),
    entries: snapshot.entries,
  };
  const sealed = await sealBackup(manifest, snapshot.contents, passphrase);
  const target = resolve(options.to);
  // Never a half-written backup under the final name.
  writeFileSync(`${target}.partial`, sealed, { mode: 0o600 });
  renameSync(`${target}.partial`, target);
  console.log(
    JSON.stringify({ file: target, bytes: sealed.length, createdAt: manifest.createdAt, logHead: manifest.logHead, entries: manifest.entries.map((entry) => entry.name) }, null, 2),
  );
  return 0;
}
