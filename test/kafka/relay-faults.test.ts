import { setTimeout as sleep } from 'node:timers/promises';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import { SqliteReadModelStore } from '@telemed/projections';
import { eventTopics, KafkaRelay, type KafkaRelayOptions, type RelayCheckpoints, SqlRelayCheckpoints } from '@telemed/messaging';
import { readWholeLog } from '../stats/log-recount';
import { generateProgrammeLog, type ProgrammeLog } from '../support/kafka/programme-log';
import { type KafkaTestCluster, startTestCluster } from '../support/kafka/test-cluster';
import { readTopics, streamLengths, streamOrder, waitUntil } from '../support/kafka/kafka-test-helpers';

/** A checkpoint store that takes its time, so that a test can act while the relay is mid-stream. */
function slowly(checkpoints: RelayCheckpoints, delayMs: number): RelayCheckpoints {
  return {
    read: () => checkpoints.read(),
    write: async (position) => {
      await sleep(delayMs);
      await checkpoints.write(position);
    },
  };
}

describe('the relay under faults', () => {
  let programme: ProgrammeLog;
  let log: RecordedEvent[];
  let cluster: KafkaTestCluster;
  let relayState: SqliteReadModelStore;
  const running = new Set<KafkaRelay>();

  const startRelay = async (checkpoints: RelayCheckpoints, options: KafkaRelayOptions = {}, clientOverrides = {}) => {
    const relay = new KafkaRelay(programme.events, cluster.client('faulty-relay', clientOverrides), checkpoints, {
      topicPrefix: cluster.topicPrefix,
      batchSize: 50,
      ...options,
    });
    running.add(relay);
    await relay.start();
    return relay;
  };
  const stopRelay = async (relay: KafkaRelay) => {
    await relay.stop();
    running.delete(relay);
  };
  const published = (count: number) =>
    readTopics(cluster.client('faulty-relay-reader'), eventTopics(cluster.topicPrefix), { count, settleMs: 1_000, timeoutMs: 30_000 });

  beforeAll(async () => {
    programme = await generateProgrammeLog({ seed: 41, scale: 0.6, months: 10 });
    log = await readWholeLog(programme.events);
  }, 60_000);

  afterAll(async () => {
    await programme?.close();
  });

  beforeEach(async () => {
    cluster = await startTestCluster({ partitions: 3 });
    relayState = SqliteReadModelStore.open(':memory:');
  });

  afterEach(async () => {
    for (const relay of running) await relay.stop();
    running.clear();
    await cluster.stop();
    await relayState.close();
  });

  it('stopped mid-stream and started again, it resumes after its checkpoint: every event published once, in stream order', async () => {
    const checkpoints = await SqlRelayCheckpoints.open(relayState);
    const first = await startRelay(slowly(checkpoints, 30));
    await first.waitFor(programme.head / 3n, 30_000);
    await stopRelay(first);
    const stoppedAt = await checkpoints.read();
    expect(stoppedAt).toBeGreaterThan(0n);
    expect(stoppedAt).toBeLessThan(programme.head);

    const second = await startRelay(checkpoints);
    expect(await second.waitFor(programme.head, 30_000)).toBe(true);
    await stopRelay(second);

    const messages = await published(log.length);
    expect(messages).toHaveLength(log.length);
    expect(streamOrder(messages, streamLengths(log))).toEqual({ duplicates: 0, gaps: [], incomplete: [] });
  }, 60_000);

  it('dead after Kafka acknowledged a batch but before its checkpoint, its successor publishes that batch again, never out of order', async () => {
    const checkpoints = await SqlRelayCheckpoints.open(relayState);
    let writes = 0;
    let lost: { from: bigint; to: bigint } | undefined;
    const dyingAtFifthCheckpoint: RelayCheckpoints = {
      read: () => checkpoints.read(),
      write: async (position) => {
        if (++writes === 5) {
          lost = { from: await checkpoints.read(), to: position };
          throw new Error('the relay process died before writing its checkpoint');
        }
        await checkpoints.write(position);
      },
    };
    let failed = false;
    const first = await startRelay(dyingAtFifthCheckpoint, { onError: () => (failed = true) });
    await waitUntil(() => failed, 30_000, 'the first relay has died');
    await stopRelay(first);

    const second = await startRelay(checkpoints);
    expect(await second.waitFor(programme.head, 30_000)).toBe(true);
    await stopRelay(second);

    const republished = Number(lost!.to - lost!.from);
    expect(republished).toBe(50);
    const messages = await published(log.length + republished);
    expect(messages).toHaveLength(log.length + republished);
    expect(streamOrder(messages, streamLengths(log))).toEqual({ duplicates: republished, gaps: [], incomplete: [] });
  }, 60_000);

  it('through a cluster outage, it retries with a growing back-off and loses or reorders nothing', async () => {
    const checkpoints = await SqlRelayCheckpoints.open(relayState);
    const failures: Array<{ attempt: number; retryInMs: number }> = [];
    const relay = await startRelay(
      slowly(checkpoints, 20),
      {
        backoff: { initialDelayMs: 100, maxDelayMs: 1_600 },
        producerRetry: { retries: 1, initialRetryTime: 50, maxRetryTime: 200 },
        onSendFailure: ({ attempt, retryInMs }) => failures.push({ attempt, retryInMs }),
      },
      { connectionTimeout: 300, requestTimeout: 2_000, retry: { retries: 1, initialRetryTime: 50, maxRetryTime: 200 } },
    );
    await relay.waitFor(programme.head / 4n, 30_000);
    cluster.cutOff();
    const cutAt = relay.position;
    await waitUntil(() => failures.length >= 4, 30_000, 'the relay has failed four times');
    expect(relay.position - cutAt).toBeLessThanOrEqual(50n); // at most the batch in flight got through
    cluster.restore();
    expect(await relay.waitFor(programme.head, 30_000)).toBe(true);
    await stopRelay(relay);

    const firstFour = failures.slice(0, 4);
    expect(firstFour.map((failure) => failure.attempt)).toEqual([1, 2, 3, 4]);
    for (let index = 1; index < firstFour.length; index++) expect(firstFour[index].retryInMs).toBeGreaterThan(firstFour[index - 1].retryInMs);

    const messages = await published(log.length);
    const order = streamOrder(messages, streamLengths(log));
    expect(order).toMatchObject({ gaps: [], incomplete: [] });
    expect(messages.length).toBe(log.length + order.duplicates);
  }, 60_000);

  it('stopped while a batch is in flight, it lets Kafka acknowledge the batch and checkpoints it before disconnecting', async () => {
    const checkpoints = await SqlRelayCheckpoints.open(relayState);
    cluster.setLatency(500);
    const relay = await startRelay(checkpoints, { batchSize: 100 });
    await waitUntil(() => relay.position > 0n, 30_000, 'the first batch is acknowledged');
    const positionAtStop = relay.position;
    await stopRelay(relay);
    cluster.setLatency(0);

    expect(relay.position).toBeGreaterThan(positionAtStop);
    expect(await checkpoints.read()).toBe(relay.position);
    const messages = await published(Number(relay.position));
    expect(messages).toHaveLength(Number(relay.position));
  }, 60_000);
});
