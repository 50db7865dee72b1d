'use strict';
/**
 * Child process: client-side throughput of the relay and the projector against librdkafka's mock
 * cluster (test/support/kafka, the Kafka suites' protocol peer; gcc and librdkafka-dev build it).
 * The log is the first <count> events of the rebuild log (events.sqlite of the SQLite adapter's
 * schema). The relay publishes it all (batches of 500, acks=all, idempotent producer); then a
 * projector consumes it all into fresh SQLite read models, and another into PostgreSQL read models,
 * each from the first batch it applied (the mock cluster's group join takes seconds and is left out).
 * These are figures of our clients on one machine, not of Kafka.
 *
 * usage: node kafka-throughput.js <events.sqlite> <count> <connection string>
 */
const { existsSync, mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const BetterSqlite3 = require('better-sqlite3');
require('../../event-store/load-typescript');
const { startMockCluster } = require('../../support/kafka/mock-cluster.ts');
const { built } = require('../lib/project-build');
const { report, runMain } = require('../lib/child');
const { settings } = require('../lib/settings');

const PARTITIONS = 6;
const CONSUMER_TIMINGS = { sessionTimeoutMs: 6_000, heartbeatIntervalMs: 500, rebalanceTimeoutMs: 6_000, maxWaitTimeMs: 200 };

/** The log's first `count` events in a file of their own, made once and kept with the other scratch files. */
async function prefixOf(eventsFile, count) {
  const file = join(settings.workDir, `kafka-log-${count}.sqlite`);
  if (existsSync(file)) return file;
  const { SqliteEventStore } = built('libs/event-store/sqlite/sqlite-event-store');
  await SqliteEventStore.open(`${file}.tmp`).close();
  const db = new BetterSqlite3(`${file}.tmp`);
  db.prepare('ATTACH ? AS source').run(eventsFile);
  db.prepare('INSERT INTO events SELECT * FROM source.events WHERE global_position <= ?').run(count);
  db.exec('INSERT INTO streams SELECT stream_id, MAX(stream_revision) FROM events GROUP BY stream_id');
  db.close();
  require('node:fs').renameSync(`${file}.tmp`, file);
  return file;
}

async function until(condition, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function main() {
  const [eventsFile, count, connectionString] = process.argv.slice(2);
  const messaging = built('libs/messaging/index');
  const { ALL_PROJECTIONS, PostgresReadModelStore, SqliteReadModelStore } = built('libs/projections/index');
  const { SqliteEventStore } = built('libs/event-store/sqlite/sqlite-event-store');
  const scratch = mkdtempSync(join(tmpdir(), 'telemed-bench-kafka-'));
  const topics = [...messaging.eventTopics(messaging.DEFAULT_TOPIC_PREFIX), messaging.deadLetterTopic(messaging.DEFAULT_TOPIC_PREFIX)];
  const cluster = await startMockCluster({ brokers: 3, topics: topics.map((name) => ({ name, partitions: PARTITIONS })) });
  const client = (clientId) => messaging.createKafkaClient({ brokers: cluster.bootstrapServers, clientId });
  const store = SqliteEventStore.open(await prefixOf(eventsFile, Number(count)));
  const head = await store.headPosition();
  const figures = {};
  try {
    const relayState = SqliteReadModelStore.open(join(scratch, 'relay.sqlite'));
    const relay = new messaging.KafkaRelay(store, client('bench-relay'), await messaging.SqlRelayCheckpoints.open(relayState));
    let started = performance.now();
    await relay.start();
    if (!(await relay.waitFor(head, 10 * 60_000))) throw new Error('the relay did not publish the whole log');
    figures.relay = { events: relay.stats.eventsPublished, seconds: (performance.now() - started) / 1000 };
    await relay.stop();
    await relayState.close();

    for (const [name, open] of [
      ['projectorSqlite', async () => SqliteReadModelStore.open(join(scratch, 'read-models.sqlite'))],
      ['projectorPostgres', () => PostgresReadModelStore.connect({ connectionString, schema: 'read_models_kafka' })],
    ]) {
      const readModels = await open();
      const projector = new messaging.KafkaProjector(client(`bench-${name}`), readModels, ALL_PROJECTIONS, { groupId: `bench-${name}`, ...CONSUMER_TIMINGS });
      await projector.start();
      await until(() => projector.stats.applied > 0, 120_000, 'the first batch');
      started = performance.now();
      const first = projector.stats.applied;
      await until(() => projector.stats.applied >= Number(head), 20 * 60_000, 'projecting the whole log');
      figures[name] = { events: projector.stats.applied - first, seconds: (performance.now() - started) / 1000, deadLettered: projector.stats.deadLettered };
      await projector.stop();
      await readModels.close();
    }
  } finally {
    await store.close();
    await cluster.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
  const rate = ({ events, seconds }) => events / seconds;
  report({
    events: Number(head),
    relayEventsPerSecond: rate(figures.relay),
    projectorSqliteEventsPerSecond: rate(figures.projectorSqlite),
    projectorPostgresEventsPerSecond: rate(figures.projectorPostgres),
    figures,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  });
}

runMain(main);
