import { resolve } from 'node:path';
import { ALL_PROJECTIONS, rebuildReadModels } from '@telemed/projections';
import { SqliteReadModelFiles } from '@telemed/runtime';
import { patientsPastRetention } from '@telemed/application/patients/retention-due';
import { openDecryptedLog } from './decrypted-log';
import { cliCommand, runCli, runs } from './cli-command';

interface RetentionDueOptions {
  dataDir?: string;
}

/** `cli retention-due`: the patients past the retention period and under no legal hold, for a person to decide on. */
export function retentionDueCli(env: NodeJS.ProcessEnv = process.env) {
  const command = cliCommand(
    'retention-due',
    'the patients past the retention period and under no legal hold',
    'Lists, as JSON, the patients whose last recorded activity is older than PATIENT_RETENTION_YEARS (default 30), who are under ' +
      'no legal hold and whose data is not erased yet: their key id (never the record number), last activity, the end of their ' +
      'retention period and their cases. Nothing is erased: each is for a person to decide on (cli erase-patient). Run it while ' +
      'the backbone is stopped, or use GET /v1/patients/retention-due on a running one.',
  ).option('--data-dir <dir>', 'the data directory (default DATA_DIR, else ./data)');
  return runs<RetentionDueOptions>(command, (options) => retentionDue(options, env));
}

/** Runs `cli retention-due` with these arguments. */
export const retentionDueCommand = (args: string[], env: NodeJS.ProcessEnv = process.env) => runCli(retentionDueCli(env), args);

async function retentionDue({ dataDir: given }: RetentionDueOptions, env: NodeJS.ProcessEnv): Promise<number> {
  const dataDir = resolve(given ?? env.DATA_DIR ?? './data');
  const { store, cipher, config, close } = await openDecryptedLog(dataDir, env);
  const readModels = await new SqliteReadModelFiles(dataDir).openLive();
  try {
    // The last activity is read from the read models, so they must hold the whole log first.
    await rebuildReadModels(store, readModels, ALL_PROJECTIONS);
    const retentionYears = config.patientData.retentionYears;
    const asOf = new Date().toISOString();
    const items = await patientsPastRetention({ readModels, store, cipher, retentionYears, now: asOf });
    console.log(JSON.stringify({ retentionYears, asOf, items }, null, 2));
    return 0;
  } finally {
    await readModels.close();
    await close();
  }
}
