import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Command, Option } from 'commander';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { EVENT_STORES, EVENTS_FILE, type EventLogConfig, type MissingSetting, openEventStoreAdapter, readEventLogConfig } from '@telemed/runtime';

/** The options that say where the log is; each defaults to the variable the API reads. */
export interface EventLogOptions {
  dataDir?: string;
  eventStore?: EventLogConfig['eventStore'];
  databaseUrl?: string;
  eventstoreConnectionString?: string;
}

/** Declares the options that choose the event log, as the API's configuration variables do. */
export function withEventLogOptions(command: Command): Command {
  return command
    .option('--data-dir <dir>', 'the data directory: the SQLite log, the audit keys and the access trail (default DATA_DIR, else ./data)')
    .addOption(new Option('--event-store <store>', 'the store the log is in (default EVENT_STORE, else sqlite)').choices(EVENT_STORES))
    .option('--database-url <url>', 'the PostgreSQL log, with --event-store postgres (default DATABASE_URL)')
    .option('--eventstore-connection-string <esdb://...>', 'the EventStoreDB log, with --event-store eventstoredb (default EVENTSTORE_CONNECTION_STRING)');
}

const missingOption: MissingSetting = (variable) =>
  variable === 'DATABASE_URL'
    ? 'the PostgreSQL log needs --database-url or DATABASE_URL'
    : 'the EventStoreDB log needs --eventstore-connection-string or EVENTSTORE_CONNECTION_STRING';

/**
 * Where the log is: each option, else its configuration variable (DATA_DIR, EVENT_STORE,
 * DATABASE_URL, EVENTSTORE_CONNECTION_STRING), read as every app reads them. Throws an Error naming
 * every missing or bad setting.
 */
export function eventLogConfig(options: EventLogOptions, env: NodeJS.ProcessEnv = process.env): EventLogConfig {
  const problems: string[] = [];
  const given = {
    DATA_DIR: options.dataDir,
    EVENT_STORE: options.eventStore,
    DATABASE_URL: options.databaseUrl,
    EVENTSTORE_CONNECTION_STRING: options.eventstoreConnectionString,
  };
  const config = readEventLogConfig({ ...env, ...Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)) }, problems, missingOption);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return config;
}

/** The configuration variables that name this log, for the API's own configuration loader. */
export function eventLogEnv(config: EventLogConfig, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return {
    ...env,
    DATA_DIR: config.dataDir,
    EVENT_STORE: config.eventStore,
    ...(config.databaseUrl && { DATABASE_URL: config.databaseUrl }),
    ...(config.eventStoreConnectionString && { EVENTSTORE_CONNECTION_STRING: config.eventStoreConnectionString }),
  };
}

/** The log as stored (patient data encrypted, as the hash chain covers it); an embedded log must exist. */
export async function openStoredLog(config: EventLogConfig): Promise<EventStore> {
  if (config.eventStore === 'sqlite') {
    const file = join(config.dataDir, EVENTS_FILE);
    if (!existsSync(file)) throw new Error(`no event log at ${file}`);
  }
  return openEventStoreAdapter(config);
}
