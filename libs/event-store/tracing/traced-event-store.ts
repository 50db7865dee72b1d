import { type Attributes, SpanKind } from '@opentelemetry/api';
import { ATTR_DB_COLLECTION_NAME, ATTR_DB_OPERATION_BATCH_SIZE, ATTR_DB_OPERATION_NAME, ATTR_DB_SYSTEM_NAME } from '@opentelemetry/semantic-conventions';
import { inSpan } from '@telemed/observability/tracing/tracing';
import { type NewEvent, type RecordedEvent, streamCategory } from '../event-envelope';
import type { AppendResult, ExpectedRevision, ReadStreamOptions, StreamAppend } from '../event-store.port';
import { ForwardingEventStore } from '../forwarding-event-store';
import type { EventStore } from '../event-store.port';
import { currentEventTraceContext, withTraceContext } from './event-trace-context';

/** `db.system.name` of each adapter: the semantic conventions' names, and EventStoreDB's own. */
export type EventStoreSystem = 'sqlite' | 'postgresql' | 'eventstoredb';

export const STREAM_ID_ATTRIBUTE = 'telemed.stream.id';
export const EVENT_COUNT_ATTRIBUTE = 'telemed.event.count';

/**
 * A client span for every append and stream read of a command, named `append consultation`,
 * `read partnership` (the operation and the stream category). Each appended event keeps the
 * append's trace context in its metadata, so the relay, in another process and later, continues
 * the same trace. Installed only while tracing is on.
 */
export class TracedEventStore extends ForwardingEventStore {
  constructor(
    inner: EventStore,
    private readonly system: EventStoreSystem,
  ) {
    super(inner);
  }

  override appendToStream(streamId: string, events: NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    return this.clientSpan('append', streamCategory(streamId), { [STREAM_ID_ATTRIBUTE]: streamId, [EVENT_COUNT_ATTRIBUTE]: events.length }, () =>
      this.inner.appendToStream(streamId, tracedEvents(events), expectedRevision),
    );
  }

  override appendToStreams(appends: StreamAppend[]): Promise<AppendResult[]> {
    const categories = [...new Set(appends.map(({ streamId }) => streamCategory(streamId)))].sort().join(',');
    const attributes = {
      [STREAM_ID_ATTRIBUTE]: appends.map(({ streamId }) => streamId),
      [EVENT_COUNT_ATTRIBUTE]: appends.reduce((sum, { events }) => sum + events.length, 0),
      ...(appends.length > 1 && { [ATTR_DB_OPERATION_BATCH_SIZE]: appends.length }),
    };
    return this.clientSpan('append', categories, attributes, () =>
      this.inner.appendToStreams(appends.map((append) => ({ ...append, events: tracedEvents(append.events) }))),
    );
  }

  override readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.clientSpan('read', streamCategory(streamId), { [STREAM_ID_ATTRIBUTE]: streamId }, () => this.inner.readStream(streamId, options));
  }

  private clientSpan<T>(operation: string, collection: string, attributes: Attributes, work: () => Promise<T>): Promise<T> {
    return inSpan(
      `${operation} ${collection}`,
      {
        kind: SpanKind.CLIENT,
        attributes: { [ATTR_DB_SYSTEM_NAME]: this.system, [ATTR_DB_OPERATION_NAME]: operation, [ATTR_DB_COLLECTION_NAME]: collection, ...attributes },
      },
      work,
    );
  }
}

function tracedEvents(events: NewEvent[]): NewEvent[] {
  const traceContext = currentEventTraceContext();
  return events.map((event) => ({ ...event, metadata: withTraceContext(event.metadata, traceContext) }));
}
