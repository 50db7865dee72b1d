import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { EventStoreDbEventStore } from '@telemed/event-store/eventstoredb/eventstoredb-event-store';
import { SqliteReadModelStore } from '@telemed/projections';
import { PROJECTOR_READ_MODELS_FILE } from '@telemed/runtime';
import { readWholeLog } from '../stats/log-recount';
import { connectStore, type EventStoreDbServer, eventStoreDbServer } from '../support/eventstoredb/eventstoredb-under-test';
import { AppProcess, ensureAppsBuilt, PROJECTOR_MAIN, RELAY_MAIN, startRelayAndProjector, untilBothCaughtUp } from '../support/kafka/app-process';
import { waitUntil } from '../support/kafka/kafka-test-helpers';
import { generateProgrammeLog } from '../support/kafka/programme-log';
import { differencesFromRebuild, statsBesideRecount } from '../support/kafka/read-model-checks';
import { type KafkaTestCluster, startTestCluster } from '../support/kafka/test-cluster';

/** The programme's events, stream by stream in log order, appended to EventStoreDB at the same revisions. */
async function copyInto(store: EventStoreDbEventStore, events: RecordedEvent[]): Promise<void> {
  for (let start = 0; start < events.length; ) {
    let end = start + 1;
    while (end < events.length && events[end].streamId === events[start].streamId) end++;
    const first = events[start];
    await store.appendToStream(
      first.streamId,
      events.slice(start, end).map(({ eventId, type, schemaVersion, data, metadata }) => ({ eventId, type, schemaVersion, data, metadata })),
      first.streamRevision === 0 ? 'no-stream' : first.streamRevision - 1,
    );
    start = end;
  }
}

describe('the relay and projector processes with EVENT_STORE=eventstoredb', () => {
  let cluster: KafkaTestCluster;
  let server: EventStoreDbServer;
  let store: EventStoreDbEventStore;
  let log: RecordedEvent[];
  let dataDir: string;
  const processes: AppProcess[] = [];

  beforeAll(async () => {
    ensureAppsBuilt();
    dataDir = mkdtempSync(join(tmpdir(), 'telemed-esdb-relay-'));
    const programme = await generateProgrammeLog({ seed: 67, scale: 0.25, months: 4 });
    [cluster, server] = await Promise.all([startTestCluster({ partitions: 3 }), eventStoreDbServer()]);
    try {
      store = await connectStore(server.connectionString);
      await copyInto(store, await readWholeLog(programme.events));
    } finally {
      await programme.close();
    }
    log = await readWholeLog(store);
  }, 120_000);

  afterAll(async () => {
    processes.forEach((child) => child.kill());
    await store?.close();
    await server?.stop();
    await cluster?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const common = () => ({
    DATA_DIR: dataDir,
    EVENT_STORE: 'eventstoredb',
    EVENTSTORE_CONNECTION_STRING: server.connectionString,
    READ_MODEL_STORE: 'sqlite',
    KAFKA_BROKERS: cluster.brokers.join(','),
    KAFKA_TOPIC_PREFIX: cluster.topicPrefix,
    KAFKA_TOPIC_PARTITIONS: '3',
    KAFKA_REPLICATION_FACTOR: '3',
    LAG_REPORT_INTERVAL_MS: '1000',
    PROBE_PORT: '0',
  });

  it('forward the log from EventStoreDB and project it, and the relay resumes from the checkpoint it kept there', async () => {
    const head = await store.headPosition();
    const { relay, projector } = startRelayAndProjector(common(), 'esdb');
    processes.push(relay, projector);

    await untilBothCaughtUp(relay, projector, log.length);

    relay.terminate();
    projector.terminate();
    expect(await relay.exited).toEqual({ code: 0, signal: null });
    expect(await projector.exited).toEqual({ code: 0, signal: null });
    // Past the last event it may have passed over its own checkpoint record, which the log keeps too.
    const relayStopped = relay.lines.find((line) => line.message === 'relay stopped');
    expect(relayStopped).toMatchObject({ eventsPublished: log.length });
    expect(BigInt(relayStopped!.position as string)).toBeGreaterThanOrEqual(head);
    expect(projector.lines.find((line) => line.message === 'projector stopped')).toMatchObject({ applied: log.length, deadLettered: 0 });

    const readModels = SqliteReadModelStore.open(join(dataDir, PROJECTOR_READ_MODELS_FILE));
    try {
      expect(await differencesFromRebuild(readModels, store)).toEqual([]);
      const { served, recounted } = await statsBesideRecount(readModels, log);
      expect(served).toEqual(recounted);
    } finally {
      await readModels.close();
    }

    // The checkpoint lives in EventStoreDB: a relay started again publishes nothing twice.
    const again = new AppProcess(RELAY_MAIN, { ...common(), KAFKA_CLIENT_ID: 'esdb-relay-again' });
    processes.push(again);
    await waitUntil(() => again.lines.some((line) => line.message === 'relay started'), 60_000, `the relay starts again\n${again.output}`);
    const started = again.lines.find((line) => line.message === 'relay started');
    expect(started).toMatchObject({ eventStore: 'eventstoredb' });
    // It resumes where the first relay's checkpoint stands: at the head, or past its own checkpoint record.
    expect(BigInt(started!.after as string)).toBeGreaterThanOrEqual(head);
    expect(BigInt(started!.after as string)).toBeLessThanOrEqual(BigInt(relayStopped!.position as string));
    again.terminate();
    expect(await again.exited).toEqual({ code: 0, signal: null });
    const stopped = again.lines.find((line) => line.message === 'relay stopped');
    expect(stopped).toMatchObject({ eventsPublished: 0 });
    expect(BigInt(stopped!.position as string)).toBeGreaterThanOrEqual(head);
  }, 120_000);

  it('refuse EVENT_STORE=eventstoredb without a connection string, and EVENT_BUS=inprocess', async () => {
    const relay = new AppProcess(RELAY_MAIN, { ...common(), EVENTSTORE_CONNECTION_STRING: '', EVENT_BUS: 'inprocess' });
    const projector = new AppProcess(PROJECTOR_MAIN, { ...common(), EVENTSTORE_CONNECTION_STRING: 'http://localhost:2113' });
    processes.push(relay, projector);
    expect((await relay.exited).code).toBe(1);
    expect((await projector.exited).code).toBe(1);
    expect(relay.output).toContain('EVENTSTORE_CONNECTION_STRING is required when EVENT_STORE is eventstoredb');
    expect(relay.output).toContain('EVENT_BUS=inprocess has the api project the log itself; the relay runs with EVENT_BUS=kafka');
    expect(projector.output).toContain('EVENTSTORE_CONNECTION_STRING must be an esdb:// (or kurrentdb://) connection string');
  }, 30_000);
});
