import type { ExpectedRevision, StreamAppend } from '../event-store.port';
import { DuplicateEvent, VersionConflict } from '../event-store.errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Checks every expectation against the streams' current revisions and lays the events out as the
 * columns `insertEvents` takes, with each append's result but for the positions the insert draws.
 */
export function planAppends(appends: StreamAppend[], revisions: Map<string, number>) {
  const rows = {
    eventIds: [] as string[],
    streamIds: [] as string[],
    revisions: [] as number[],
    types: [] as string[],
    schemaVersions: [] as number[],
    data: [] as string[],
    metadata: [] as string[],
  };
  const results: { streamId: string; nextExpectedRevision: number; lastEventId?: string }[] = [];
  const moved = new Map<string, number>();
  for (const { streamId, events, expectedRevision } of appends) {
    const current = revisions.get(streamId);
    assertExpectation(streamId, expectedRevision, current);
    let revision = current ?? -1;
    for (const event of events) {
      revision++;
      rows.eventIds.push(event.eventId);
      rows.streamIds.push(streamId);
      rows.revisions.push(revision);
      rows.types.push(event.type);
      rows.schemaVersions.push(event.schemaVersion);
      rows.data.push(JSON.stringify(event.data ?? null));
      rows.metadata.push(JSON.stringify(event.metadata));
    }
    if (events.length > 0) {
      revisions.set(streamId, revision);
      moved.set(streamId, revision);
    }
    results.push({ streamId, nextExpectedRevision: revision, lastEventId: events[events.length - 1]?.eventId });
  }
  return {
    results,
    eventCount: rows.eventIds.length,
    /** In the order of `PostgresStatements.insertEvents`, after the position lock. */
    parameters: [
      rows.eventIds,
      rows.streamIds,
      rows.revisions,
      rows.types,
      rows.schemaVersions,
      rows.data,
      rows.metadata,
      [...moved.keys()],
      [...moved.values()],
    ],
  };
}

/**
 * Throws VersionConflict unless the stream is where the writer expects it. A missing stream counts as
 * revision -1 for a numeric expectation, matching what an empty append to it reports.
 */
function assertExpectation(streamId: string, expected: ExpectedRevision, current: number | undefined): void {
  const holds =
    expected === 'any' ||
    (expected === 'no-stream' && current === undefined) ||
    (expected === 'stream-exists' && current !== undefined) ||
    (typeof expected === 'number' && expected === (current ?? -1));
  if (!holds) throw new VersionConflict(streamId, expected, current ?? 'no-stream');
}

/** Refuses, before touching the database, what the tables would refuse less clearly. */
export function assertInsertable(appends: StreamAppend[]): void {
  const seen = new Set<string>();
  for (const { events } of appends) {
    for (const { eventId } of events) {
      if (!UUID.test(eventId)) throw new RangeError(`eventId must be a UUID, got ${JSON.stringify(eventId)}`);
      const key = eventId.toLowerCase();
      if (seen.has(key)) throw new DuplicateEvent(eventId);
      seen.add(key);
    }
  }
}
