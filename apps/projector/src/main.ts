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
import { storeFailureOf } from '@telemed/event-store/store-failures';
import { join } from 'node:path';
import { PatientDataCipher, PostgresPatientKeyStore, SqlitePatientKeyStore, PATIENT_KEYS_FILE } from '@telemed/event-store/encryption';
import type { StoreSettings } from '@telemed/messaging';
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

/**
 * Patient data arrives encrypted; with the master key (the api's PATIENT_DATA_MASTER_KEY) and the
 * shared key store, the projector decrypts it for the read models as the api would.
 */
async function openCipher(env: NodeJS.ProcessEnv, stores: StoreSettings): Promise<PatientDataCipher | undefined> {
  const encoded = env.PATIENT_DATA_MASTER_KEY;
  if (!encoded) return undefined;
  const masterKey = Buffer.from(encoded, 'base64');
  if (masterKey.length !== 32) throw new Error('PATIENT_DATA_MASTER_KEY must be base64 of 32 bytes');
  const keys =
    stores.eventStore.kind === 'postgres'
      ? await PostgresPatientKeyStore.connect({ connectionString: stores.eventStore.connectionString })
      : SqlitePatientKeyStore.open(join(stores.dataDir, PATIENT_KEYS_FILE));
  return PatientDataCipher.open(masterKey, keys);
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
  const config = loadProjectorConfig(process.env);
  // Live from here on; ready once the projector has joined its consumer group.
  const probes = await ProbeServer.start('projector', config.probes);
  mkdirSync(config.stores.dataDir, { recursive: true });
  const readModels = await whenReachable('readModels', () => openReadModels(config.stores.readModelStore), probes, stopping);
  const cipher = await whenReachable('patientKeys', () => openCipher(process.env, config.stores), probes, stopping);
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
    log('info', 'projector stopped', { ...projector.stats });
  };
});
