import { ChainedEventStore } from '@telemed/audit';
import { EncryptingEventStore, PatientDataCipher } from '@telemed/event-store/encryption';
import { eventUpcasters, UpcastingEventStore } from '@telemed/event-store/upcasting';
import type { EventLogConfig } from '../config/store-config';
import { openEventStoreAdapter, openPatientKeyStore } from './stores';

/**
 * The log as the backbone reads and writes it outside the api: hash-chained on append, patient data
 * encrypted at rest and decrypted on read under the shared master key, events upcast to this
 * release's shapes. `close` closes the log and the patient key store.
 */
export async function openApplicationLog(config: EventLogConfig, masterKey: Buffer): Promise<{ store: UpcastingEventStore; close(): Promise<void> }> {
  const keys = await openPatientKeyStore(config);
  try {
    const cipher = await PatientDataCipher.open(masterKey, keys);
    const store = new UpcastingEventStore(new EncryptingEventStore(new ChainedEventStore(await openEventStoreAdapter(config)), cipher), eventUpcasters());
    return {
      store,
      close: async () => {
        await store.close();
        await keys.close();
      },
    };
  } catch (error) {
    await keys.close();
    throw error;
  }
}
