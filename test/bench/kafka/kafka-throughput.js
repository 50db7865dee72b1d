'use strict';
/**
 * Child process: client-side throughput of the relay and the projector against librdkafka's mock
 * cluster (test/support/kafka, the Kafka suites' protocol peer; gcc and librdkafka-dev build it).
 * The log is the first <count> events of the rebuild log (events.sqlite of the SQLite adapter's
 * schema). The relay publishes it all (batches of 500, acks=all, idempotent producer); then a
 * projector consumes it all into fresh SQLite read models, and another into PostgreSQL read models,
 * each from the first batch it applied (the mock cluster's group join takes seconds and is left out).
 * Beside each rate, the CPU seconds of this process over the same time (the projector, and the mock
 * cluster's metadata proxy) and, for PostgreSQL, of the server's backends serving the read models:
 * on a machine other work shares, those move far less than the rate.
 * These are figures of our clients on one machine, not of Kafka.
 *
 * usage: node kafka-throughput.js <events.sqlite> <count> <connection string>
 */
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { built } = require('../lib/project-build');
const { cpuSecondsSince, report, runMain } = require('../lib/child');
const { backendCpuMs } = require('../lib/postgres-database');
const { cpuSpentBetween } = require('../lib/process-cpu');
const { prefixOf, publishLog, startBenchCluster, until } = require('./kafka-setup');

const CONSUMER_TIMINGS = { sessionTimeoutMs: 6_000, heartbeatIntervalMs: 500, rebalanceTimeoutMs: 6_000, maxWaitTimeMs: 200 };

async function main() {
  const [eventsFile, count, connectionString] = process.argv.slice(2);
  const messaging = built('libs/messaging/index');
  const { ALL_PROJECTIONS, PostgresReadModelStore, SqliteReadModelStore } = built('libs/projections/index');
  const { SqliteEventStore } = built('libs/event-store/sqlite/sqlite-event-store');
  const scratch = mkdtempSync(join(tmpdir(), 'telemed-bench-kafka-'));
  const { cluster, client } = await startBenchCluster();
  const store = SqliteEventStore.open(await prefixOf(eventsFile, Number(count)));
  const head = await store.headPosition();
  const figures = {};
  try {
    figures.relay = await publishLog(store, client('bench-relay'), join(scratch, 'relay.sqlite'));

    for (const [name, open] of [
      ['projectorSqlite', async () => SqliteReadModelStore.open(join(scratch, 'read-models.sqlite'))],
      ['projectorPostgres', () => PostgresReadModelStore.connect({ connectionString, schema: 'read_models_kafka' })],
    ]) {
      const readModels = await open();
      const projector = new messaging.KafkaProjector(client(`bench-${name}`), readModels, ALL_PROJECTIONS, { groupId: `bench-${name}`, ...CONSUMER_TIMINGS });
      await projector.start();
      await until(() => projector.stats.applied > 0, 120_000, 'the first batch');
      const postgres = name === 'projectorPostgres';
      const backendsBefore = postgres ? await backendCpuMs(connectionString) : undefined;
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      const first = projector.stats.applied;
      await until(() => projector.stats.applied >= Number(head), 20 * 60_000, 'projecting the whole log');
      const seconds = (performance.now() - started) / 1000;
      const cpuSeconds = cpuSecondsSince(cpuBefore);
      const postgresCpuSeconds = backendsBefore && cpuSpentBetween(backendsBefore, await backendCpuMs(connectionString)) / 1000;
      figures[name] = { events: projector.stats.applied - first, seconds, cpuSeconds, postgresCpuSeconds, deadLettered: projector.stats.deadLettered };
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
