import { isAbsolute, join, resolve } from 'node:path';
import { choiceSetting } from '../kafka-config';

/** Where a store lives: a SQLite file, or a PostgreSQL database. */
export type StoreLocation = { kind: 'sqlite'; file: string } | { kind: 'postgres'; connectionString: string };

export interface StoreSettings {
  dataDir: string;
  eventStore: StoreLocation;
  readModelStore: StoreLocation;
}

/** The embedded event log's file name, as the API writes it (apps/api infrastructure.module.ts). */
export const EVENTS_FILE = 'events.sqlite';

/**
 * Reads EVENT_STORE and READ_MODEL_STORE (sqlite | postgres) as the API does, DATA_DIR for the
 * SQLite files, and DATABASE_URL, required as soon as either store is PostgreSQL.
 * `readModelFile` names the SQLite read-model file of the calling process.
 */
export function readStoreSettings(env: NodeJS.ProcessEnv, readModelFile: string, problems: string[]): StoreSettings {
  const rawDataDir = env.DATA_DIR && env.DATA_DIR !== '' ? env.DATA_DIR : './data';
  const dataDir = isAbsolute(rawDataDir) ? rawDataDir : resolve(process.cwd(), rawDataDir);
  const eventStoreKind = choiceSetting(env, 'EVENT_STORE', ['sqlite', 'postgres'] as const, problems);
  const readModelKind = choiceSetting(env, 'READ_MODEL_STORE', ['sqlite', 'postgres'] as const, problems);
  const connectionString = env.DATABASE_URL ?? '';
  const postgresWanted = [eventStoreKind, readModelKind].includes('postgres');
  if (postgresWanted && connectionString === '') {
    problems.push('DATABASE_URL is required when EVENT_STORE or READ_MODEL_STORE is postgres (postgres://user@host:5432/database)');
  } else if (postgresWanted && !/^postgres(ql)?:\/\//.test(connectionString)) {
    problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  const location = (kind: 'sqlite' | 'postgres', file: string): StoreLocation =>
    kind === 'postgres' ? { kind, connectionString } : { kind, file: join(dataDir, file) };
  return { dataDir, eventStore: location(eventStoreKind, EVENTS_FILE), readModelStore: location(readModelKind, readModelFile) };
}
