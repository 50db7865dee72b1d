import { mkdirSync } from 'node:fs';
import { PatientDataCipher } from '@telemed/event-store/encryption';
import { createKafkaClient, deadLetterTopic, ensureTopics, eventTopics, KafkaProjector } from '@telemed/messaging';
import { ProbeServer, startTracing, stopTracing } from '@telemed/observability';
import { ALL_PROJECTIONS } from '@telemed/projections/all-projections';
import {
  loadProjectorConfig,
  openPatientKeyStore,
  openProjectorReadModels,
  processLog,
  type ProjectorConfig,
  retryUntilDone,
  runProcess,
  whenReachable,
} from '@telemed/runtime';
import { projectorStarted } from './projector-probes';

/**
 * The projector: builds the read models from the Kafka topics as one member of a consumer group.
 * Run as many as there are partitions to share; each applies what the group gives it.
 */
const log = processLog('projector');

/**
 * Patient data arrives encrypted; with the master key (the api's PATIENT_DATA_MASTER_KEY) and the
 * shared key store, the projector decrypts it for the read models as the api would.
 */
async function openCipher(config: ProjectorConfig): Promise<PatientDataCipher | undefined> {
  return config.masterKey && PatientDataCipher.open(config.masterKey, await openPatientKeyStore(config.stores));
}

runProcess(log, async (stopping) => {
  const config = loadProjectorConfig(process.env);
  await startTracing(config.tracing);
  // Live from here on; ready once the projector has joined its consumer group.
  const probes = await ProbeServer.start('projector', config.probes);
  mkdirSync(config.stores.dataDir, { recursive: true });
  // A database not reachable yet is waited for, readiness naming it.
  const waiting = { log, probes, stopping };
  const readModels = await whenReachable('readModels', () => openProjectorReadModels(config.stores), waiting);
  const cipher = await whenReachable('patientKeys', () => openCipher(config), waiting);
  if (!cipher) log('warn', 'PATIENT_DATA_MASTER_KEY is not set: patient data stays encrypted in the read models');
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
    readModelSystem: config.stores.readModelStore === 'postgres' ? 'postgresql' : 'sqlite',
    ...(cipher && { decrypt: (events) => cipher.decrypt(events) }),
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
    await cipher?.keys.close();
    await stopTracing();
    log('info', 'projector stopped', { ...projector.stats });
  };
});
