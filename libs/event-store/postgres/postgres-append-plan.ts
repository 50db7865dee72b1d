import type { ExpectedRevision, StreamAppend } from '../event-store.port';
import { DuplicateEvent, VersionConflict } from '../event-store.errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The appends as the columns `append_to_streams` takes (see postgres-schema.ts), after its lock parameters. */
export function appendColumns(appends: StreamAppend[]): unknown[] {
  const columns = {
    streams: [] as string[],
    expectations: [] as string[],
    counts: [] as number[],
    eventIds: [] as string[],
    types: [] as string[],
    schemaVersions: [] as number[],
    data: [] as string[],
    metadata: [] as string[],
  };
  for (const { streamId, events, expectedRevision } of appends) {
    columns.streams.push(streamId);
    columns.expectations.push(String(expectedRevision));
    columns.counts.push(events.length);
    for (const event of events) {
      columns.eventIds.push(event.eventId);
      columns.types.push(event.type);
      columns.schemaVersions.push(event.schemaVersion);
      columns.data.push(JSON.stringify(event.data ?? null));
      columns.metadata.push(JSON.stringify(event.metadata));
    }
  }
  return Object.values(columns);
}

/** The conflict `append_to_streams` reports (SQLSTATE TE409), as the port's typed error. */
export function versionConflictOf(detail: string): VersionConflict {
  const { streamId, expected, actual } = JSON.parse(detail) as { streamId: string; expected: string; actual: number | null };
  const expectation: ExpectedRevision = /^-?\d+$/.test(expected) ? Number(expected) : (expected as ExpectedRevision);
  return new VersionConflict(streamId, expectation, actual ?? 'no-stream');
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
