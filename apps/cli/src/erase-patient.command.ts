import { resolve } from 'node:path';
import { DomainError } from '@telemed/domain/core';
import { erasePatientData } from '@telemed/event-store/encryption';
import { ALL_PROJECTIONS, rebuildReadModels } from '@telemed/projections';
import { SqliteReadModelFiles } from '@telemed/runtime';
import { lastActivityOfPatient } from '@telemed/application/patients/patient-activity';
import { openDecryptedLog } from './decrypted-log';
import { Option } from 'commander';
import { cliCommand, required, runCli, runs } from './cli-command';
import { cliRunMetadata } from './cli-access';

interface ErasePatientOptions {
  hospital: string;
  reference: string;
  reason: string;
  dataDir?: string;
}

/** `cli erase-patient`: a patient's data erased offline once the retention period is over. */
export function erasePatientCli(env: NodeJS.ProcessEnv = process.env) {
  const command = cliCommand(
    'erase-patient',
    "a patient's data erased once the retention period is over",
    "Erases a patient's data once their last recorded activity is older than PATIENT_RETENTION_YEARS (default 30) and no legal hold stands: deletes the " +
      "patient's data keys, so their details and clinical text read as \"[erased]\" everywhere, records PatientDataErased in the " +
      "log (with the patient's key id, never the reference) and purges the read models. Run it while the backbone is stopped, or " +
      'use POST /v1/patients/erasure on a running one. Exits 1 when refused.',
  )
    .addOption(required(new Option('--hospital <hospital id>', 'the hospital that registered the patient')))
    .addOption(required(new Option('--reference <record number>', "the patient's reference at that hospital")))
    .addOption(required(new Option('--reason <text>', 'why the data is erased, as the log records it')))
    .option('--data-dir <dir>', 'the data directory (default DATA_DIR, else ./data)');
  return runs<ErasePatientOptions>(command, (options) => erasePatient(options, env));
}

/** Runs `cli erase-patient` with these arguments. */
export const erasePatientCommand = (args: string[], env: NodeJS.ProcessEnv = process.env) => runCli(erasePatientCli(env), args);

async function erasePatient({ hospital, reference, reason, ...values }: ErasePatientOptions, env: NodeJS.ProcessEnv): Promise<number> {
  const dataDir = resolve(values.dataDir ?? env.DATA_DIR ?? './data');
  const { store, cipher, config, close } = await openDecryptedLog(dataDir, env);
  const readModels = await new SqliteReadModelFiles(dataDir).openLive();
  try {
    // The last activity is read from the read models, so they must hold the whole log first.
    await rebuildReadModels(store, readModels, ALL_PROJECTIONS);
    const outcome = await erasePatientData(
      { store, cipher, retentionYears: config.patientData.retentionYears, lastActivityOf: (keyId) => lastActivityOfPatient(readModels, keyId) },
      {
        hospitalId: hospital,
        reference,
        reason,
        metadata: cliRunMetadata(),
        now: new Date().toISOString(),
      },
    );
    await rebuildReadModels(store, readModels, ALL_PROJECTIONS);
    console.log(JSON.stringify({ ...outcome, position: outcome.position.toString() }, null, 2));
    return 0;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    console.error(error.message);
    return 1;
  } finally {
    await readModels.close();
    await close();
  }
}
