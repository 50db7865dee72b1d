import type { Provider } from '@nestjs/common';
import { ChainedEventStore } from '@telemed/audit';
import { EncryptingEventStore, PatientDataCipher } from '@telemed/event-store/encryption';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { UpcastingEventStore, type UpcasterRegistry } from '@telemed/event-store/upcasting';
import { type EventStoreSystem, TracedEventStore } from '@telemed/event-store/tracing/traced-event-store';
import { tracingActive } from '@telemed/observability/tracing/tracing';
import { type AppConfig, openEventStoreAdapter, openPatientKeyStore } from '@telemed/runtime';
import { EVENT_STORE, EVENT_UPCASTERS, RAW_EVENT_STORE } from '../infrastructure/tokens';

/** `db.system.name` of each event store adapter, for the spans of the log. */
const TRACED_SYSTEMS: Record<AppConfig['eventStore'], EventStoreSystem> = { sqlite: 'sqlite', postgres: 'postgresql', eventstoredb: 'eventstoredb' };

/**
 * The log in two views: RAW_EVENT_STORE is what is stored (hash-chained, patient data encrypted),
 * EVENT_STORE wraps it, decrypts, and upcasts what it decrypted to this release's event shapes.
 * Encrypting wraps the chain, so the chain covers ciphertext; upcasting never reaches what is stored.
 * While tracing is on, EVENT_STORE also makes a span of every append and stream read.
 */
export function eventStoreProviders(config: AppConfig): Provider[] {
  return [
    { provide: RAW_EVENT_STORE, useFactory: async () => new ChainedEventStore(await openEventStoreAdapter(config)) },
    {
      provide: PatientDataCipher,
      useFactory: async () => PatientDataCipher.open(config.patientData.masterKey, await openPatientKeyStore(config)),
    },
    {
      provide: EVENT_STORE,
      inject: [RAW_EVENT_STORE, PatientDataCipher, EVENT_UPCASTERS],
      useFactory: (raw: EventStore, cipher: PatientDataCipher, upcasters: UpcasterRegistry) => {
        const store = new UpcastingEventStore(new EncryptingEventStore(raw, cipher), upcasters);
        return tracingActive() ? new TracedEventStore(store, TRACED_SYSTEMS[config.eventStore]) : store;
      },
    },
  ];
}
