import { join } from 'node:path';
import { integerSetting } from './settings';
import { loadOrCreateMasterKeyFile, parseMasterKey, PATIENT_KEYS_FILE } from '@telemed/event-store/encryption';

export interface PatientDataConfig {
  /** Wraps every patient's data key: PATIENT_DATA_MASTER_KEY, or in embedded mode the one generated into the data directory. */
  masterKey: Buffer;
  /** True when the master key was generated into `masterKeyFile` rather than configured. */
  masterKeyGenerated: boolean;
  masterKeyFile: string;
  /** The patients' wrapped data keys (embedded mode). */
  keyStoreFile: string;
  /** A patient's data may be erased once their last recorded activity is older than this. */
  retentionYears: number;
}

/** Records are kept for at least 15 years (30 for inpatient records): a shorter retention is refused. */
const MIN_RETENTION_YEARS = 15;
const DEFAULT_RETENTION_YEARS = 30;

/**
 * Reads PATIENT_DATA_MASTER_KEY and PATIENT_RETENTION_YEARS, adding what is wrong to `problems`.
 * Answers a function that completes the configuration once every value is known to be valid: in
 * embedded mode it generates the master key into DATA_DIR/keys/master.key (mode 0600) when none
 * is configured. Several processes of a distributed backbone must share one key, so there it is required.
 */
export function readPatientDataConfig(
  env: NodeJS.ProcessEnv,
  dataDir: string,
  problems: string[],
  embedded: boolean,
): () => PatientDataConfig {
  const raw = env.PATIENT_DATA_MASTER_KEY ?? '';
  const configured = raw === '' ? undefined : parseMasterKey(raw);
  if (raw !== '' && !configured) problems.push('PATIENT_DATA_MASTER_KEY must be the base64 encoding of exactly 32 bytes');
  if (raw === '' && !embedded) problems.push('PATIENT_DATA_MASTER_KEY is required unless the event store is embedded (EVENT_STORE=sqlite)');

  const retentionYears = integerSetting(env, 'PATIENT_RETENTION_YEARS', DEFAULT_RETENTION_YEARS, MIN_RETENTION_YEARS, 200, problems);

  const masterKeyFile = join(dataDir, 'keys', 'master.key');
  return () => {
    const { key, generated } = configured ? { key: configured, generated: false } : loadOrCreateMasterKeyFile(masterKeyFile);
    return { masterKey: key, masterKeyGenerated: generated, masterKeyFile, keyStoreFile: join(dataDir, PATIENT_KEYS_FILE), retentionYears };
  };
}
