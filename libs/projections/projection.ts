import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { SqlExecutor } from './read-model-store';

/**
 * A read model: its tables and a pure event handler. `apply` changes only the projection's own
 * tables and is deterministic, so replaying the log from 0 rebuilds exactly the same rows.
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
  apply(event: RecordedEvent, db: SqlExecutor): Promise<void>;
}
