import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { SqlExecutor } from '@telemed/projections/read-model-store';

/**
 * How far the projector has applied each stream, kept in the read-model store itself so that it
 * commits with the read models it describes.
 */
export const STREAM_POSITIONS_SCHEMA = [
  `CREATE TABLE IF NOT EXISTS projector_stream_positions (
     stream_id TEXT PRIMARY KEY,
     stream_revision BIGINT NOT NULL,
     global_position BIGINT NOT NULL,
     event_id TEXT NOT NULL,
     recorded_at TEXT NOT NULL
   )`,
];

/**
 * Claims an event for application inside the caller's transaction: true when the stream has not
 * been applied up to the event's revision yet (the position then moves to the event), false for an
 * event already applied. One conditional upsert, so two consumers racing for the same event during
 * a rebalance serialise on the row and only one of them applies it.
 */
export async function claimEvent(tx: SqlExecutor, event: RecordedEvent): Promise<boolean> {
  const { changes } = await tx.run(
    `INSERT INTO projector_stream_positions (stream_id, stream_revision, global_position, event_id, recorded_at)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (stream_id) DO UPDATE SET stream_revision = excluded.stream_revision,
       global_position = excluded.global_position, event_id = excluded.event_id, recorded_at = excluded.recorded_at
     WHERE projector_stream_positions.stream_revision < excluded.stream_revision`,
    [event.streamId, event.streamRevision, event.globalPosition, event.eventId, event.recordedAt],
  );
  return changes > 0;
}

/** Rows per statement of the claims: well under every adapter's limit on parameters. */
const CLAIMS_PER_STATEMENT = 500;

/** Raised when another consumer claimed some of the batch's streams since they were read: the batch is applied again. */
export class StreamsClaimedMeanwhile extends Error {
  constructor() {
    super('another consumer claimed some of these streams meanwhile; the batch is applied again');
    this.name = 'StreamsClaimedMeanwhile';
  }
}

/** A batch's claims: which events to apply, and the write of the streams' new positions. */
export interface StreamClaims {
  /** Which of the events (in order) the streams had not been applied up to yet. */
  claimed: boolean[];
  /**
   * Settles once the streams' new positions are written; rejects with StreamsClaimedMeanwhile should
   * another consumer have moved one of them since they were read. Await it before committing.
   */
  written: Promise<void>;
}

/**
 * Claims a batch's events at once: which of them (in order) the streams have not been applied up
 * to yet. The streams' positions are read in one statement, and each stream's new position is
 * written in one conditional upsert per few hundred streams, sent without waiting for its answer
 * so that the batch is folded meanwhile; should another consumer have moved a stream since it was
 * read (a rebalance), the upsert changes fewer rows than it claims and `written` rejects, failing
 * the whole transaction, to be tried again.
 */
export async function claimEvents(tx: SqlExecutor, events: readonly RecordedEvent[]): Promise<StreamClaims> {
  const streams = [...new Set(events.map((event) => event.streamId))];
  const applied = new Map<string, number>();
  for (let offset = 0; offset < streams.length; offset += CLAIMS_PER_STATEMENT) {
    const part = streams.slice(offset, offset + CLAIMS_PER_STATEMENT);
    const rows = await tx.all<{ stream_id: string; stream_revision: number | string }>(
      `SELECT stream_id, stream_revision FROM projector_stream_positions WHERE stream_id IN (${part.map(() => '?').join(', ')})`,
      part,
    );
    for (const row of rows) applied.set(row.stream_id, Number(row.stream_revision));
  }
  const claimedUpTo = new Map<string, RecordedEvent>();
  const claimed = events.map((event) => {
    const revision = Number(event.streamRevision);
    const known = claimedUpTo.get(event.streamId);
    const upTo = known ? Number(known.streamRevision) : applied.get(event.streamId) ?? -1;
    if (revision <= upTo) return false;
    claimedUpTo.set(event.streamId, event);
    return true;
  });
  const latest = [...claimedUpTo.values()];
  const upserts: Array<Promise<void>> = [];
  for (let offset = 0; offset < latest.length; offset += CLAIMS_PER_STATEMENT) {
    const part = latest.slice(offset, offset + CLAIMS_PER_STATEMENT);
    const upsert = tx.run(
      `INSERT INTO projector_stream_positions (stream_id, stream_revision, global_position, event_id, recorded_at)
       VALUES ${part.map(() => '(?, ?, ?, ?, ?)').join(', ')}
       ON CONFLICT (stream_id) DO UPDATE SET stream_revision = excluded.stream_revision,
         global_position = excluded.global_position, event_id = excluded.event_id, recorded_at = excluded.recorded_at
       WHERE projector_stream_positions.stream_revision < excluded.stream_revision`,
      part.flatMap((event) => [event.streamId, event.streamRevision, event.globalPosition, event.eventId, event.recordedAt]),
    );
    upserts.push(
      upsert.then(({ changes }) => {
        if (changes < part.length) throw new StreamsClaimedMeanwhile();
      }),
    );
  }
  const written = Promise.all(upserts).then(() => undefined);
  // Awaited by the caller unless the batch fails first, when the transaction is rolled back anyway.
  written.catch(() => undefined);
  return { claimed, written };
}
