import { renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Option } from 'commander';
import { BACKUP_FORMAT_VERSION, sealBackup, type BackupManifest } from './backup/backup-container';
import { passphraseOrComplaint, snapshotDataDirectory } from './backup/data-directory-snapshot';
import { cliCommand, required, runCli, runs, USAGE_ERROR } from './cli-command';

export interface BackupOptions {
  to: string;
  dataDir?: string;
  passphraseFile?: string;
}

/** `cli backup`: an online, consistent snapshot of a data directory in one encrypted file. */
export function backupCli(env: NodeJS.ProcessEnv = process.env) {
  const command = cliCommand(
    'backup',
    'an online, encrypted snapshot of a data directory',
    'Takes an online, consistent snapshot of a data directory, also while the backbone runs: the event log, the patient key ' +
      "store, the access trail, the seals and the audit signing key, the master key and the API's idempotency keys and " +
      'development secret. Writes it as one file encrypted with AES-256-GCM under a key derived (scrypt) from the passphrase: ' +
      'the first line of --passphrase-file, else BACKUP_PASSPHRASE. Exits 2 without a passphrase.',
  )
    .addOption(required(new Option('--to <file>', 'the backup file to write')))
    .option('--data-dir <dir>', 'the data directory (default DATA_DIR, else ./data)')
    .option('--passphrase-file <file>', 'a file whose first line is the passphrase (default BACKUP_PASSPHRASE)');
  return runs<BackupOptions>(command, (options) => backup(options, env));
}

/** Runs `cli backup` with these arguments. */
export const backupCommand = (args: string[], env: NodeJS.ProcessEnv = process.env) => runCli(backupCli(env), args);

async function backup(options: BackupOptions, env: NodeJS.ProcessEnv): Promise<number> {
  const passphrase = passphraseOrComplaint(options.passphraseFile, env);
  if (passphrase === undefined) return USAGE_ERROR;
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
