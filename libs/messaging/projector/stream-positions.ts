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
