import { choiceSetting, directorySetting, textSetting } from './settings';

export const EVENT_STORES = ['sqlite', 'postgres', 'eventstoredb'] as const;
export const READ_MODEL_STORES = ['sqlite', 'postgres'] as const;
export const EVENT_BUSES = ['inprocess', 'kafka'] as const;
export type EventStoreKind = (typeof EVENT_STORES)[number];
export type ReadModelStoreKind = (typeof READ_MODEL_STORES)[number];
export type EventBusKind = (typeof EVENT_BUSES)[number];

/** Where the event log is: what the event store adapters need of the configuration. */
export interface EventLogConfig {
  /** Where the embedded files live (DATA_DIR, default ./data). */
  dataDir: string;
  eventStore: EventStoreKind;
  /** PostgreSQL, for EVENT_STORE=postgres and READ_MODEL_STORE=postgres. */
  databaseUrl?: string;
  /** EventStoreDB, for EVENT_STORE=eventstoredb. */
  eventStoreConnectionString?: string;
}

/** Where the log and the read models are, and who projects the log. */
export interface StoreConfig extends EventLogConfig {
  readModelStore: ReadModelStoreKind;
  /** `inprocess`: the api projects the log; `kafka`: the relay publishes it and the projector app projects it. */
  eventBus: EventBusKind;
}

/** The problem reported when a connection setting the chosen store needs is missing. */
export type MissingSetting = (variable: 'DATABASE_URL' | 'EVENTSTORE_CONNECTION_STRING') => string;

const missingForLog: MissingSetting = (variable) =>
  variable === 'DATABASE_URL'
    ? 'DATABASE_URL is required when EVENT_STORE or READ_MODEL_STORE is postgres'
    : 'EVENTSTORE_CONNECTION_STRING is required when EVENT_STORE is eventstoredb';

const POSTGRES_URL = /^postgres(ql)?:\/\//;
const EVENTSTORE_URL = /^(esdb|esdb\+discover|kurrentdb|kurrentdb\+discover):\/\//;

/** Reads DATA_DIR, EVENT_STORE, DATABASE_URL and EVENTSTORE_CONNECTION_STRING; `postgresWanted` adds other users of DATABASE_URL. */
export function readEventLogConfig(env: NodeJS.ProcessEnv, problems: string[], missing: MissingSetting = missingForLog, postgresWanted = false): EventLogConfig {
  const dataDir = directorySetting(env, 'DATA_DIR', './data');
  const eventStore = choiceSetting(env, 'EVENT_STORE', EVENT_STORES, problems);
  const databaseUrl = textSetting(env, 'DATABASE_URL');
  if ((eventStore === 'postgres' || postgresWanted) && !databaseUrl) problems.push(missing('DATABASE_URL'));
  if (databaseUrl && !POSTGRES_URL.test(databaseUrl)) problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
  const eventStoreConnectionString = textSetting(env, 'EVENTSTORE_CONNECTION_STRING');
  if (eventStore === 'eventstoredb' && !eventStoreConnectionString) problems.push(missing('EVENTSTORE_CONNECTION_STRING'));
  if (eventStoreConnectionString && !EVENTSTORE_URL.test(eventStoreConnectionString)) {
    problems.push('EVENTSTORE_CONNECTION_STRING must be an esdb:// (or kurrentdb://) connection string');
  }
  return { dataDir, eventStore, databaseUrl, eventStoreConnectionString };
}

/** Reads the event log's settings, READ_MODEL_STORE and EVENT_BUS (`defaultBus` when unset). */
export function readStoreConfig(env: NodeJS.ProcessEnv, problems: string[], defaultBus: EventBusKind = 'inprocess'): StoreConfig {
  const readModelStore = choiceSetting(env, 'READ_MODEL_STORE', READ_MODEL_STORES, problems);
  const log = readEventLogConfig(env, problems, missingForLog, readModelStore === 'postgres');
  const buses = [defaultBus, ...EVENT_BUSES.filter((bus) => bus !== defaultBus)];
  const eventBus = choiceSetting(env, 'EVENT_BUS', buses, problems);
  return { ...log, readModelStore, eventBus };
}

/** The relay and the projector are the Kafka bus: with EVENT_BUS=inprocess the api projects the log itself. */
export function requireKafkaBus(stores: StoreConfig, app: 'relay' | 'projector', problems: string[]): void {
  if (stores.eventBus !== 'kafka') {
    problems.push(`EVENT_BUS=${stores.eventBus} has the api project the log itself; the ${app} runs with EVENT_BUS=kafka (or EVENT_BUS unset)`);
  }
}
