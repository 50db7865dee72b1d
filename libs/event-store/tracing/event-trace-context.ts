import type { Context } from '@opentelemetry/api';
import { extractTraceContext, injectTraceContext } from '@telemed/observability/tracing/trace-carriers';
import type { EventMetadata, EventTraceContext, RecordedEvent } from '../event-envelope';

/** The active span's trace context, as an event's metadata keeps it; undefined when no span is active. */
export function currentEventTraceContext(): EventTraceContext | undefined {
  const carrier = injectTraceContext({});
  if (!carrier.traceparent) return undefined;
  return { traceparent: carrier.traceparent, ...(carrier.tracestate && { tracestate: carrier.tracestate }) };
}

/** The metadata with the active span's trace context added (unchanged when nothing is traced, or it has one already). */
export function withTraceContext(metadata: EventMetadata, traceContext = currentEventTraceContext()): EventMetadata {
  return traceContext && !metadata.traceContext ? { ...metadata, traceContext } : metadata;
}

/**
 * The context of the append that wrote an event, for what the event causes later and elsewhere (the
 * relay's publication, a webhook delivery) to continue its trace; the root context when it has none.
 */
export function eventTraceParent(event: Pick<RecordedEvent, 'metadata'>): Context {
  return extractTraceContext(event.metadata.traceContext as Record<string, string | undefined> | undefined);
}
