import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Commands } from '@telemed/application/commands/commands';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { mintToken } from '@telemed/auth';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { PostgresEventStore } from '@telemed/event-store/postgres/postgres-event-store';
import { ALL_PROJECTIONS, PostgresReadModelStore } from '@telemed/projections';
import { PatientDataCipher } from '@telemed/event-store/encryption';
import { KafkaProjector, KafkaRelay, SqlRelayCheckpoints } from '@telemed/messaging';
import { loadConfig } from '@telemed/runtime';
import { createApp } from '../../apps/api/src/create-app';
import { RAW_EVENT_STORE } from '@telemed/application/infrastructure/tokens';
import { generateProgramme } from '../../apps/cli/src/scenario/programme-scenario';
import { ScenarioClock, ScenarioIds } from '../../apps/cli/src/scenario/scenario-context';
import { asStatsSeries, readWholeLog, recountOverall } from '../stats/log-recount';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { type KafkaTestCluster, startTestCluster, TEST_CONSUMER_TIMINGS } from '../support/kafka/test-cluster';
import { uniqueGroupId, waitUntil } from '../support/kafka/kafka-test-helpers';

const SECRET = 'api-through-kafka-secret-of-forty-characters';

/** The distributed shape: API on PostgreSQL → relay → Kafka → projector → PostgreSQL read models → API. */
describe('the API served from read models that the projector builds from Kafka', () => {
  let database: TestDatabase;
  let cluster: KafkaTestCluster;
  let app: NestFastifyApplication;
  let dataDir: string;
  let relayLog: EventStore;
  let relayState: PostgresReadModelStore;
  let projectorModels: PostgresReadModelStore;
  let relay: KafkaRelay | undefined;
  let projector: KafkaProjector | undefined;

  beforeAll(async () => {
    [database, cluster] = await Promise.all([createTestDatabase(), startTestCluster({ partitions: 4 })]);
    dataDir = mkdtempSync(join(tmpdir(), 'telemed-api-kafka-'));
    const clock = new ScenarioClock();
    const config = loadConfig({
      DATA_DIR: dataDir,
      AUTH_JWT_SECRET: SECRET,
      EVENT_STORE: 'postgres',
      READ_MODEL_STORE: 'postgres',
      EVENT_BUS: 'kafka',
      DATABASE_URL: database.connectionString,
      PATIENT_DATA_MASTER_KEY: randomBytes(32).toString('base64'),
    });
    app = await createApp(config, { clock, ids: new ScenarioIds(31), logger: false });
    await generateProgramme(app.get(Commands), clock, { seed: 31, scale: 0.5, start: '2024-01-01T00:00:00Z', months: 12 });
    relayLog = await PostgresEventStore.connect({ connectionString: database.connectionString });
    relayState = await PostgresReadModelStore.connect({ connectionString: database.connectionString, schema: 'relay_state' });
    projectorModels = await PostgresReadModelStore.connect({ connectionString: database.connectionString, schema: 'read_models' });
  }, 120_000);

  afterAll(async () => {
    await relay?.stop();
    await projector?.stop();
    await app?.close();
    await relayLog?.close();
    await relayState?.close();
    await projectorModels?.close();
    await cluster?.stop();
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers the stats API with exactly the counts of the generated programme', async () => {
    const auditor = await mintToken(SECRET, { sub: 'auditor-1', role: 'auditor' });
    const head = await relayLog.headPosition();
    // Before the projector runs, a read waiting for the last write times out: this process projects nothing.
    await request(app.getHttpServer()).get(`/v1/stats/overview?minPosition=${head}`).set('authorization', `Bearer ${auditor}`).expect(503);

    relay = new KafkaRelay(relayLog, cluster.client('api-relay'), await SqlRelayCheckpoints.open(relayState), { topicPrefix: cluster.topicPrefix });
    projector = new KafkaProjector(cluster.client('api-projector'), projectorModels, ALL_PROJECTIONS, {
      groupId: uniqueGroupId('api-projector'),
      topicPrefix: cluster.topicPrefix,
      ...TEST_CONSUMER_TIMINGS,
      decrypt: (events) => app.get(PatientDataCipher).decrypt(events),
    });
    await Promise.all([relay.start(), projector.start()]);
    expect(await relay.waitFor(head, 90_000)).toBe(true);
    const log = await readWholeLog(app.get<EventStore>(RAW_EVENT_STORE));
    await waitUntil(() => projector!.stats.applied >= log.length, 90_000, 'the projector has applied every event');

    const all = recountOverall(log);
    const overview = await request(app.getHttpServer())
      .get(`/v1/stats/overview?groupBy=month&minPosition=${head}`)
      .set('authorization', `Bearer ${auditor}`)
      .expect(200);
    expect(overview.body).toEqual(asStatsSeries(all));
    expect(overview.body.consultations.requested).toBeGreaterThan(0);
    expect(overview.body.training.personTimes).toBeGreaterThan(0);

    // Patient data crossed Kafka encrypted and reached the read models decrypted.
    const worklist = await request(app.getHttpServer()).get('/v1/consultations?limit=5').set('authorization', `Bearer ${auditor}`).expect(200);
    expect(worklist.body.items.length).toBeGreaterThan(0);
    for (const item of worklist.body.items) {
      expect(item.patient.reference).toMatch(/^MRN-\d+$/);
      expect(item.caseSummary).not.toMatch(/^enc:/);
    }
  }, 240_000);
});
