import { join } from 'node:path';
import { EventStoreDbCheckpointStore, EventStoreDbEventStore } from '@telemed/event-store/eventstoredb';
import { PostgresEventStore } from '@telemed/event-store/postgres/postgres-event-store';
import { SqliteEventStore } from '@telemed/event-store/sqlite/sqlite-event-store';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { PATIENT_KEYS_FILE, PostgresPatientKeyStore, SqlitePatientKeyStore, type PatientKeyStore } from '@telemed/event-store/encryption';
import { EventStoreDbRelayCheckpoints, type RelayCheckpoints, SqlRelayCheckpoints } from '@telemed/messaging';
import { PostgresReadModelStore, SqliteReadModelStore, type ReadModelStore } from '@telemed/projections';
import { type BlobStore, FileBlobStore, PostgresBlobStore } from '@telemed/event-store/blobs';
import { API_STATE_FILE, EVENTS_FILE, MATERIALS_DIRECTORY, PROJECTOR_READ_MODELS_FILE, RELAY_STATE_FILE, RELAY_STATE_SCHEMA } from '../config/data-files';
import type { AppConfig } from '../config/app-config';
import type { EventLogConfig, StoreConfig } from '../config/store-config';
import { PostgresReadModelSchemas, type ReadModelProvisioner, SqliteReadModelFiles } from './read-model-provisioner';

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

/** The api's read models, which a rebuild can replace: SQLite files of the data directory, or PostgreSQL schemas. */
export function readModelProvisioner(config: StoreConfig): ReadModelProvisioner {
  return config.readModelStore === 'postgres' ? new PostgresReadModelSchemas(config.databaseUrl!) : new SqliteReadModelFiles(config.dataDir);
}

/** The projector's read models: the live PostgreSQL schema the api serves, or a SQLite file of its own. */
export async function openProjectorReadModels(config: StoreConfig): Promise<ReadModelStore> {
  return config.readModelStore === 'postgres'
    ? PostgresReadModelStore.connect({ connectionString: config.databaseUrl! })
    : SqliteReadModelStore.open(join(config.dataDir, PROJECTOR_READ_MODELS_FILE));
}

/** Idempotency keys live beside the read models' database, but outside the rebuildable read models. */
export function openApiStateStore(config: StoreConfig): Promise<ReadModelStore> {
  return config.readModelStore === 'postgres'
    ? PostgresReadModelStore.connect({ connectionString: config.databaseUrl!, schema: 'api_state' })
    : Promise.resolve(SqliteReadModelStore.open(join(config.dataDir, API_STATE_FILE), { durable: true }));
}

/** Patient data keys must be shared by every process that reads the log, so they live with it. */
export function openPatientKeyStore(config: EventLogConfig): Promise<PatientKeyStore> {
  return config.databaseUrl && config.eventStore !== 'sqlite'
    ? PostgresPatientKeyStore.connect({ connectionString: config.databaseUrl })
    : Promise.resolve(SqlitePatientKeyStore.open(join(config.dataDir, PATIENT_KEYS_FILE)));
}

/** Where case materials' encrypted bytes go, as MATERIALS_STORE says: files of the data directory, or a PostgreSQL table. */
export async function openMaterialBlobs(config: Pick<AppConfig, 'materials' | 'dataDir' | 'databaseUrl'>): Promise<BlobStore> {
  return config.materials.store === 'postgres'
    ? PostgresBlobStore.connect({ connectionString: config.databaseUrl! })
    : new FileBlobStore(join(config.dataDir, MATERIALS_DIRECTORY));
}

/** The relay's checkpoint, beside the log it forwards; `close` frees what it opened (never the log). */
export async function openRelayCheckpoints(config: EventLogConfig, log: EventStore): Promise<{ checkpoints: RelayCheckpoints; close(): Promise<void> }> {
  if (config.eventStore === 'eventstoredb') {
    if (!(log instanceof EventStoreDbEventStore)) throw new TypeError('a relay on EventStoreDB keeps its checkpoint through the EventStoreDB adapter');
    return { checkpoints: new EventStoreDbRelayCheckpoints(new EventStoreDbCheckpointStore(log)), close: async () => undefined };
  }
  const state =
    config.eventStore === 'postgres'
      ? await PostgresReadModelStore.connect({ connectionString: config.databaseUrl!, schema: RELAY_STATE_SCHEMA, poolSize: 1 })
      : SqliteReadModelStore.open(join(config.dataDir, RELAY_STATE_FILE));
  return { checkpoints: await SqlRelayCheckpoints.open(state), close: () => state.close() };
}
