/**
 * Relay and projector throughput against the mock cluster, client side, for a generated programme
 * of about 20,000 events. Prints figures; asserts nothing. Not part of the test run; run it with
 *
 *   npx jest --testMatch '**\/test/kafka/throughput.measure.ts' --testTimeout 600000
 *
 * THROUGHPUT_SCALE and THROUGHPUT_MONTHS change the programme's size.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_PROJECTIONS, PostgresReadModelStore, type ReadModelStore, SqliteReadModelStore } from '@telemed/projections';
import { KafkaProjector, KafkaRelay, SqlRelayCheckpoints } from '@telemed/messaging';
import { generateProgrammeLog, type ProgrammeLog } from '../support/kafka/programme-log';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { type KafkaTestCluster, startTestCluster, TEST_CONSUMER_TIMINGS } from '../support/kafka/test-cluster';
import { uniqueGroupId, waitUntil } from '../support/kafka/kafka-test-helpers';

const SCALE = Number(process.env.THROUGHPUT_SCALE ?? 3);
const MONTHS = Number(process.env.THROUGHPUT_MONTHS ?? 38);

interface Figure {
  stage: string;
  events: number;
  seconds: number;
  eventsPerSecond: number;
}

const figure = (stage: string, events: number, milliseconds: number): Figure => ({
  stage,
  events,
  seconds: Math.round(milliseconds) / 1000,
  eventsPerSecond: Math.round((events * 1000) / milliseconds),
});

describe('Kafka throughput (measured, not asserted)', () => {
  let programme: ProgrammeLog;
  let cluster: KafkaTestCluster;
  let database: TestDatabase;
  const scratch = mkdtempSync(join(tmpdir(), 'telemed-throughput-'));
  const figures: Figure[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    cluster = await startTestCluster({ partitions: 6 });
    const started = Date.now();
    programme = await generateProgrammeLog({ seed: 97, scale: SCALE, months: MONTHS });
    console.log(`generated ${programme.head} events in ${(Date.now() - started) / 1000} s`);
  }, 300_000);

  afterAll(async () => {
    console.table(figures);
    await cluster?.stop();
    await programme?.close();
    await database?.drop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('relays the whole log', async () => {
    const state = SqliteReadModelStore.open(join(scratch, 'relay.sqlite'));
    const relay = new KafkaRelay(programme.events, cluster.client('throughput-relay'), await SqlRelayCheckpoints.open(state), {
      topicPrefix: cluster.topicPrefix,
    });
    const started = performance.now();
    await relay.start();
    await relay.waitFor(programme.head, 300_000);
    figures.push(figure('relay: log → Kafka (batches of 500, acks=all, idempotent)', Number(programme.head), performance.now() - started));
    await relay.stop();
    await state.close();
  }, 300_000);

  const project = async (stage: string, readModels: ReadModelStore) => {
    const projector = new KafkaProjector(cluster.client('throughput-projector'), readModels, ALL_PROJECTIONS, {
      groupId: uniqueGroupId('throughput'),
      topicPrefix: cluster.topicPrefix,
      ...TEST_CONSUMER_TIMINGS,
    });
    const started = performance.now();
    let firstApplied = 0;
    await projector.start();
    await waitUntil(
      () => {
        if (firstApplied === 0 && projector.stats.applied > 0) firstApplied = performance.now();
        return projector.stats.applied >= Number(programme.head);
      },
      300_000,
      'every event is applied',
    );
    const finished = performance.now();
    figures.push(figure(`${stage}, group join included`, Number(programme.head), finished - started));
    figures.push(figure(`${stage}, from the first applied batch`, Number(programme.head), finished - firstApplied));
    await projector.stop();
    await readModels.close();
  };

  it('projects the whole log into SQLite read models', () =>
    project('projector: Kafka → SQLite file', SqliteReadModelStore.open(join(scratch, 'read-models.sqlite'))), 300_000);

  it('projects the whole log into PostgreSQL read models', async () =>
    project('projector: Kafka → PostgreSQL', await PostgresReadModelStore.connect({ connectionString: database.connectionString })), 300_000);
});
