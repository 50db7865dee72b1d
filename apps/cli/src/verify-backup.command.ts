import { createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BackupUnreadable, openBackup } from './backup/backup-container';
import { verifyBackupEntries, writeEntries } from './backup/backup-verification';
import { passphraseOrComplaint } from './backup/data-directory-snapshot';
import { cliCommand, runCli, runs, USAGE_ERROR } from './cli-command';

export interface VerifyBackupOptions {
  passphraseFile?: string;
  publicKey?: string;
}

/** `cli verify-backup <file>`: a backup checked without restoring it. */
export function verifyBackupCli(env: NodeJS.ProcessEnv = process.env) {
  const command = cliCommand(
    'verify-backup',
    'a backup checked without restoring it',
    "Checks a backup without restoring it: decrypts it, checks every entry against the manifest's SHA-256, checks every " +
      "database's integrity and verifies the log's and the access trail's hash chains and seals (with the backup's own audit " +
      'key, or --public-key to check against a key kept apart). Exits 0 when the backup is whole, 1 when it is not.',
  )
    .argument('<file>', 'the backup file')
    .option('--passphrase-file <file>', 'a file whose first line is the passphrase (default BACKUP_PASSPHRASE)')
    .option('--public-key <pem>', "check the seals against this public key instead of the backup's own");
  return runs<VerifyBackupOptions>(command, (options, file) => verifyBackup(file, options, env));
}

/** Runs `cli verify-backup` with these arguments. */
export const verifyBackupCommand = (args: string[], env: NodeJS.ProcessEnv = process.env) => runCli(verifyBackupCli(env), args);

async function verifyBackup(file: string, options: VerifyBackupOptions, env: NodeJS.ProcessEnv): Promise<number> {
  const passphrase = passphraseOrComplaint(options.passphraseFile, env);
  if (passphrase === undefined) return USAGE_ERROR;
  const scratch = mkdtempSync(join(tmpdir(), 'telemed-verify-backup-'));
  try {
    const backup = await openBackup(readFileSync(resolve(file)), passphrase);
    writeEntries(backup, scratch);
    const publicKey = options.publicKey ? createPublicKey(readFileSync(options.publicKey, 'utf8')) : undefined;
    const report = await verifyBackupEntries(backup, scratch, { publicKey });
    console.log(JSON.stringify(report, null, 2));
    return report.ok ? 0 : 1;
  } catch (error) {
    if (!(error instanceof BackupUnreadable)) throw error;
    console.log(JSON.stringify({ ok: false, problems: [error.message] }, null, 2));
    return 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
