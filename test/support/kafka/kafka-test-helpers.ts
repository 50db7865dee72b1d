import { randomBytes } from 'node:crypto';
import type { IHeaders, Kafka } from 'kafkajs';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { SqliteReadModelStore } from '@telemed/projections';
import { KafkaRelay, SqlRelayCheckpoints } from '@telemed/messaging';
import { TEST_CONSUMER_TIMINGS } from './test-cluster';

/** Polls until `condition` holds; fails with `what` after `timeoutMs`. */
export async function waitUntil(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function uniqueGroupId(purpose: string): string {
  return `${purpose}-${randomBytes(4).toString('hex')}`;
}

export interface ConsumedMessage {
  topic: string;
  partition: number;
  offset: bigint;
  key: string | undefined;
  value: Buffer | null;
  headers: Record<string, string>;
}

function headersOf(headers: IHeaders | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) result[name] = first.toString();
  }
  return result;
}

/**
 * Reads the topics from the beginning with a group of its own until at least `count` messages
 * have come and, with `settleMs`, none has come for that long since (so that extra copies are read
 * too), in each partition's order.
 */
export async function readTopics(
  kafka: Kafka,
  topics: string[],
  options: { count: number; settleMs?: number; timeoutMs?: number },
): Promise<ConsumedMessage[]> {
  const consumer = kafka.consumer({
    groupId: uniqueGroupId('test-reader'),
    sessionTimeout: TEST_CONSUMER_TIMINGS.sessionTimeoutMs,
    heartbeatInterval: TEST_CONSUMER_TIMINGS.heartbeatIntervalMs,
    rebalanceTimeout: TEST_CONSUMER_TIMINGS.rebalanceTimeoutMs,
    maxWaitTimeInMs: TEST_CONSUMER_TIMINGS.maxWaitTimeMs,
    allowAutoTopicCreation: false,
  });
  const messages: ConsumedMessage[] = [];
  let lastMessageAt = Date.now();
  await consumer.connect();
  try {
    await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({
      eachBatch: async ({ batch }) => {
        for (const message of batch.messages) {
          messages.push({
            topic: batch.topic,
            partition: batch.partition,
            offset: BigInt(message.offset),
            key: message.key?.toString(),
            value: message.value,
            headers: headersOf(message.headers),
          });
        }
        lastMessageAt = Date.now();
      },
    });
    await waitUntil(
      () => messages.length >= options.count && Date.now() - lastMessageAt >= (options.settleMs ?? 0),
      options.timeoutMs ?? 30_000,
      `${options.count} messages were read from ${topics.join(', ')} (read ${messages.length})`,
    );
  } finally {
    await consumer.disconnect();
  }
  return messages;
}

export interface StreamOrderReport {
  /** Messages that repeat an event already seen earlier in its partition. */
  duplicates: number;
  /** Streams whose next message skipped a revision. */
  gaps: string[];
  /** Streams with fewer revisions published than the log holds. */
  incomplete: string[];
}

/**
 * Reads each partition in offset order and checks every stream against the log: its revisions
 * must appear 0, 1, 2, … with nothing skipped; a repeat of a revision already seen is counted as a
 * duplicate (harmless to a consumer that skips what it has applied).
 */
export function streamOrder(messages: ConsumedMessage[], revisionsInLog: Map<string, number>): StreamOrderReport {
  const ordered = [...messages].sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition || (a.offset < b.offset ? -1 : 1));
  const next = new Map<string, number>();
  const report: StreamOrderReport = { duplicates: 0, gaps: [], incomplete: [] };
  for (const message of ordered) {
    const { streamId, streamRevision } = JSON.parse(message.value!.toString('utf8')) as { streamId: string; streamRevision: number };
    const expected = next.get(streamId) ?? 0;
    if (streamRevision < expected) report.duplicates++;
    else if (streamRevision === expected) next.set(streamId, expected + 1);
    else report.gaps.push(`${streamId}: revision ${streamRevision} after ${expected - 1}`);
  }
  for (const [streamId, count] of revisionsInLog) {
    if ((next.get(streamId) ?? 0) !== count) report.incomplete.push(`${streamId}: ${next.get(streamId) ?? 0} of ${count}`);
  }
  return report;
}

/** How many events each stream of the log holds. */
export function streamLengths(events: Array<{ streamId: string }>): Map<string, number> {
  const lengths = new Map<string, number>();
  for (const { streamId } of events) lengths.set(streamId, (lengths.get(streamId) ?? 0) + 1);
  return lengths;
}

/** Publishes the whole log with a relay of its own, and stops it. */
export async function relayWholeLog(store: EventStore, kafka: Kafka, topicPrefix: string): Promise<void> {
  const state = SqliteReadModelStore.open(':memory:');
  const relay = new KafkaRelay(store, kafka, await SqlRelayCheckpoints.open(state), { topicPrefix });
  try {
    await relay.start();
    if (!(await relay.waitFor(await store.headPosition(), 30_000))) throw new Error('the relay did not publish the whole log in 30 s');
  } finally {
    await relay.stop();
    await state.close();
  }
}
