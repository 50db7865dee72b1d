'use strict';
/**
 * What the Kafka benchmarks share: librdkafka's mock cluster with the event topics (the Kafka
 * suites' protocol peer from test/support/kafka; gcc and librdkafka-dev build it), the first
 * <count> events of the rebuild log in a file of their own, and the relay publishing them all.
 */
const { existsSync, renameSync } = require('node:fs');
const { join } = require('node:path');
const BetterSqlite3 = require('better-sqlite3');
require('../../event-store/load-typescript');
const { startMockCluster } = require('../../support/kafka/mock-cluster.ts');
const { built } = require('../lib/project-build');
const { settings } = require('../lib/settings');

const PARTITIONS = 6;

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
  renameSync(`${file}.tmp`, file);
  return file;
}

/** Resolves once `condition()` (which may be async) holds, asking every `intervalMs`. */
async function until(condition, timeoutMs, what, intervalMs = 20) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Three mock brokers holding every event topic and the dead-letter topic, six partitions each. */
async function startBenchCluster() {
  const messaging = built('libs/messaging/index');
  const topics = [...messaging.eventTopics(messaging.DEFAULT_TOPIC_PREFIX), messaging.deadLetterTopic(messaging.DEFAULT_TOPIC_PREFIX)];
  const cluster = await startMockCluster({ brokers: 3, topics: topics.map((name) => ({ name, partitions: PARTITIONS })) });
  const client = (clientId) => messaging.createKafkaClient({ brokers: cluster.bootstrapServers, clientId });
  return { cluster, client };
}

/**
 * The relay publishes the whole log (batches of 500, acks=all, idempotent producer), its checkpoint
 * in `relayStateFile`; answers how many events it published and how long it took.
 */
async function publishLog(store, kafkaClient, relayStateFile) {
  const messaging = built('libs/messaging/index');
  const { SqliteReadModelStore } = built('libs/projections/index');
  const head = await store.headPosition();
  const relayState = SqliteReadModelStore.open(relayStateFile);
  try {
    const relay = new messaging.KafkaRelay(store, kafkaClient, await messaging.SqlRelayCheckpoints.open(relayState));
    const started = performance.now();
    await relay.start();
    if (!(await relay.waitFor(head, 10 * 60_000))) throw new Error('the relay did not publish the whole log');
    const figures = { events: relay.stats.eventsPublished, seconds: (performance.now() - started) / 1000 };
    await relay.stop();
    return figures;
  } finally {
    await relayState.close();
  }
}

module.exports = { PARTITIONS, prefixOf, publishLog, startBenchCluster, until };
