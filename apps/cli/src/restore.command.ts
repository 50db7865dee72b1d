import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ALL_PROJECTIONS, rebuildReadModels } from '@telemed/projections';
import { SqliteReadModelFiles } from '../../api/src/infrastructure/read-model-files';
import { BackupUnreadable, openBackup } from './backup/backup-container';
import { verifyBackupEntries, writeEntries } from './backup/backup-verification';
import { backupPassphrase, MASTER_KEY_ENTRY, PassphraseMissing } from './backup/data-directory-snapshot';
import { openDecryptedLog } from './decrypted-log';

export const RESTORE_USAGE = `usage: cli restore --from <file> [--data-dir <dir>] [--force] [--passphrase-file <file>]
  Restores a backup into a data directory: decrypts it, checks every entry and the log's hash chain and
  seals, rebuilds the read models from the log, then moves the files into place. Refuses a data directory
  that is not empty unless --force, which replaces its contents. Run it while the backbone is stopped.`;

export interface RestoreOptions {
  from: string;
  dataDir?: string;
  force?: boolean;
  passphraseFile?: string;
}

export function parseRestoreArgs(args: string[]): RestoreOptions | undefined {
  const { values } = parseArgs({
    args,
    options: { from: { type: 'string' }, 'data-dir': { type: 'string' }, force: { type: 'boolean' }, 'passphrase-file': { type: 'string' } },
    strict: true,
  });
  if (!values.from) return undefined;
  return { from: values.from, dataDir: values['data-dir'], force: values.force, passphraseFile: values['passphrase-file'] };
}

function isEmptyDirectory(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

export async function restoreCommand(options: RestoreOptions | undefined, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (!options) {
    console.error(`--from is required\n${RESTORE_USAGE}`);
    return 2;
  }
  let passphrase: string;
  try {
    passphrase = backupPassphrase(options.passphraseFile, env);
  } catch (error) {
    if (!(error instanceof PassphraseMissing)) throw error;
    console.error(`${error.message}\n${RESTORE_USAGE}`);
    return 2;
  }
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
