import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Option } from 'commander';
import { ALL_PROJECTIONS, rebuildReadModels } from '@telemed/projections';
import { SqliteReadModelFiles } from '@telemed/runtime';
import { BackupUnreadable, openBackup } from './backup/backup-container';
import { verifyBackupEntries, writeEntries } from './backup/backup-verification';
import { MASTER_KEY_ENTRY, passphraseOrComplaint } from './backup/data-directory-snapshot';
import { cliCommand, required, runCli, runs, USAGE_ERROR } from './cli-command';
import { openDecryptedLog } from './decrypted-log';

export interface RestoreOptions {
  from: string;
  dataDir?: string;
  force?: boolean;
  passphraseFile?: string;
}

/** `cli restore`: a backup restored into a data directory, verified, with its read models rebuilt. */
export function restoreCli(env: NodeJS.ProcessEnv = process.env) {
  const command = cliCommand(
    'restore',
    'a backup restored into a data directory',
    "Restores a backup into a data directory: decrypts it, checks every entry and the log's hash chain and seals, rebuilds the " +
      'read models from the log, then moves the files into place. Refuses a data directory that is not empty unless --force, ' +
      'which replaces its contents. Run it while the backbone is stopped. Exits 1 when refused.',
  )
    .addOption(required(new Option('--from <file>', 'the backup file')))
    .option('--data-dir <dir>', 'the data directory to restore into (default DATA_DIR, else ./data)')
    .option('--force', 'replace the contents of a data directory that is not empty')
    .option('--passphrase-file <file>', 'a file whose first line is the passphrase (default BACKUP_PASSPHRASE)');
  return runs<RestoreOptions>(command, (options) => restore(options, env));
}

/** Runs `cli restore` with these arguments. */
export const restoreCommand = (args: string[], env: NodeJS.ProcessEnv = process.env) => runCli(restoreCli(env), args);

function isEmptyDirectory(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

async function restore(options: RestoreOptions, env: NodeJS.ProcessEnv): Promise<number> {
  const passphrase = passphraseOrComplaint(options.passphraseFile, env);
  if (passphrase === undefined) return USAGE_ERROR;
  const dataDir = resolve(options.dataDir ?? env.DATA_DIR ?? './data');
  if (!isEmptyDirectory(dataDir) && !options.force) {
    console.error(`${dataDir} is not empty: restore refuses to mix a backup with other files; empty it or pass --force to replace its contents`);
    return 1;
  }
  let backup;
  try {
    backup = await openBackup(readFileSync(resolve(options.from)), passphrase);
  } catch (error) {
    if (!(error instanceof BackupUnreadable)) throw error;
    console.error(error.message);
    return 1;
  }
  if (!backup.contents.has(MASTER_KEY_ENTRY) && !env.PATIENT_DATA_MASTER_KEY) {
    console.error('the backup holds no master key (it was configured): set PATIENT_DATA_MASTER_KEY to the key the backed-up backbone used');
    return 1;
  }
  // Everything is checked and built beside the target first, so a refused backup leaves it untouched.
  mkdirSync(dirname(dataDir), { recursive: true });
  const staging = join(dirname(dataDir), `.${basename(dataDir)}.restoring-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    writeEntries(backup, staging);
    const report = await verifyBackupEntries(backup, staging);
    if (!report.ok) {
      console.error(`the backup does not verify; nothing was restored:\n${report.problems.join('\n')}`);
      return 1;
    }
    const readModels = await rebuildInto(staging, env);
    moveInto(staging, dataDir);
    console.log(
      JSON.stringify(
        {
          restored: dataDir,
          createdAt: backup.manifest.createdAt,
          logHead: backup.manifest.logHead,
          log: report.log,
          accessTrail: report.accessTrail,
          readModels,
        },
        null,
        2,
      ),
    );
    return 0;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Rebuilds the read models of a restored directory from its log, decrypting as the backbone does. */
async function rebuildInto(dir: string, env: NodeJS.ProcessEnv): Promise<{ position: string; eventsApplied: number }> {
  const log = await openDecryptedLog(dir, env);
  const readModels = await new SqliteReadModelFiles(dir).openLive();
  try {
    const report = await rebuildReadModels(log.store, readModels, ALL_PROJECTIONS);
    return { position: report.position.toString(), eventsApplied: report.eventsApplied };
  } finally {
    await readModels.close();
    await log.close();
  }
}

function moveInto(staging: string, dataDir: string): void {
  mkdirSync(dataDir, { recursive: true });
  for (const name of readdirSync(dataDir)) rmSync(join(dataDir, name), { recursive: true, force: true });
  for (const name of readdirSync(staging)) renameSync(join(staging, name), join(dataDir, name));
}
