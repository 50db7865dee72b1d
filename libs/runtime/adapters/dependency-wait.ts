import { Client } from 'pg';
import { EventStoreDbEventStore } from '@telemed/event-store/eventstoredb';
import { storeFailureOf } from '@telemed/event-store/store-failures';
import type { StoreConfig } from '../config/store-config';

/** A database the process needs before it can start, and how to ask whether it answers. */
export interface StartupDependency {
  /** The name readiness reports it under. */
  name: 'postgres' | 'eventStoreDb';
  /** Where it is, for the log (no password). */
  address: string;
  /** Resolves once it answers; rejects with the driver's error while it does not. */
  probe(): Promise<void>;
}

export interface DependencyWaitLog {
  waiting(fields: { dependency: string; address: string; attempt: number; retryInMs: number; waitedMs: number; error: string }): void;
  reached(fields: { dependency: string; address: string; attempts: number; waitedMs: number }): void;
}

/** Where the waiting is shown while it lasts (the api's port answers 503 naming the database). */
export interface DependencyWaitReport {
  report(dependency: string, address: string, error: string): void;
}

/** Given up on a database that did not answer within STARTUP_WAIT_SECONDS. */
export class DependencyWaitExpired extends Error {
  constructor(
    readonly dependency: string,
    readonly address: string,
    waitedSeconds: number,
    readonly reason: string,
  ) {
    super(`${dependency} at ${address} did not answer within ${waitedSeconds} s (STARTUP_WAIT_SECONDS): ${reason}`);
    this.name = 'DependencyWaitExpired';
  }
}

const PROBE_TIMEOUT_MS = 3_000;
const FIRST_RETRY_MS = 250;
const LONGEST_RETRY_MS = 5_000;

function withoutPassword(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    url.password = '';
    url.username = '';
    return `${url.protocol}//${url.host}${url.pathname}`;
  } catch {
    return '(unparseable address)';
  }
}

/** The databases the configuration names; none for the embedded SQLite stores. */
export function startupDependencies(config: Pick<StoreConfig, 'eventStore' | 'readModelStore' | 'databaseUrl' | 'eventStoreConnectionString'>): StartupDependency[] {
  const dependencies: StartupDependency[] = [];
  const { databaseUrl, eventStoreConnectionString } = config;
  if (databaseUrl && (config.eventStore === 'postgres' || config.readModelStore === 'postgres')) {
    dependencies.push({
      name: 'postgres',
      address: withoutPassword(databaseUrl),
      probe: async () => {
        const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: PROBE_TIMEOUT_MS });
        // A connection that breaks after connecting must not be an unhandled 'error' event.
        client.on('error', () => undefined);
        try {
          await client.connect();
          await client.query('SELECT 1');
        } finally {
          await client.end().catch(() => undefined);
        }
      },
    });
  }
  if (config.eventStore === 'eventstoredb' && eventStoreConnectionString) {
    dependencies.push({
      name: 'eventStoreDb',
      address: withoutPassword(eventStoreConnectionString),
      probe: async () => {
        const store = await EventStoreDbEventStore.connect({ connectionString: eventStoreConnectionString });
        await store.close();
      },
    });
  }
  return dependencies;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Waits until every dependency answers, probing each with a doubling back-off (0.25 s to 5 s) and
 * logging every failed attempt, for at most `waitSeconds` (the last attempt at that deadline); then throws DependencyWaitExpired. A
 * failure that is not one of a database out of reach (a wrong password, a missing database) is
 * thrown at once: waiting would not mend it.
 */
export async function waitForDependencies(
  dependencies: readonly StartupDependency[],
  waitSeconds: number,
  log: DependencyWaitLog,
  server?: DependencyWaitReport,
): Promise<void> {
  const started = Date.now();
  for (const dependency of dependencies) {
    for (let attempt = 1; ; attempt++) {
      try {
        await dependency.probe();
        if (attempt > 1) log.reached({ dependency: dependency.name, address: dependency.address, attempts: attempt, waitedMs: Date.now() - started });
        break;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        if (storeFailureOf(error) !== 'unavailable') throw error;
        const waitedMs = Date.now() - started;
        const leftMs = waitSeconds * 1000 - waitedMs;
        if (leftMs <= 0) throw new DependencyWaitExpired(dependency.name, dependency.address, waitSeconds, reason);
        // The last attempt is made at the deadline.
        const retryInMs = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** (attempt - 1), leftMs);
        server?.report(dependency.name, dependency.address, reason);
        log.waiting({ dependency: dependency.name, address: dependency.address, attempt, retryInMs, waitedMs, error: reason });
        await sleep(retryInMs);
      }
    }
  }
}
