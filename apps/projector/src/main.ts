import { mkdirSync } from 'node:fs';
import { ALL_PROJECTIONS } from '@telemed/projections/all-projections';
import { PostgresReadModelStore } from '@telemed/projections/postgres/postgres-read-model-store';
import type { ReadModelStore } from '@telemed/projections/read-model-store';
import { SqliteReadModelStore } from '@telemed/projections/sqlite/sqlite-read-model-store';
import {
  createKafkaClient,
  deadLetterTopic,
  ensureTopics,
  eventTopics,
  KafkaProjector,
  processLog,
  retryUntilDone,
  runProcess,
  type StoreLocation,
} from '@telemed/messaging';
import { ProbeServer } from '@telemed/observability';
import { loadProjectorConfig } from './projector-config';
import { projectorStarted } from './projector-probes';

/**
 * The projector: builds the read models from the Kafka topics as one member of a consumer group.
 * Run as many as there are partitions to share; each applies what the group gives it.
 */
const log = processLog('projector');

function openReadModels(location: StoreLocation): Promise<ReadModelStore> | ReadModelStore {
  return location.kind === 'postgres'
    ? PostgresReadModelStore.connect({ connectionString: location.connectionString })
    : SqliteReadModelStore.open(location.file);
}

runProcess(log, async (stopping) => {
  const config = loadProjectorConfig(process.env);
  // Live from here on; ready once the projector has joined its consumer group.
  const probes = await ProbeServer.start('projector', config.probes);
  mkdirSync(config.stores.dataDir, { recursive: true });
  const readModels = await openReadModels(config.stores.readModelStore);
  const kafka = createKafkaClient(config.kafka, log);
  const admin = kafka.admin();
  const { topicPrefix, topicPartitions: partitions, replicationFactor } = config.kafka;
  await retryUntilDone(
    'creating the Kafka topics',
    async () => {
      await admin.connect();
      const report = await ensureTopics(admin, [...eventTopics(topicPrefix), deadLetterTopic(topicPrefix)], { partitions, replicationFactor });
      if (report.created.length > 0) log('info', 'created Kafka topics', { topics: report.created });
    },
    log,
    stopping,
  );

  const projector = new KafkaProjector(kafka, readModels, ALL_PROJECTIONS, {
    groupId: config.consumerGroup,
    topicPrefix,
    sessionTimeoutMs: config.sessionTimeoutMs,
    heartbeatIntervalMs: Math.max(500, Math.floor(config.sessionTimeoutMs / 10)),
    partitionsConsumedConcurrently: config.partitionsConsumedConcurrently,
    onDeadLetter: (letter) => log('error', 'a message was sent to the dead-letter topic', { ...letter }),
    onError: (error) => log('warn', 'a batch failed and will be fetched again', { error }),
  });
  await retryUntilDone('joining the consumer group', () => projector.start(), log, stopping);
  projectorStarted(probes, { readModels, projector, admin });
  log('info', 'projector started', { group: config.consumerGroup, topics: projector.topics });

  const lagTimer = setInterval(() => {
    projector.lag(admin).then(
      (lag) => log('info', 'projector lag', { eventsBehind: lag.eventsBehind, secondsBehind: lag.secondsBehind, partitions: lag.partitions, ...projector.stats }),
      (error: unknown) => log('warn', 'could not read the projector lag', { error }),
    );
  }, config.lagReportIntervalMs);

  return async () => {
    clearInterval(lagTimer);
    await projector.stop();
    await probes.close();
    await admin.disconnect();
    await readModels.close();
    log('info', 'projector stopped', { ...projector.stats });
  };
});
