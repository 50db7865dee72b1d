import { mkdirSync } from 'node:fs';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { PostgresEventStore } from '@telemed/event-store/postgres/postgres-event-store';
import { SqliteEventStore } from '@telemed/event-store/sqlite/sqlite-event-store';
import { PostgresReadModelStore } from '@telemed/projections/postgres/postgres-read-model-store';
import type { ReadModelStore } from '@telemed/projections/read-model-store';
import { SqliteReadModelStore } from '@telemed/projections/sqlite/sqlite-read-model-store';
import {
  createKafkaClient,
  deadLetterTopic,
  ensureTopics,
  eventTopics,
  KafkaRelay,
  type LogLine,
  processLog,
  relayLag,
  retryUntilDone,
  runProcess,
  SqlRelayCheckpoints,
  type StoreLocation,
  type TopicReport,
} from '@telemed/messaging';
import { ProbeServer } from '@telemed/observability';
import { storeFailureOf } from '@telemed/event-store/store-failures';
import { loadRelayConfig, RELAY_STATE_SCHEMA } from './relay-config';
import { relayStarted } from './relay-probes';

/**
 * The relay: forwards every event committed to the log to its Kafka topic, in order, and keeps a
 * checkpoint of what Kafka acknowledged. One instance per log (a second would publish everything twice).
 */
const log = processLog('relay');

function openEventStore(location: StoreLocation): Promise<EventStore> | EventStore {
  return location.kind === 'postgres' ? PostgresEventStore.connect({ connectionString: location.connectionString }) : SqliteEventStore.open(location.file);
}

function openCheckpointStore(location: StoreLocation): Promise<ReadModelStore> | ReadModelStore {
  return location.kind === 'postgres'
    ? PostgresReadModelStore.connect({ connectionString: location.connectionString, schema: RELAY_STATE_SCHEMA, poolSize: 1 })
    : SqliteReadModelStore.open(location.file);
}

function reportTopics(report: TopicReport, logLine: LogLine): void {
  if (report.created.length > 0) logLine('info', 'created Kafka topics', { topics: report.created });
  for (const mismatch of report.partitionMismatches) {
    logLine('warn', 'a topic has another partition count than configured; left as it is', mismatch);
  }
}

/**
 * Opens a store, waiting (with a back-off, each attempt logged, readiness naming it) while its database
 * cannot be reached yet; a failure waiting would not mend (a wrong password) ends the start-up.
 */
function whenReachable<T>(name: string, open: () => Promise<T> | T, probes: ProbeServer, stopping: AbortSignal): Promise<T> {
  return retryUntilDone(`opening the ${name}`, async () => open(), log, stopping, {
    retryable: (error) => storeFailureOf(error) === 'unavailable',
    onFailure: (error) => probes.waiting(name, error instanceof Error ? error.message : String(error)),
  });
}

runProcess(log, async (stopping) => {
  const config = loadRelayConfig(process.env);
  // Live from here on; ready once the relay runs (Kafka may take a while to come up).
  const probes = await ProbeServer.start('relay', config.probes);
  mkdirSync(config.stores.dataDir, { recursive: true });
  const store = await whenReachable('eventStore', () => openEventStore(config.stores.eventStore), probes, stopping);
  const state = await whenReachable('checkpointStore', () => openCheckpointStore(config.checkpointStore), probes, stopping);
  const kafka = createKafkaClient(config.kafka, log);
  const admin = kafka.admin();
  const { topicPrefix, topicPartitions: partitions, replicationFactor } = config.kafka;
  const ensure = async (topics: string[]) => {
    await admin.connect();
    reportTopics(await ensureTopics(admin, topics, { partitions, replicationFactor }), log);
  };
  await retryUntilDone('creating the Kafka topics', () => ensure([...eventTopics(topicPrefix), deadLetterTopic(topicPrefix)]), log, stopping);

  const relay = new KafkaRelay(store, kafka, await SqlRelayCheckpoints.open(state), {
    topicPrefix,
    batchSize: config.batchSize,
    prepareTopics: ensure,
    onSendFailure: ({ error, attempt, retryInMs }) => log('warn', 'Kafka did not acknowledge a batch; sending it again', { attempt, retryInMs, error }),
    onError: (error) => log('error', 'reading the log failed; subscribing again from the checkpoint', { error }),
  });
  await relay.start();
  relayStarted(probes, { store, relay, admin });
  log('info', 'relay started', { after: relay.position, brokers: config.kafka.brokers, topicPrefix });

  const lagTimer = setInterval(() => {
    relayLag(store, relay.position).then(
      (lag) => log('info', 'relay lag', { ...lag, ...relay.stats }),
      (error: unknown) => log('warn', 'could not read the relay lag', { error }),
    );
  }, config.lagReportIntervalMs);

  return async () => {
    clearInterval(lagTimer);
    await relay.stop();
    await probes.close();
    await admin.disconnect();
    await store.close();
    await state.close();
    log('info', 'relay stopped', { position: relay.position, ...relay.stats });
  };
});
