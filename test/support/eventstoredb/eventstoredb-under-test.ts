import type { EventStore } from '@telemed/event-store/event-store.port';
import { EventStoreDbEventStore } from '@telemed/event-store/eventstoredb/eventstoredb-event-store';
import type { EventStoreUnderTest } from '../../conformance/event-store-fixtures';
import { IsolatedLogView, newIsolatedLog } from './isolated-log-view';
import { type EventStoreTestServer, type EventStoreTestServerOptions, startEventStoreTestServer } from './test-server';

/** Set it to run the EventStoreDB suites against a real server (for example deploy/docker-compose.yml's). */
export const REAL_SERVER = process.env.EVENTSTORE_CONNECTION_STRING;

/** Short, so that filtered subscriptions in tests move their checkpoint over skipped records quickly. */
export const TEST_IDLE_SCAN_INTERVAL_MS = 25;

export interface EventStoreDbServer {
  connectionString: string;
  /** The test server, when the suites run against it; undefined against a real server. */
  testServer?: EventStoreTestServer;
  stop(): Promise<void>;
}

/** The server the suites talk to: EVENTSTORE_CONNECTION_STRING when set, else a fresh test server. */
export async function eventStoreDbServer(options?: EventStoreTestServerOptions): Promise<EventStoreDbServer> {
  if (REAL_SERVER) return { connectionString: REAL_SERVER, stop: async () => undefined };
  const testServer = await startEventStoreTestServer(options);
  return { connectionString: testServer.connectionString, testServer, stop: () => testServer.stop() };
}

export function connectStore(connectionString: string): Promise<EventStoreDbEventStore> {
  return EventStoreDbEventStore.connect({ connectionString, idleScanIntervalMs: TEST_IDLE_SCAN_INTERVAL_MS });
}

/**
 * A store for one conformance test, empty as the suite requires: on the test server a server of its
 * own; on a real server, whose log cannot be emptied, a namespace of its own inside it.
 */
export async function eventStoreDbUnderTest(options?: EventStoreTestServerOptions): Promise<EventStoreUnderTest> {
  const server = await eventStoreDbServer(options);
  const opened: EventStore[] = [];
  const first = await connectStore(server.connectionString);
  opened.push(first);
  const isolated = REAL_SERVER ? await newIsolatedLog(first) : undefined;
  const view = (store: EventStoreDbEventStore): EventStore => (isolated ? new IsolatedLogView(store, isolated) : store);
  return {
    store: view(first),
    reopen: async () => {
      const store = await connectStore(server.connectionString);
      opened.push(store);
      return view(store);
    },
    cleanup: async () => {
      await Promise.all(opened.map((store) => store.close()));
      await server.stop();
    },
  };
}
