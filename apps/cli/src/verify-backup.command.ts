import { createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BackupUnreadable, openBackup } from './backup/backup-container';
import { verifyBackupEntries, writeEntries } from './backup/backup-verification';
import { backupPassphrase, PassphraseMissing } from './backup/data-directory-snapshot';

export const VERIFY_BACKUP_USAGE = `usage: cli verify-backup <file> [--passphrase-file <file>] [--public-key <pem>]
  Checks a backup without restoring it: decrypts it, checks every entry against the manifest's SHA-256,
  checks every database's integrity and verifies the log's and the access trail's hash chains and seals
  (with the backup's own audit key, or --public-key to check against a key kept apart). Exits 0 when the
  backup is whole, 1 when it is not.`;

export interface VerifyBackupOptions {
  file: string;
  passphraseFile?: string;
  publicKey?: string;
}

export function parseVerifyBackupArgs(args: string[]): VerifyBackupOptions | undefined {
  const { values, positionals } = parseArgs({
    args,
    options: { 'passphrase-file': { type: 'string' }, 'public-key': { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) return undefined;
  return { file: positionals[0], passphraseFile: values['passphrase-file'], publicKey: values['public-key'] };
}

export async function verifyBackupCommand(options: VerifyBackupOptions | undefined, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (!options) {
    console.error(`name one backup file\n${VERIFY_BACKUP_USAGE}`);
    return 2;
  }
  let passphrase: string;
  try {
    passphrase = backupPassphrase(options.passphraseFile, env);
  } catch (error) {
    if (!(error instanceof PassphraseMissing)) throw error;
    console.error(`${error.message}\n${VERIFY_BACKUP_USAGE}`);
    return 2;
  }
  const scratch = mkdtempSync(join(tmpdir(), 'telemed-verify-backup-'));
  try {
    const backup = await openBackup(readFileSync(resolve(options.file)), passphrase);
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
