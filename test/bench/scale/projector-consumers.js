'use strict';
/**
 * Child process: the projector app (apps/projector, compiled into bench-results/build) as 1, then 2,
 * ... processes in one consumer group, each time over the same events into fresh PostgreSQL read
 * models. The Kafka benchmark's set-up (kafka/kafka-setup.js): librdkafka's mock cluster, six
 * partitions a topic, the first <count> events of the rebuild log published once by the relay.
 * Each group is new (it reads from the start); its processes start together, so that the mock
 * cluster's first group join takes them all, on a database whose read-model tables are provisioned
 * beforehand, as a deployment's first projector would have left them.
 *
 * The time runs from the first offsets the group commits (the mock cluster's group join takes
 * seconds and is left out, as in the Kafka benchmark) to the commit of the last message; a
 * projector commits a batch's offsets only after its read-model transaction. Each process's own
 * count of applied events comes from the line it logs when it stops. Patient data stays as the
 * rebuild log holds it (in clear): no PATIENT_DATA_MASTER_KEY, no decryption.
 *
 * usage: node projector-consumers.js <events.sqlite> <count> <consumer counts, e.g. 1,2>
 */
const { spawn } = require('node:child_process');
const { mkdirSync, mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { prefixOf, publishLog, startBenchCluster, until } = require('../kafka/kafka-setup');
const { endWithThisProcess, stopProcesses } = require('../lib/app-processes');
const { report, runMain } = require('../lib/child');
const { createBenchDatabase } = require('../lib/postgres-database');
const { built } = require('../lib/project-build');
const { settings } = require('../lib/settings');

const POLL_MS = 100;
const SESSION_TIMEOUT_MS = 6_000;

/** The read-model tables and the projector's stream positions, made once before the consumers start. */
async function provisionReadModels(connectionString) {
  const { ALL_PROJECTIONS, PostgresReadModelStore } = built('libs/projections/index');
  const { createProjectionSchema } = built('libs/projections/projection-runner');
  const { STREAM_POSITIONS_SCHEMA } = built('libs/messaging/index');
  const readModels = await PostgresReadModelStore.connect({ connectionString });
  try {
    await createProjectionSchema(readModels, ALL_PROJECTIONS);
    await readModels.transaction(async (tx) => {
      for (const statement of STREAM_POSITIONS_SCHEMA) await tx.run(statement);
    });
  } finally {
    await readModels.close();
  }
}

/** One projector process; its output is kept, for its stop line and for the error of a failed start. */
function startProjector(env) {
  const child = spawn(process.execPath, [join(settings.buildDir, 'apps/projector/src/main.js')], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (child.output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (child.output += chunk));
  return child;
}

/** What the process logged as it stopped: `{ applied, skipped, deadLettered, batches, restarts }`. */
function stoppedStats(child) {
  for (const line of child.output.split('\n').reverse()) {
    if (!line.startsWith('{')) continue;
    const entry = JSON.parse(line);
    if (entry.message === 'projector stopped') return entry;
  }
  throw new Error(`a projector did not log its stop:\n${child.output.slice(-2000)}`);
}

/** Offsets the group has committed, summed over every partition of the topics. */
async function committedMessages(admin, groupId, topics) {
  const committed = await admin.fetchOffsets({ groupId, topics });
  return committed.flatMap((topic) => topic.partitions).reduce((sum, partition) => sum + Math.max(0, Number(partition.offset)), 0);
}

/** `children`: every process this one has started, for endWithThisProcess. */
async function measureGroup({ consumers, cluster, admin, topics, messages, scratch, children }) {
  const database = await createBenchDatabase(`scale_projector_${consumers}`);
  const groupId = `bench-scale-projector-${consumers}`;
  const projectors = [];
  try {
    await provisionReadModels(database.connectionString);
    for (let index = 0; index < consumers; index++) {
      const dataDir = join(scratch, `projector-${consumers}-${index}`);
      mkdirSync(dataDir);
      const projector = startProjector({
        KAFKA_BROKERS: cluster.bootstrapServers.join(','),
        KAFKA_CLIENT_ID: `bench-scale-projector-${index}`,
        KAFKA_CONSUMER_GROUP: groupId,
        KAFKA_SESSION_TIMEOUT_MS: String(SESSION_TIMEOUT_MS),
        READ_MODEL_STORE: 'postgres',
        DATABASE_URL: database.connectionString,
        DATA_DIR: dataDir,
        PROBE_PORT: '0',
        HOST: '127.0.0.1',
        // Its own lag reports would add admin requests to what is measured.
        LAG_REPORT_INTERVAL_MS: '3600000',
        LOG_LEVEL: 'info',
      });
      projectors.push(projector);
      children.push(projector);
    }
    let committed = 0;
    const committedAtLeast = (target) => async () => {
      const gone = projectors.find((child) => child.exitCode !== null || child.signalCode !== null);
      if (gone) throw new Error(`a projector exited:\n${gone.output.slice(-2000)}`);
      committed = await committedMessages(admin, groupId, topics);
      return committed >= target;
    };
    await until(committedAtLeast(1), 120_000, 'the group committing its first batch', POLL_MS);
    const started = performance.now();
    const first = committed;
    await until(committedAtLeast(messages), 20 * 60_000, 'the group committing every message', POLL_MS);
    const seconds = (performance.now() - started) / 1000;
    await stopProcesses(projectors);
    const stats = projectors.map(stoppedStats);
    return {
      consumers,
      events: messages - first,
      seconds,
      eventsPerSecond: (messages - first) / seconds,
      appliedPerConsumer: stats.map((entry) => entry.applied),
      skipped: stats.reduce((sum, entry) => sum + entry.skipped, 0),
      deadLettered: stats.reduce((sum, entry) => sum + entry.deadLettered, 0),
    };
  } finally {
    await stopProcesses(projectors);
    await database.drop();
  }
}

async function main() {
  const [eventsFile, count, consumerCounts] = process.argv.slice(2);
  const messaging = built('libs/messaging/index');
  const { SqliteEventStore } = built('libs/event-store/sqlite/sqlite-event-store');
  const scratch = mkdtempSync(join(tmpdir(), 'telemed-bench-scale-kafka-'));
  const { cluster, client } = await startBenchCluster();
  const store = SqliteEventStore.open(await prefixOf(eventsFile, Number(count)));
  const admin = client('bench-scale-admin').admin();
  const children = [];
  endWithThisProcess(children);
  const groups = [];
  try {
    const relay = await publishLog(store, client('bench-scale-relay'), join(scratch, 'relay.sqlite'));
    await admin.connect();
    const topics = messaging.eventTopics(messaging.DEFAULT_TOPIC_PREFIX);
    // What the topics hold (the relay may have published a batch twice): the messages a group must commit past.
    let messages = 0;
    for (const topic of topics) messages += (await admin.fetchTopicOffsets(topic)).reduce((sum, partition) => sum + Number(partition.high), 0);
    for (const consumers of consumerCounts.split(',').map(Number)) {
      groups.push(await measureGroup({ consumers, cluster, admin, topics, messages, scratch, children }));
    }
    report({ events: relay.events, messages, relayEventsPerSecond: relay.events / relay.seconds, groups, peakRssMb: process.resourceUsage().maxRSS / 1024 });
  } finally {
    await admin.disconnect().catch(() => undefined);
    await store.close();
    await cluster.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

runMain(main);
