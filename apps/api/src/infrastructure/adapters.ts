import { join } from 'node:path';
import { EventStoreDbEventStore } from '@telemed/event-store/eventstoredb';
import { PostgresEventStore } from '@telemed/event-store/postgres/postgres-event-store';
import { SqliteEventStore } from '@telemed/event-store/sqlite/sqlite-event-store';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { PostgresPatientKeyStore, SqlitePatientKeyStore, type PatientKeyStore } from '@telemed/event-store/encryption';
import { PostgresReadModelStore, SqliteReadModelStore, type ReadModelStore } from '@telemed/projections';
import type { AppConfig } from '../config/app-config';
import { PostgresReadModelSchemas, ReadModelProvisioner, SqliteReadModelFiles } from './read-model-files';

export const EVENTS_FILE = 'events.sqlite';
/** Per-caller API state that is not derived from the log (idempotency keys). */
export const API_STATE_FILE = 'api-state.sqlite';

/** Where the event log is: what the adapter needs of the configuration. */
export type EventLogConfig = Pick<AppConfig, 'eventStore' | 'dataDir' | 'databaseUrl' | 'eventStoreConnectionString'>;

/** The event store adapter that configuration names: one variable picks it. */
export async function openEventStoreAdapter(config: EventLogConfig): Promise<EventStore> {
  switch (config.eventStore) {
    case 'sqlite':
      return SqliteEventStore.open(join(config.dataDir, EVENTS_FILE));
    case 'postgres':
      return PostgresEventStore.connect({ connectionString: config.databaseUrl! });
    case 'eventstoredb':
      return EventStoreDbEventStore.connect({ connectionString: config.eventStoreConnectionString! });
  }
}

export function readModelProvisioner(config: AppConfig): ReadModelProvisioner {
  return config.readModelStore === 'postgres' ? new PostgresReadModelSchemas(config.databaseUrl!) : new SqliteReadModelFiles(config.dataDir);
}

/** Idempotency keys live beside the read models' database, but outside the rebuildable read models. */
export function openApiStateStore(config: AppConfig): Promise<ReadModelStore> {
  return config.readModelStore === 'postgres'
    ? PostgresReadModelStore.connect({ connectionString: config.databaseUrl!, schema: 'api_state' })
    : Promise.resolve(SqliteReadModelStore.open(join(config.dataDir, API_STATE_FILE), { durable: true }));
}

/** Patient data keys must be shared by every process that reads the log, so they live with it. */
export function openPatientKeyStore(config: EventLogConfig & Pick<AppConfig, 'patientData'>): Promise<PatientKeyStore> {
  return config.databaseUrl && config.eventStore !== 'sqlite'
    ? PostgresPatientKeyStore.connect({ connectionString: config.databaseUrl })
    : Promise.resolve(SqlitePatientKeyStore.open(config.patientData.keyStoreFile));
}
