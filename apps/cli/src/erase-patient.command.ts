import { randomUUID } from 'node:crypto';
import { hostname, userInfo } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DomainError } from '@telemed/domain/core';
import { erasePatientData } from '@telemed/event-store/encryption';
import { ALL_PROJECTIONS, rebuildReadModels } from '@telemed/projections';
import { SqliteReadModelFiles } from '../../api/src/infrastructure/read-model-files';
import { lastActivityOfPatient } from '../../api/src/patients/patient-activity';
import { openDecryptedLog } from './decrypted-log';

export const ERASE_PATIENT_USAGE = `usage: cli erase-patient --hospital <hospital id> --reference <record number> --reason <text> [--data-dir <dir>]
  Erases a patient's data once their last recorded activity is older than PATIENT_RETENTION_YEARS (default 30):
  deletes the patient's data keys, so their details and clinical text read as "[erased]" everywhere, records
  PatientDataErased in the log (with the patient's key id, never the reference) and purges the read models.
  Run it while the backbone is stopped, or use POST /v1/patients/erasure on a running one. Exits 1 when refused.`;

function operatingSystemUser(): string {
  try {
    return userInfo().username;
  } catch {
    return `uid-${process.getuid?.() ?? 'unknown'}`;
  }
}

export async function erasePatientCommand(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { hospital: { type: 'string' }, reference: { type: 'string' }, reason: { type: 'string' }, 'data-dir': { type: 'string' } },
    strict: true,
  });
  const { hospital, reference, reason } = values;
  if (!hospital || !reference || !reason) {
    console.error(`--hospital, --reference and --reason are required\n${ERASE_PATIENT_USAGE}`);
    return 2;
  }
  const dataDir = resolve(values['data-dir'] ?? env.DATA_DIR ?? './data');
  const { store, cipher, config, close } = await openDecryptedLog(dataDir, env);
  const readModels = await new SqliteReadModelFiles(dataDir).openLive();
  try {
    // The last activity is read from the read models, so they must hold the whole log first.
    await rebuildReadModels(store, readModels, ALL_PROJECTIONS);
    const requestId = randomUUID();
    const outcome = await erasePatientData(
      { store, cipher, retentionYears: config.patientData.retentionYears, lastActivityOf: (keyId) => lastActivityOfPatient(readModels, keyId) },
      {
        hospitalId: hospital,
        reference,
        reason,
        metadata: { actor: { userId: `os:${operatingSystemUser()}`, role: 'system' }, correlationId: requestId, requestId, sourceAddress: hostname() },
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
