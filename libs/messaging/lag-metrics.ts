import type { Admin } from 'kafkajs';
import type { EventStore } from '@telemed/event-store/event-store.port';

export interface RelayLag {
  headPosition: bigint;
  /** Every event up to here is acknowledged by Kafka. */
  checkpoint: bigint;
  /** Log positions not yet published: head − checkpoint. */
  eventsBehind: bigint;
}

export async function relayLag(store: Pick<EventStore, 'headPosition'>, checkpoint: bigint): Promise<RelayLag> {
  const headPosition = await store.headPosition();
  return { headPosition, checkpoint, eventsBehind: headPosition > checkpoint ? headPosition - checkpoint : 0n };
}

export interface PartitionLag {
  topic: string;
  partition: number;
  /** The group's committed offset (the next message it will read); -1 when it has committed nothing. */
  committedOffset: bigint;
  highWatermark: bigint;
  /** Messages in the partition the group has not committed past. */
  lag: bigint;
}

/** A consumer group's lag on each partition of the topics: committed offsets against the partitions' ends. */
export async function consumerGroupLag(admin: Admin, groupId: string, topics: string[]): Promise<PartitionLag[]> {
  const committed = await admin.fetchOffsets({ groupId, topics });
  const lags: PartitionLag[] = [];
  for (const topic of topics) {
    const ends = await admin.fetchTopicOffsets(topic);
    const offsets = committed.find((entry) => entry.topic === topic)?.partitions ?? [];
    for (const end of ends) {
      const committedOffset = BigInt(offsets.find((entry) => entry.partition === end.partition)?.offset ?? '-1');
      const highWatermark = BigInt(end.high);
      const from = committedOffset >= 0n ? committedOffset : BigInt(end.low);
      lags.push({ topic, partition: end.partition, committedOffset, highWatermark, lag: highWatermark > from ? highWatermark - from : 0n });
    }
  }
  return lags.sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
}
