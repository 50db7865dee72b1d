import { randomUUID } from 'node:crypto';
import type { ExpectedRevision } from '../event-store.port';
import type { EventStoreDbEventStore } from './eventstoredb-event-store';

/**
 * A `$` type keeps checkpoint records out of everyone's view of the log: readers, subscriptions and
 * the head treat `$` types as system records, exactly like EventStoreDB's own.
 */
export const CHECKPOINT_EVENT_TYPE = '$subscriber-checkpoint';

export const checkpointStreamId = (subscriber: string): string => `subscriber-checkpoint-${subscriber}`;

/**
 * Durable positions for subscribers that keep no store of their own (a relay, an exporter), written
 * to EventStoreDB itself: one stream per subscriber, the last record holding the position to resume
 * after. Subscribers with a read-model database keep the checkpoint there instead, in the same
 * transaction as their changes (the projection runner does), which is what makes them exactly-once;
 * with this store a subscriber is exactly-once only if it saves after applying each batch and its
 * effects are idempotent for the batch in flight at a crash.
 *
 * The stream grows by one small record per save; give `subscriber-checkpoint-*` streams a `$maxCount`
 * in deployment so scavenging trims them.
 *
 * Each instance appends with the revision it last read or wrote, so a second instance running the
 * same subscriber by mistake fails with a VersionConflict instead of moving the checkpoint back.
 */
export class EventStoreDbCheckpointStore {
  private readonly revisions = new Map<string, ExpectedRevision>();

  constructor(private readonly store: EventStoreDbEventStore) {}

  /** The position to resume after: 0n when the subscriber has never saved one. */
  async load(subscriber: string): Promise<bigint> {
    const [last] = await this.store.readStream(checkpointStreamId(subscriber), { direction: 'backwards', maxCount: 1 });
    this.revisions.set(subscriber, last ? last.streamRevision : 'no-stream');
    return last ? BigInt((last.data as { position: string }).position) : 0n;
  }

  async save(subscriber: string, position: bigint): Promise<void> {
    const expected = this.revisions.get(subscriber) ?? (await this.load(subscriber), this.revisions.get(subscriber)!);
    const { nextExpectedRevision } = await this.store.appendToStream(
      checkpointStreamId(subscriber),
      [
        {
          eventId: randomUUID(),
          type: CHECKPOINT_EVENT_TYPE,
          schemaVersion: 1,
          data: { subscriber, position: position.toString() },
          metadata: { actor: { userId: `subscriber:${subscriber}`, role: 'system' }, correlationId: randomUUID() },
        },
      ],
      expected,
    );
    this.revisions.set(subscriber, nextExpectedRevision);
  }
}
