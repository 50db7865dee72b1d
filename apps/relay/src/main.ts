import { mkdirSync } from 'node:fs';
import {
  createKafkaClient,
  deadLetterTopic,
  ensureTopics,
  eventTopics,
  KafkaRelay,
  type LogLine,
  relayLag,
  type TopicReport,
} from '@telemed/messaging';
import { ProbeServer, startTracing, stopTracing } from '@telemed/observability';
import { loadRelayConfig, openEventStoreAdapter, openRelayCheckpoints, processLog, retryUntilDone, runProcess, whenReachable } from '@telemed/runtime';
import { relayStarted } from './relay-probes';

/**
 * The relay: forwards every event committed to the log to its Kafka topic, in order, and keeps a
 * checkpoint of what Kafka acknowledged. One instance per log (a second would publish everything twice).
 */
const log = processLog('relay');

function reportTopics(report: TopicReport, logLine: LogLine): void {
  if (report.created.length > 0) logLine('info', 'created Kafka topics', { topics: report.created });
  for (const mismatch of report.partitionMismatches) {
    logLine('warn', 'a topic has another partition count than configured; left as it is', mismatch);
  }
}

runProcess(log, async (stopping) => {
  const config = loadRelayConfig(process.env);
  await startTracing(config.tracing);
  // Live from here on; ready once the relay runs (Kafka may take a while to come up).
  const probes = await ProbeServer.start('relay', config.probes);
  mkdirSync(config.stores.dataDir, { recursive: true });
  // A database not reachable yet is waited for, readiness naming it.
  const waiting = { log, probes, stopping };
  const store = await whenReachable('eventStore', () => openEventStoreAdapter(config.stores), waiting);
  const state = await whenReachable('checkpointStore', () => openRelayCheckpoints(config.stores, store), waiting);
  const kafka = createKafkaClient(config.kafka, log);
  const admin = kafka.admin();
  const { topicPrefix, topicPartitions: partitions, replicationFactor } = config.kafka;
  const ensure = async (topics: string[]) => {
    await admin.connect();
    reportTopics(await ensureTopics(admin, topics, { partitions, replicationFactor }), log);
  };
  await retryUntilDone('creating the Kafka topics', () => ensure([...eventTopics(topicPrefix), deadLetterTopic(topicPrefix)]), log, stopping);

  const relay = new KafkaRelay(store, kafka, state.checkpoints, {
    topicPrefix,
    batchSize: config.batchSize,
    prepareTopics: ensure,
    onSendFailure: ({ error, attempt, retryInMs }) => log('warn', 'Kafka did not acknowledge a batch; sending it again', { attempt, retryInMs, error }),
    onError: (error) => log('error', 'reading the log failed; subscribing again from the checkpoint', { error }),
  });
  await relay.start();
  relayStarted(probes, { store, relay, admin });
  log('info', 'relay started', { after: relay.position, eventStore: config.stores.eventStore, brokers: config.kafka.brokers, topicPrefix });

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
    await state.close();
    await store.close();
    await stopTracing();
    log('info', 'relay stopped', { position: relay.position, ...relay.stats });
  };
});
