'use strict';
/**
 * The SQL side of an append to the SQLite event store: the expectation checked against the stream's
 * revision, the events inserted, the stream's revision moved on. Plain JavaScript, because the
 * writer thread (sqlite-writer.worker.js) runs it without a TypeScript compiler, from the sources as
 * from the build; stores that commit on their own thread (sqlite-append-writer.ts) run it there.
 *
 * Events arrive encoded (data and metadata already JSON), so that a thread boundary copies strings.
 * A refusal (a failed expectation, an event id already recorded) is thrown as an AppendRefused
 * carrying plain data, which the store turns into its typed error.
 */

/** The rule of ../expected-revision.ts, which the TypeScript adapters share; a spec holds the two equal. */
function expectationHolds(expected, current) {
  if (expected === 'any') return true;
  if (expected === 'no-stream') return current === undefined;
  if (expected === 'stream-exists') return current !== undefined;
  return expected === (current ?? -1);
}

class AppendRefused extends Error {
  constructor(refusal) {
    super(refusal.kind);
    this.name = 'AppendRefused';
    this.refusal = refusal;
  }
}

/**
 * Prepares the statements on `db` and returns the function that writes one append (several streams)
 * inside the caller's transaction: `{ recordedAt, streams: [{ streamId, nextExpectedRevision,
 * lastPosition, positions }] }`, positions as bigints.
 */
function prepareAppendWrites(db) {
  const streamRevision = db.prepare('SELECT revision FROM streams WHERE stream_id = ?').safeIntegers(true);
  const upsertStreamRevision = db.prepare(
    `INSERT INTO streams (stream_id, revision) VALUES (?, ?)
     ON CONFLICT (stream_id) DO UPDATE SET revision = excluded.revision`,
  );
  const insertEvent = db
    .prepare(
      `INSERT INTO events (event_id, stream_id, stream_revision, type, schema_version, data, metadata, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .safeIntegers(true);
  const headPosition = db.prepare('SELECT COALESCE(MAX(global_position), 0) AS head FROM events').safeIntegers(true);

  function insert(streamId, revision, event, recordedAt) {
    try {
      const { lastInsertRowid } = insertEvent.run(event.eventId, streamId, revision, event.type, event.schemaVersion, event.data, event.metadata, recordedAt);
      return BigInt(lastInsertRowid);
    } catch (error) {
      if (isEventIdCollision(error)) throw new AppendRefused({ kind: 'duplicate-event', eventId: event.eventId });
      throw error;
    }
  }

  return function writeAppend(appends) {
    const recordedAt = new Date().toISOString();
    const streams = [];
    for (const { streamId, events, expectedRevision } of appends) {
      const row = streamRevision.get(streamId);
      const currentRevision = row === undefined ? undefined : Number(row.revision);
      if (!expectationHolds(expectedRevision, currentRevision)) {
        throw new AppendRefused({ kind: 'version-conflict', streamId, expectedRevision, actualRevision: currentRevision ?? 'no-stream' });
      }
      let revision = currentRevision ?? -1;
      const positions = events.map((event) => insert(streamId, ++revision, event, recordedAt));
      if (events.length > 0) upsertStreamRevision.run(streamId, revision);
      streams.push({ streamId, nextExpectedRevision: revision, lastPosition: positions[positions.length - 1], positions });
    }
    // An append without events reports the head, which is what a reader has to catch up to.
    if (streams.some((stream) => stream.lastPosition === undefined)) {
      const { head } = headPosition.get();
      for (const stream of streams) stream.lastPosition ??= head;
    }
    return { recordedAt, streams };
  };
}

function isEventIdCollision(error) {
  return (
    // Duck-typed: the native addon is loaded once per process and may throw an error of another
    // module instance or realm, so `instanceof` is not reliable.
    typeof error === 'object' &&
    error !== null &&
    error.code === 'SQLITE_CONSTRAINT_UNIQUE' &&
    String(error.message).includes('events.event_id')
  );
}

module.exports = { prepareAppendWrites, expectationHolds, AppendRefused };
