import { context, type Attributes, type Span, SpanKind, trace } from '@opentelemetry/api';
import { injectTraceContext } from '@telemed/observability/tracing/trace-carriers';
import { inSpan, tracingActive } from '@telemed/observability/tracing/tracing';
import type { RecordedEvent } from '../event-envelope';
import { eventTraceParent } from './event-trace-context';

/**
 * The hook for what an event causes later, outside the request that wrote it (a webhook delivery, a
 * notification sent on): `work` runs inside a client span that continues the event's trace (the
 * append that wrote it), and is handed the `traceparent`/`tracestate` headers that carry the trace on
 * to the receiver. With tracing off it runs `work` with no headers and makes no span.
 */
export function inEventDeliverySpan<T>(
  event: Pick<RecordedEvent, 'metadata'>,
  name: string,
  attributes: Attributes,
  work: (traceHeaders: Record<string, string>, span?: Span) => Promise<T>,
): Promise<T> {
  if (!tracingActive()) return work({});
  return inSpan(name, { kind: SpanKind.CLIENT, attributes }, (span) => work(injectTraceContext({}, trace.setSpan(context.active(), span)), span), eventTraceParent(event));
}
