import type { RecordedEvent } from '../event-envelope';
import type { LogFilter } from '../event-store.port';
import { quotedSchema } from './postgres-schema';

/**
 * # Why readers stop at a safe horizon
 *
 * A sequence hands out global positions when rows are inserted, not when they commit, so with
 * concurrent writers position 105 can become visible while 104 is still in flight. A reader that
 * moved its cursor past 105 would never see 104. Two rules close that gap:
 *
 * 1. Writers draw positions in transaction-id order. An append takes a short session lock around
 *    its INSERT; the transaction gets its id (the `transaction_id` default) and all its positions
 *    inside that lock, and commits after releasing it. So among appends, a lower position always
 *    belongs to a lower transaction id, while commits (and their fsyncs) still overlap.
 * 2. Readers only return rows whose transaction id is below the oldest append still in flight in
 *    their snapshot (`safe_below`). Every row that can still appear has an id at least that high,
 *    hence a higher position than anything returned: the visible log below the horizon is final.
 *
 * `pg_snapshot_xmin(pg_current_snapshot())` would be a simpler horizon, but it counts every
 * transaction of the whole cluster, so one slow unrelated transaction (a report, an idle session in
 * another database) would stall the log. So a read first asks `pg_locks` which transactions are
 * certainly not appends: those that have an id but hold none of this store's stream locks (an append
 * takes its stream locks before it gets an id, and keeps them until it ends). Then, in a second
 * statement and so a later snapshot, every in-flight id except those counts. An id that appeared in
 * between counts too: it is newer than every row committed before the read began, so it only ever
 * delays rows that are themselves that new.
 *
 * The same horizon bounds `headPosition()` (the highest safe position, not the highest position
 * drawn) and `scannedUpTo`, so neither ever passes a position that is still in flight.
 */
export const UNRELATED_TRANSACTIONS = `
  SELECT COALESCE(array_agg(running.transactionid::text), '{}') AS unrelated
  FROM pg_catalog.pg_locks AS running
  WHERE running.locktype = 'transactionid' AND running.mode = 'ExclusiveLock' AND running.granted
    AND running.pid IS NOT NULL
    AND NOT EXISTS (
      SELECT 1 FROM pg_catalog.pg_locks AS appending
      WHERE appending.pid = running.pid AND appending.locktype = 'advisory' AND appending.objsubid = 2
        AND appending.classid = $1::oid
        AND appending.database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())
    )`;

/** $1: the ids UNRELATED_TRANSACTIONS answered, as xid[]. */
const SAFE_HORIZON = `
  horizon AS (
    SELECT LEAST(
      pg_snapshot_xmax(pg_current_snapshot()),
      (SELECT min(in_flight) FROM pg_snapshot_xip(pg_current_snapshot()) AS in_flight
       WHERE in_flight::xid <> ALL ($1::xid[]))
    ) AS safe_below
  )`;

/** A row of `events` as the queries select it: node-postgres hands bigints over as text; timestamps come preformatted. */
export interface EventRow {
  global_position: string;
  event_id: string;
  stream_id: string;
  stream_revision: number;
  type: string;
  schema_version: number;
  data: unknown;
  metadata: RecordedEvent['metadata'];
  recorded_at: string;
}

// No cast of global_position here: an ORDER BY would then sort the text ("10" before "9").
const EVENT_COLUMNS = `global_position, event_id, stream_id, stream_revision, type, schema_version, data, metadata,
  to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS recorded_at`;

/** The SQL of one store schema. Parameters are noted per statement. */
export class PostgresStatements {
  private readonly schema: string;
  private readonly events: string;

  constructor(schema: string) {
    this.schema = quotedSchema(schema);
    this.events = `${this.schema}.events`;
  }

  /**
   * One whole append (postgres-schema.ts, `append_to_streams`): $1 stream lock namespace, $2 int[]
   * the streams' lock keys in sorted order, $3 position lock, then the columns of appendColumns().
   */
  get appendToStreams(): string {
    return `SELECT revisions_after, positions::text[] AS positions
      FROM ${this.schema}.append_to_streams($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`;
  }

  /** $1 stream id, $2 first revision, $3 limit or null. */
  get readStreamForwards(): string {
    return `SELECT ${EVENT_COLUMNS} FROM ${this.events}
      WHERE stream_id = $1 AND stream_revision >= $2::bigint ORDER BY stream_revision ASC LIMIT $3`;
  }

  /** $1 stream id, $2 last revision, $3 limit or null. */
  get readStreamBackwards(): string {
    return `SELECT ${EVENT_COLUMNS} FROM ${this.events}
      WHERE stream_id = $1 AND stream_revision <= $2::bigint ORDER BY stream_revision DESC LIMIT $3`;
  }

  /** $1 unrelated transactions. One row: the safe head. */
  get safeHead(): string {
    return `WITH ${SAFE_HORIZON}, ${this.safeHeadExpression}
      SELECT head::text AS head FROM safe_head`;
  }

  /**
   * Rows after a position, up to the safe head, plus the safe head itself on every row (one row with
   * null event columns when nothing qualifies). $1 unrelated transactions, $2 after, $3 limit, then the
   * filter's parameters: event types as text[], stream prefixes as text[].
   */
  readAll(filter: LogFilter | undefined): string {
    const conditions = ['global_position > $2::bigint', 'global_position <= safe_head.head', 'transaction_id < safe_below'];
    let next = 4;
    if (filter?.eventTypes?.length) conditions.push(`type = ANY($${next++}::text[])`);
    if (filter?.streamPrefixes?.length) {
      conditions.push(`EXISTS (SELECT 1 FROM unnest($${next++}::text[]) AS prefix WHERE starts_with(stream_id, prefix))`);
    }
    return `WITH ${SAFE_HORIZON}, ${this.safeHeadExpression}
      SELECT safe_head.head::text AS head, page.*
      FROM safe_head LEFT JOIN LATERAL (
        SELECT ${EVENT_COLUMNS} FROM ${this.events}, horizon
        WHERE ${conditions.join(' AND ')}
        ORDER BY events.global_position ASC LIMIT $3
      ) AS page ON true
      ORDER BY page.global_position ASC`;
  }

  private get safeHeadExpression(): string {
    return `safe_head AS (
      SELECT COALESCE(
        (SELECT global_position FROM ${this.events}
         WHERE transaction_id < horizon.safe_below ORDER BY global_position DESC LIMIT 1),
        0
      ) AS head
      FROM horizon
    )`;
  }
}

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    eventId: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
    streamId: row.stream_id,
    streamRevision: row.stream_revision,
    globalPosition: BigInt(row.global_position),
    recordedAt: row.recorded_at,
  };
}
