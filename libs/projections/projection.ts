import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { ProjectionBatch } from './rows/projection-batch';

/**
 * A read model: its tables and a pure event handler. `apply` changes only the projection's own
 * tables and is deterministic, so replaying the log from 0 rebuilds exactly the same rows. It folds
 * each event into the rows of a batch (a subscription batch, a Kafka batch, a rebuild chunk), which
 * are written once at the end of the batch.
 */
export interface Projection {
  readonly name: string;
  /**
   * The version of the read model this projection builds: bumped whenever its tables or what it
   * makes of an event change, so read models built by an older release are rebuilt from the log.
   */
  readonly version: number;
  /** DDL, safe to run on every start (CREATE ... IF NOT EXISTS). */
  readonly schema: readonly string[];
  /** Tables the projection owns, each with the columns that order its rows for comparison. */
  readonly tables: ReadonlyArray<{ name: string; orderBy: string }>;
  readonly eventTypes: readonly string[];
  apply(event: RecordedEvent, batch: ProjectionBatch): Promise<void> | void;
  /**
   * Reads, before the batch's events are applied, the rows they will read, in one statement per
   * table rather than one per event (each is a round trip on PostgreSQL). `events` are those of
   * its event types. Optional: a row the batch has not read is read when first asked for.
   */
  prefetch?(events: readonly RecordedEvent[], batch: ProjectionBatch): Promise<void>;
}
