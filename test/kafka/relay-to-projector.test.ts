import type { Admin } from 'kafkajs';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { PostgresEventStore } from '@telemed/event-store/postgres/postgres-event-store';
import { ALL_PROJECTIONS, PostgresReadModelStore, SqliteReadModelStore } from '@telemed/projections';
import { KafkaProjector, KafkaRelay, relayLag, SqlRelayCheckpoints } from '@telemed/messaging';
import { readWholeLog } from '../stats/log-recount';
import { differencesFromRebuild, statsBesideRecount } from '../support/kafka/read-model-checks';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { generateProgrammeLog, type ProgrammeLog } from '../support/kafka/programme-log';
import { type KafkaTestCluster, startTestCluster, TEST_CONSUMER_TIMINGS } from '../support/kafka/test-cluster';
import { uniqueGroupId, waitUntil } from '../support/kafka/kafka-test-helpers';

describe('a generated programme relayed to Kafka and projected from it', () => {
  let cluster: KafkaTestCluster;
  let programme: ProgrammeLog;
  let admin: Admin;
  const readModels = SqliteReadModelStore.open(':memory:');
  const relayState = SqliteReadModelStore.open(':memory:');
  let relay: KafkaRelay | undefined;
  let projector: KafkaProjector | undefined;

  beforeAll(async () => {
    [cluster, programme] = await Promise.all([startTestCluster({ partitions: 4 }), generateProgrammeLog({ seed: 17, scale: 1, months: 12 })]);
    admin = cluster.client('e2e-admin').admin();
    await admin.connect();
  }, 60_000);

  afterAll(async () => {
    await relay?.stop();
    await projector?.stop();
    await admin?.disconnect();
    await cluster?.stop();
    await programme?.close();
    await Promise.all([readModels.close(), relayState.close()]);
  });

  it('ends with read models equal to a rebuild from the log, and stats equal to a recount of the raw log', async () => {
    const checkpoints = await SqlRelayCheckpoints.open(relayState);
    expect((await relayLag(programme.events, await checkpoints.read())).eventsBehind).toBe(programme.head);

    relay = new KafkaRelay(programme.events, cluster.client('e2e-relay'), checkpoints, { topicPrefix: cluster.topicPrefix });
    projector = new KafkaProjector(cluster.client('e2e-projector'), readModels, ALL_PROJECTIONS, {
      groupId: uniqueGroupId('e2e-projector'),
      topicPrefix: cluster.topicPrefix,
      ...TEST_CONSUMER_TIMINGS,
    });
    await Promise.all([relay.start(), projector.start()]);

    const log = await readWholeLog(programme.events);
    expect(await relay.waitFor(programme.head, 60_000)).toBe(true);
    await waitUntil(() => projector!.stats.applied >= log.length, 60_000, 'the projector has applied every event');
    await waitUntil(async () => (await projector!.lag(admin)).eventsBehind === 0n, 20_000, 'the projector has committed every offset');

    expect(projector.stats).toMatchObject({ applied: log.length, skipped: 0, deadLettered: 0 });
    expect(await relayLag(programme.events, await checkpoints.read())).toEqual({ headPosition: programme.head, checkpoint: programme.head, eventsBehind: 0n });
    expect((await projector.lag(admin)).secondsBehind).toBe(0);

    expect(await differencesFromRebuild(readModels, programme.events)).toEqual([]);
    const { served, recounted, partnerships } = await statsBesideRecount(readModels, log);
    expect(partnerships).toBeGreaterThan(0);
    expect(served).toEqual(recounted);

    // Each stream is recorded as applied through its last revision in the log.
    const lastRevisions = new Map(log.map((event) => [event.streamId, event.streamRevision]));
    const positions = await readModels.all<{ stream_id: string; stream_revision: number }>('SELECT stream_id, stream_revision FROM projector_stream_positions');
    expect(new Map(positions.map((row) => [row.stream_id, Number(row.stream_revision)]))).toEqual(lastRevisions);
  }, 90_000);
});

/** Appends the events to another store, stream by stream in log order (positions and times are the target's own). */
async function copyLog(events: RecordedEvent[], target: EventStore): Promise<void> {
  for (let index = 0; index < events.length; ) {
    const first = events[index];
    let end = index + 1;
    while (end < events.length && events[end].streamId === first.streamId) end++;
    const run = events.slice(index, end).map(({ eventId, type, schemaVersion, data, metadata }) => ({ eventId, type, schemaVersion, data, metadata }));
    await target.appendToStream(first.streamId, run, first.streamRevision === 0 ? 'no-stream' : first.streamRevision - 1);
    index = end;
  }
}

describe('a log in PostgreSQL relayed to Kafka and projected into PostgreSQL read models, as deployed', () => {
  let cluster: KafkaTestCluster;
  let database: TestDatabase;
  let programme: ProgrammeLog;
  let events: PostgresEventStore;
  let readModels: PostgresReadModelStore;
  let relayState: PostgresReadModelStore;
  let relay: KafkaRelay | undefined;
  let projector: KafkaProjector | undefined;
  let copied: RecordedEvent[];

  beforeAll(async () => {
    database = await createTestDatabase();
    cluster = await startTestCluster({ partitions: 4 });
    programme = await generateProgrammeLog({ seed: 19, scale: 0.6, months: 10 });
    events = await PostgresEventStore.connect({ connectionString: database.connectionString });
    copied = await readWholeLog(programme.events);
    await copyLog(copied, events);
    readModels = await PostgresReadModelStore.connect({ connectionString: database.connectionString });
    relayState = await PostgresReadModelStore.connect({ connectionString: database.connectionString, schema: 'kafka_relay' });
  }, 60_000);

  afterAll(async () => {
    await relay?.stop();
    await projector?.stop();
    await cluster?.stop();
    await Promise.all([events?.close(), readModels?.close(), relayState?.close(), programme?.close()]);
    await database?.drop();
  });

  it('ends with read models equal to a rebuild from the log, and stats equal to a recount of the raw log', async () => {
    const log = await readWholeLog(events);
    expect(log.map((event) => event.eventId)).toEqual(copied.map((event) => event.eventId));
    const head = await events.headPosition();
    relay = new KafkaRelay(events, cluster.client('pg-relay'), await SqlRelayCheckpoints.open(relayState), { topicPrefix: cluster.topicPrefix });
    // Two members share the partitions and the read models, as two projector replicas would.
    const groupId = uniqueGroupId('pg-projector');
    const members = [1, 2].map(
      (member) => new KafkaProjector(cluster.client(`pg-projector-${member}`), readModels, ALL_PROJECTIONS, { groupId, topicPrefix: cluster.topicPrefix, ...TEST_CONSUMER_TIMINGS }),
    );
    projector = members[0];
    try {
      await Promise.all([relay.start(), ...members.map((member) => member.start())]);
      expect(await relay.waitFor(head, 60_000)).toBe(true);
      const applied = () => members.reduce((sum, member) => sum + member.stats.applied, 0);
      await waitUntil(() => applied() >= log.length, 60_000, 'the projectors have applied every event');
      expect(applied()).toBe(log.length);
    } finally {
      await members[1].stop();
    }

    expect(await differencesFromRebuild(readModels, events)).toEqual([]);
    const { served, recounted } = await statsBesideRecount(readModels, log);
    expect(served).toEqual(recounted);
  }, 90_000);
});
