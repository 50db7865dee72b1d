import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { PostgresEventStore } from '@telemed/event-store/postgres/postgres-event-store';
import { SqliteEventStore } from '@telemed/event-store/sqlite/sqlite-event-store';
import { eventTopics } from '@telemed/messaging';
import { SqliteReadModelStore } from '@telemed/projections';
import { readWholeLog } from '../stats/log-recount';
import { AppProcess, ensureAppsBuilt, PROJECTOR_MAIN, RELAY_MAIN } from '../support/kafka/app-process';
import { readTopics, streamLengths, streamOrder, uniqueGroupId, waitUntil } from '../support/kafka/kafka-test-helpers';
import { generateProgrammeLog, type ProgrammeLog } from '../support/kafka/programme-log';
import { differencesFromRebuild, statsBesideRecount } from '../support/kafka/read-model-checks';
import { type KafkaTestCluster, startTestCluster } from '../support/kafka/test-cluster';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { TcpProxy } from './tcp-proxy';

const OUTAGE_MS = 6000;
const RELAY_BATCH = 200;

async function freePort(): Promise<number> {
  return new Promise((resolvePort) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

interface Readiness {
  status: number;
  body: { status: string; checks: Record<string, { ready: boolean; detail?: string }> };
}

async function readiness(port: number): Promise<Readiness> {
  const response = await fetch(`http://127.0.0.1:${port}/health/ready`);
  return { status: response.status, body: (await response.json()) as Readiness['body'] };
}

/** Appends recorded events to another log, one append per run of one stream, as the writers did. */
async function appendCopies(store: EventStore, events: RecordedEvent[]): Promise<void> {
  for (let start = 0; start < events.length; ) {
    let end = start + 1;
    while (end < events.length && events[end].streamId === events[start].streamId) end++;
    const run = events.slice(start, end).map(({ eventId, type, schemaVersion, data, metadata }) => ({ eventId, type, schemaVersion, data, metadata }));
    await store.appendToStream(events[start].streamId, run, 'any');
    start = end;
  }
}

/**
 * The relay and projector processes while the Kafka cluster goes away and comes back, with events
 * committed to the log during the outage: both stay up, say they are not ready and why, retry with a
 * back-off, and resume from their checkpoints once the cluster is back. Every event reaches its topic
 * in stream order with nothing skipped, and the read models hold each exactly once.
 */
describe('the relay and projector processes through a Kafka outage', () => {
  let cluster: KafkaTestCluster;
  let programme: ProgrammeLog;
  let log: RecordedEvent[];
  let dataDir: string;
  let store: SqliteEventStore;
  const processes: AppProcess[] = [];
  let database: TestDatabase | undefined;
  const proxy = new TcpProxy('127.0.0.1', 5432);

  beforeAll(async () => {
    ensureAppsBuilt();
    [cluster, programme] = await Promise.all([startTestCluster({ partitions: 3 }), generateProgrammeLog({ seed: 67, scale: 0.2, months: 6 })]);
    log = await readWholeLog(programme.events);
    dataDir = mkdtempSync(join(tmpdir(), 'telemed-kafka-outage-'));
    store = SqliteEventStore.open(join(dataDir, 'events.sqlite'));
  }, 90_000);

  afterAll(async () => {
    processes.forEach((child) => child.kill());
    await proxy.refuse();
    await database?.drop();
    await store?.close();
    await cluster?.stop();
    await programme?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('stay up, report Kafka down, and deliver every event committed before, during and after the outage', async () => {
    const beforeOutage = log.slice(0, Math.floor(log.length / 2));
    const duringOutage = log.slice(beforeOutage.length);
    await appendCopies(store, beforeOutage);

    const [relayProbe, projectorProbe] = await Promise.all([freePort(), freePort()]);
    const common = {
      DATA_DIR: dataDir,
      EVENT_STORE: 'sqlite',
      READ_MODEL_STORE: 'sqlite',
      KAFKA_BROKERS: cluster.brokers.join(','),
      KAFKA_TOPIC_PREFIX: cluster.topicPrefix,
      KAFKA_TOPIC_PARTITIONS: '3',
      KAFKA_REPLICATION_FACTOR: '3',
      LAG_REPORT_INTERVAL_MS: '1000',
    };
    const relay = new AppProcess(RELAY_MAIN, { ...common, KAFKA_CLIENT_ID: 'relay-outage', PROBE_PORT: String(relayProbe), RELAY_BATCH_SIZE: String(RELAY_BATCH) });
    const projector = new AppProcess(PROJECTOR_MAIN, {
      ...common,
      KAFKA_CLIENT_ID: 'projector-outage',
      KAFKA_CONSUMER_GROUP: uniqueGroupId('projector-outage'),
      KAFKA_SESSION_TIMEOUT_MS: '6000',
      PROBE_PORT: String(projectorProbe),
    });
    processes.push(relay, projector);
    const lastLag = (app: AppProcess, message: string) => [...app.lines].reverse().find((line) => line.message === message);
    const projectorApplied = () => Number(lastLag(projector, 'projector lag')?.applied ?? 0);

    await waitUntil(() => projectorApplied() === beforeOutage.length, 60_000, `the projector applied the first half\n${projector.output}`);
    expect((await readiness(relayProbe)).status).toBe(200);
    expect((await readiness(projectorProbe)).status).toBe(200);

    // The cluster goes away; events keep being committed to the log meanwhile.
    cluster.cutOff();
    const cutAt = Date.now();
    await appendCopies(store, duringOutage);
    await sleep(OUTAGE_MS / 2);
    const [relayDuring, projectorDuring] = await Promise.all([readiness(relayProbe), readiness(projectorProbe)]);
    await sleep(OUTAGE_MS / 2 - (Date.now() - cutAt - OUTAGE_MS / 2));
    expect(relay.isRunning && projector.isRunning).toBe(true);
    expect(relayDuring).toMatchObject({ status: 503, body: { status: 'not-ready', checks: { eventStore: { ready: true }, kafka: { ready: false } } } });
    expect(projectorDuring).toMatchObject({ status: 503, body: { status: 'not-ready', checks: { readModels: { ready: true }, kafka: { ready: false } } } });
    // How often a send fails within the outage depends on the client's own timeouts; the back-off itself: test/kafka/relay-faults.
    const failedSends = () => relay.lines.filter((line) => line.message === 'Kafka did not acknowledge a batch; sending it again');

    cluster.restore();
    const restoredAt = Date.now();
    await waitUntil(async () => (await readiness(relayProbe).catch(() => ({ status: 0 }))).status === 200, 60_000, 'the relay is ready again');
    const relayReadyMs = Date.now() - restoredAt;
    await waitUntil(async () => (await readiness(projectorProbe).catch(() => ({ status: 0 }))).status === 200, 60_000, 'the projector is ready again');
    const projectorReadyMs = Date.now() - restoredAt;
    await waitUntil(() => Number(lastLag(relay, 'relay lag')?.eventsPublished ?? 0) >= duringOutage.length && lastLag(relay, 'relay lag')?.eventsBehind === '0', 60_000, `the relay published the rest\n${relay.output.slice(-3000)}`);
    const relayCaughtUpMs = Date.now() - restoredAt;
    await waitUntil(() => projectorApplied() === log.length && lastLag(projector, 'projector lag')?.eventsBehind === '0', 60_000, `the projector applied the rest\n${projector.output.slice(-3000)}`);
    const projectorCaughtUpMs = Date.now() - restoredAt;
    process.stdout.write(
      `Kafka outage of ${OUTAGE_MS} ms, ${duringOutage.length} events committed meanwhile: relay send failures ${failedSends().length}; ` +
        `after the cluster came back: relay ready ${relayReadyMs} ms, projector ready ${projectorReadyMs} ms, ` +
        `relay caught up ${relayCaughtUpMs} ms, projector caught up ${projectorCaughtUpMs} ms\n`,
    );

    relay.terminate();
    projector.terminate();
    expect(await relay.exited).toEqual({ code: 0, signal: null });
    expect(await projector.exited).toEqual({ code: 0, signal: null });
    const relayStopped = relay.lines.find((line) => line.message === 'relay stopped')!;
    const projectorStopped = projector.lines.find((line) => line.message === 'projector stopped')!;
    expect(relayStopped.position).toBe((await store.headPosition()).toString());
    // Each event applied once: a batch sent again after a lost acknowledgement is skipped, not applied twice.
    expect(projectorStopped).toMatchObject({ applied: log.length, deadLettered: 0 });
    expect(relay.output + projector.output).not.toMatch(/unhandled rejection|uncaught exception/);

    // On the topics: every event, in stream order, nothing skipped; at most the batches in flight twice.
    const messages = await readTopics(cluster.client('outage-reader'), eventTopics(cluster.topicPrefix), { count: log.length, settleMs: 1_000, timeoutMs: 30_000 });
    const order = streamOrder(messages, streamLengths(log));
    expect(order).toMatchObject({ gaps: [], incomplete: [] });
    expect(messages.length).toBe(log.length + order.duplicates);

    const readModels = SqliteReadModelStore.open(join(dataDir, 'projector-read-models.sqlite'));
    try {
      expect(await differencesFromRebuild(readModels, store)).toEqual([]);
      const { served, recounted } = await statsBesideRecount(readModels, log);
      expect(served).toEqual(recounted);
    } finally {
      await readModels.close();
    }
  }, 150_000);
  it('the relay started while its PostgreSQL log refuses connections waits, not ready, and publishes once the database is there', async () => {
    cluster.restore();
    database = await createTestDatabase();
    const events = log.slice(0, 120);
    const direct = await PostgresEventStore.connect({ connectionString: database.connectionString });
    try {
      await appendCopies(direct, events);
    } finally {
      await direct.close();
    }
    proxy.port = await freePort(); // nothing listens there until the proxy accepts
    const probe = await freePort();
    const relayDir = mkdtempSync(join(tmpdir(), 'telemed-relay-waits-'));
    const relay = new AppProcess(RELAY_MAIN, {
      DATA_DIR: relayDir,
      EVENT_STORE: 'postgres',
      READ_MODEL_STORE: 'postgres',
      DATABASE_URL: proxy.through(database.connectionString),
      KAFKA_BROKERS: cluster.brokers.join(','),
      KAFKA_TOPIC_PREFIX: cluster.topicPrefix,
      KAFKA_TOPIC_PARTITIONS: '3',
      KAFKA_REPLICATION_FACTOR: '3',
      KAFKA_CLIENT_ID: 'relay-waits',
      LAG_REPORT_INTERVAL_MS: '1000',
      PROBE_PORT: String(probe),
    });
    processes.push(relay);
    try {
      await waitUntil(() => relay.lines.filter((line) => line.message === 'opening the eventStore failed; retrying').length >= 2, 30_000, `the relay retries\n${relay.output}`);
      expect((await fetch(`http://127.0.0.1:${probe}/health/live`)).status).toBe(200);
      expect(await readiness(probe)).toMatchObject({ status: 503, body: { checks: { eventStore: { ready: false, detail: expect.stringContaining('ECONNREFUSED') } } } });

      await proxy.accept();
      const acceptedAt = Date.now();
      const published = () => relay.lines.some((line) => line.message === 'relay lag' && line.eventsPublished === events.length && line.eventsBehind === '0');
      await waitUntil(published, 60_000, `the relay published the log\n${relay.output.slice(-3000)}`);
      process.stdout.write(`relay started with PostgreSQL refusing connections: published the log ${Date.now() - acceptedAt} ms after the database accepted them\n`);
      expect((await readiness(probe)).status).toBe(200);
      relay.terminate();
      expect(await relay.exited).toEqual({ code: 0, signal: null });
      expect(relay.output).not.toMatch(/unhandled rejection|uncaught exception|start-up failed/);
    } finally {
      rmSync(relayDir, { recursive: true, force: true });
    }
  }, 90_000);
});
