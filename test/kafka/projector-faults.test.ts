import { setTimeout as sleep } from 'node:timers/promises';
import { type Admin, Partitioners } from 'kafkajs';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import { ALL_PROJECTIONS, type Projection, SqliteReadModelStore } from '@telemed/projections';
import { DEAD_LETTER_HEADERS, deadLetterTopic, EVENT_HEADERS, KafkaProjector, type KafkaProjectorOptions, publishedEventTypes, topicForStream } from '@telemed/messaging';
import { readWholeLog } from '../stats/log-recount';
import { generateProgrammeLog, type ProgrammeLog } from '../support/kafka/programme-log';
import { differencesFromRebuild, statsBesideRecount } from '../support/kafka/read-model-checks';
import { type KafkaTestCluster, startTestCluster, TEST_CONSUMER_TIMINGS } from '../support/kafka/test-cluster';
import { readTopics, relayWholeLog, uniqueGroupId, waitUntil } from '../support/kafka/kafka-test-helpers';

/** Takes its time over each event while `slow` holds, so that a test can change the group while consumption is under way. */
const pace = { slow: true };
const pacing: Projection = {
  name: 'pace',
  version: 1,
  schema: [],
  tables: [],
  eventTypes: publishedEventTypes().map((entry) => entry.type),
  apply: () => (pace.slow ? sleep(20) : Promise.resolve()),
};

describe('the projector under faults', () => {
  let programme: ProgrammeLog;
  let log: RecordedEvent[];
  let cluster: KafkaTestCluster;
  let admin: Admin;
  let readModels: SqliteReadModelStore;
  const running = new Set<KafkaProjector>();

  const startProjector = async (groupId: string, projections: readonly Projection[], options: Partial<KafkaProjectorOptions> = {}) => {
    const projector = new KafkaProjector(cluster.client(`projector-${running.size}`), readModels, projections, {
      groupId,
      topicPrefix: cluster.topicPrefix,
      ...TEST_CONSUMER_TIMINGS,
      ...options,
    });
    running.add(projector);
    await projector.start();
    return projector;
  };
  const stopProjector = async (projector: KafkaProjector) => {
    await projector.stop();
    running.delete(projector);
  };
  const caughtUp = (projector: KafkaProjector) =>
    waitUntil(async () => (await projector.lag(admin)).eventsBehind === 0n, 60_000, `group ${projector.groupId} has committed every offset`);

  beforeAll(async () => {
    programme = await generateProgrammeLog({ seed: 53, scale: 0.6, months: 10 });
    log = await readWholeLog(programme.events);
  }, 60_000);

  afterAll(async () => {
    await programme?.close();
  });

  beforeEach(async () => {
    cluster = await startTestCluster({ partitions: 3 });
    admin = cluster.client('projector-faults-admin').admin();
    await admin.connect();
    readModels = SqliteReadModelStore.open(':memory:');
  });

  afterEach(async () => {
    for (const projector of running) await projector.stop();
    running.clear();
    await admin.disconnect();
    await cluster.stop();
    await readModels.close();
  });

  it('killed between the read-model commit and the offset commit, it counts nothing twice once restarted', async () => {
    await relayWholeLog(programme.events, cluster.client('crash-relay'), cluster.topicPrefix);
    const groupId = uniqueGroupId('crashing-projector');
    let committedBatches = 0;
    let crashed = false;
    const dying = await startProjector(groupId, ALL_PROJECTIONS, {
      afterReadModelCommit: async () => {
        if (++committedBatches <= 2) return;
        crashed = true;
        throw new Error('the projector process died before committing its offsets');
      },
    });
    await waitUntil(() => crashed, 30_000, 'the projector has died after a read-model commit');
    await stopProjector(dying);
    const appliedBeforeDeath = dying.stats.applied;
    expect(appliedBeforeDeath).toBeGreaterThan(0);

    const restarted = await startProjector(groupId, ALL_PROJECTIONS);
    await caughtUp(restarted);

    expect(restarted.stats.skipped).toBeGreaterThan(0); // the batch committed to the read models was delivered again...
    expect(appliedBeforeDeath + restarted.stats.applied).toBe(log.length); // ...and applied once
    expect(await differencesFromRebuild(readModels, programme.events)).toEqual([]);
    const { served, recounted } = await statsBesideRecount(readModels, log);
    expect(served).toEqual(recounted);
  }, 90_000);

  it('with a consumer added and later removed mid-consumption, nothing is lost and nothing applied twice', async () => {
    await relayWholeLog(programme.events, cluster.client('rebalance-relay'), cluster.topicPrefix);
    const groupId = uniqueGroupId('rebalanced-projector');
    pace.slow = true;
    const first = await startProjector(groupId, [...ALL_PROJECTIONS, pacing]);
    await waitUntil(() => first.stats.applied >= log.length * 0.1, 30_000, 'the first consumer is under way');
    const second = await startProjector(groupId, [...ALL_PROJECTIONS, pacing]);
    await waitUntil(() => second.stats.applied > 0, 30_000, 'the second consumer has been given partitions');
    await stopProjector(first);
    const appliedWhenRemoved = first.stats.applied + second.stats.applied;
    pace.slow = false;
    await caughtUp(second);

    expect(appliedWhenRemoved).toBeLessThan(log.length); // the group changed twice while work remained
    expect(first.stats.applied).toBeGreaterThan(0);
    expect(second.stats.applied).toBeGreaterThan(0);
    expect(first.stats.applied + second.stats.applied).toBe(log.length);
    expect(await differencesFromRebuild(readModels, programme.events)).toEqual([]);
    const { served, recounted } = await statsBesideRecount(readModels, log);
    expect(served).toEqual(recounted);
  }, 90_000);

  // Only the mock cluster refuses a group join on demand: against a real cluster (KAFKA_BROKERS) this one is reported skipped.
  (process.env.KAFKA_BROKERS ? it.skip : it)('with its consumer stopped by an error kafkajs does not recover from, starts it again itself and misses nothing', async () => {
    await relayWholeLog(programme.events, cluster.client('refused-join-relay'), cluster.topicPrefix);
    const JOIN_GROUP = 11;
    const GROUP_AUTHORIZATION_FAILED = 30; // not retriable: kafkajs leaves the consumer stopped
    await cluster.failRequests!(JOIN_GROUP, GROUP_AUTHORIZATION_FAILED, 1);
    const crashes: unknown[] = [];
    const projector = await startProjector(uniqueGroupId('refused-join-projector'), ALL_PROJECTIONS, {
      restartBackoff: { initialDelayMs: 200, maxDelayMs: 1_000 },
      onError: (error) => crashes.push(error),
    });
    await caughtUp(projector);

    expect(crashes.some((error) => String(error).includes('authoriz'))).toBe(true);
    expect(projector.stats).toMatchObject({ restarts: 1, applied: log.length });
    expect(projector.consuming).toBe(true);
    expect(await differencesFromRebuild(readModels, programme.events)).toEqual([]);
    const { served, recounted } = await statsBesideRecount(readModels, log);
    expect(served).toEqual(recounted);
  }, 90_000);

  it('sends a poison event and an unreadable message to the dead-letter topic with the reason, and its partitions move on', async () => {
    const poison = log.filter((event) => event.type === 'ConsultationScheduled')[4];
    const fragile: Projection = {
      name: 'fragile',
      version: 1,
      schema: [],
      tables: [],
      eventTypes: ['ConsultationScheduled'],
      apply: async (event) => {
        if (event.eventId === poison.eventId) throw new Error('cannot place this booking');
      },
    };
    // The unreadable message comes first in its partition, so real events follow it there.
    const producer = cluster.client('garbage').producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    await producer.send({ topic: topicForStream('consultation-garbage', cluster.topicPrefix), messages: [{ key: 'consultation-garbage', value: '{not json' }] });
    await producer.disconnect();
    await relayWholeLog(programme.events, cluster.client('poison-relay'), cluster.topicPrefix);

    const projector = await startProjector(uniqueGroupId('poisoned-projector'), [...ALL_PROJECTIONS, fragile], {
      backoff: { initialDelayMs: 50, maxDelayMs: 100 },
    });
    await caughtUp(projector);
    expect(projector.stats).toMatchObject({ applied: log.length - 1, deadLettered: 2 });

    const letters = await readTopics(cluster.client('dead-letter-reader'), [deadLetterTopic(cluster.topicPrefix)], { count: 2 });
    const unreadable = letters.find((letter) => letter.key === 'consultation-garbage')!;
    expect(unreadable.value!.toString()).toBe('{not json');
    expect(unreadable.headers).toMatchObject({
      [DEAD_LETTER_HEADERS.reason]: 'the value is not JSON',
      [DEAD_LETTER_HEADERS.topic]: topicForStream('consultation-garbage', cluster.topicPrefix),
      [DEAD_LETTER_HEADERS.offset]: '0',
      [DEAD_LETTER_HEADERS.consumerGroup]: projector.groupId,
    });
    const poisoned = letters.find((letter) => letter.key === poison.streamId)!;
    expect(poisoned.headers[EVENT_HEADERS.eventId]).toBe(poison.eventId);
    expect(poisoned.headers[DEAD_LETTER_HEADERS.reason]).toBe(
      `projection "fragile" failed on ConsultationScheduled ${poison.eventId}: Error: cannot place this booking`,
    );
    expect(JSON.parse(poisoned.value!.toString()).eventId).toBe(poison.eventId);

    // Everything but the poison event was applied, including what came after it in its stream.
    expect(await differencesFromRebuild(readModels, programme.events, [poison.eventId])).toEqual([]);
    const { served, recounted } = await statsBesideRecount(readModels, log);
    expect(served).toEqual(recounted);
  }, 90_000);
});
