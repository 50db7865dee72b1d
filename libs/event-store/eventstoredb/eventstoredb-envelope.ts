import {
  ANY,
  type AppendExpectedRevision,
  type EventData,
  type Filter,
  jsonEvent,
  type JSONType,
  NO_STREAM,
  type RecordedEvent as EsdbRecordedEvent,
  STREAM_EXISTS,
  eventTypeFilter,
  excludeSystemEvents,
  streamNameFilter,
} from '@eventstore/db-client';
import type { EventMetadata, NewEvent, RecordedEvent } from '../event-envelope';
import type { ExpectedRevision, LogFilter } from '../event-store.port';

/**
 * How our envelope sits in an EventStoreDB record: `data` is the event's JSON data; the custom
 * metadata is our metadata plus the schema version, and the `$correlationId` / `$causationId` keys
 * EventStoreDB's own projections ($by_correlation_id) read. The record's own fields carry the rest:
 * id, type, stream, revision, position (the commit position) and `created` (recordedAt).
 */
interface StoredMetadata extends EventMetadata {
  schemaVersion: number;
  $correlationId?: string;
  $causationId?: string;
}

/** Records of EventStoreDB's own subsystems carry `$` types ($settings, $metadata, $statsCollected...). */
export const isSystemEventType = (type: string): boolean => type.startsWith('$');

export function toEventData(event: NewEvent): EventData {
  const metadata: StoredMetadata = {
    ...event.metadata,
    schemaVersion: event.schemaVersion,
    $correlationId: event.metadata.correlationId,
    ...(event.metadata.causationId !== undefined && { $causationId: event.metadata.causationId }),
  };
  // The client JSON-encodes `data` whatever its type; its JSONType only leaves out null and numbers.
  return jsonEvent({ id: event.eventId, type: event.type, data: (event.data ?? null) as JSONType, metadata });
}

export function toRecordedEvent(record: EsdbRecordedEvent): RecordedEvent {
  if (!record.isJson || typeof record.metadata !== 'object' || record.metadata === null || record.metadata instanceof Uint8Array) {
    throw new Error(`event ${record.id} of ${record.streamId} is not in our envelope (JSON data with JSON metadata)`);
  }
  if (!record.position) throw new Error(`event ${record.id} of ${record.streamId} came without a log position`);
  const { schemaVersion, $correlationId: _correlation, $causationId: _causation, ...metadata } = record.metadata as unknown as StoredMetadata;
  return {
    eventId: record.id,
    type: record.type,
    schemaVersion,
    data: record.data,
    metadata,
    streamId: record.streamId,
    streamRevision: Number(record.revision),
    globalPosition: record.position.commit,
    recordedAt: record.created.toISOString(),
  };
}

/** Our expectations in the client's terms; -1 is the revision of a stream without events. */
export function toAppendExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no-stream':
      return NO_STREAM;
    case 'stream-exists':
      return STREAM_EXISTS;
  }
  if (!Number.isSafeInteger(expected) || expected < -1) {
    throw new RangeError(`an expected revision is -1 or more, got ${expected}`);
  }
  return expected === -1 ? NO_STREAM : BigInt(expected);
}

/**
 * The exact match of a LogFilter, applied by the adapter to everything the server sends: types
 * listed exactly, stream prefixes literally, both lists together as AND, system records never.
 */
export function logFilterMatcher(filter: LogFilter | undefined): (event: { type: string; streamId: string }) => boolean {
  const eventTypes = new Set(filter?.eventTypes ?? []);
  const streamPrefixes = filter?.streamPrefixes ?? [];
  return (event) =>
    !isSystemEventType(event.type) &&
    (eventTypes.size === 0 || eventTypes.has(event.type)) &&
    (streamPrefixes.length === 0 || streamPrefixes.some((prefix) => event.streamId.startsWith(prefix)));
}

/**
 * The server-side part of a LogFilter. EventStoreDB filters on one field, by prefixes or a regular
 * expression: event types go as an anchored alternation (a prefix would also match longer names),
 * prefixes-only as a stream-name prefix filter, no filter as "no system events". When both lists
 * are given the server filters on types and the adapter checks the prefixes.
 */
export function serverSideFilter(
  filter: LogFilter | undefined,
  tuning: { maxSearchWindow: number; checkpointReached: NonNullable<Filter['checkpointReached']> },
): Filter {
  const options = { maxSearchWindow: tuning.maxSearchWindow, checkpointInterval: 1, checkpointReached: tuning.checkpointReached };
  const eventTypes = filter?.eventTypes ?? [];
  if (eventTypes.length > 0) return eventTypeFilter({ regex: `^(?:${eventTypes.map(escapeRegex).join('|')})$`, ...options });
  const streamPrefixes = filter?.streamPrefixes ?? [];
  if (streamPrefixes.length > 0) return streamNameFilter({ prefixes: streamPrefixes, ...options });
  return excludeSystemEvents(options);
}

function escapeRegex(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, (character) => `\\${character}`);
}
