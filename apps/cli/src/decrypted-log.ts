import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ChainedEventStore } from '@telemed/audit';
import { EncryptingEventStore, PatientDataCipher } from '@telemed/event-store/encryption';
import { SqliteEventStore } from '@telemed/event-store/sqlite/sqlite-event-store';
import { eventUpcasters, UpcastingEventStore, type UpcasterRegistry } from '@telemed/event-store/upcasting';
import { EVENTS_FILE, loadConfig, openPatientKeyStore, type AppConfig } from '@telemed/runtime';

/**
 * A data directory's log as the backbone reads it: hash-chained on append, patient data decrypted
 * on read (placeholders where erased) and brought to this release's event shapes by the upcasters.
 * For operator commands that project or write events, never for verification, which reads the log as stored.
 */
export async function openDecryptedLog(
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
  upcasters: UpcasterRegistry = eventUpcasters(),
): Promise<{ store: UpcastingEventStore; cipher: PatientDataCipher; config: AppConfig; close(): Promise<void> }> {
  const eventsFile = join(dataDir, EVENTS_FILE);
  if (!existsSync(eventsFile)) throw new Error(`no event log at ${eventsFile}`);
  const config = loadConfig({ ...env, DATA_DIR: dataDir });
  const patientData = await openPatientDataCipher(config);
  const store = new UpcastingEventStore(new EncryptingEventStore(new ChainedEventStore(SqliteEventStore.open(eventsFile)), patientData.cipher), upcasters);
  const close = async () => {
    await store.close();
    await patientData.close();
  };
  return { store, cipher: patientData.cipher, config, close };
}

/** The patient keys of the configured log, under its master key; `close` closes the key store. */
export async function openPatientDataCipher(config: AppConfig): Promise<{ cipher: PatientDataCipher; close(): Promise<void> }> {
  const keys = await openPatientKeyStore(config);
  try {
    return { cipher: await PatientDataCipher.open(config.patientData.masterKey, keys), close: () => keys.close() };
  } catch (error) {
    await keys.close();
    throw error;
  }
}
