import { SpanKind, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { startTracing, stopTracing, tracer, tracingOff } from '@telemed/observability/tracing';
import type { EventMetadata } from '../event-envelope';
import { inEventDeliverySpan } from './event-delivery-span';
import { currentEventTraceContext, eventTraceParent, withTraceContext } from './event-trace-context';

const METADATA: EventMetadata = { actor: { userId: 'clinician-aziz', role: 'clinician', hospitalId: 'h-1' }, correlationId: 'request-1' };

describe("an event's trace context", () => {
  it('is nothing while tracing is off: the metadata stays as it was, a delivery gets no headers', async () => {
    expect(currentEventTraceContext()).toBeUndefined();
    expect(withTraceContext(METADATA)).toBe(METADATA);
    expect(await inEventDeliverySpan({ metadata: METADATA }, 'deliver webhook', {}, async (headers) => headers)).toEqual({});
  });

  describe('while tracing is on', () => {
    const spans = new InMemorySpanExporter();
    beforeAll(() => startTracing({ ...tracingOff('telemed-test'), enabled: true }, { spanProcessors: [new SimpleSpanProcessor(spans)] }));
    afterAll(() => stopTracing());

    it('keeps the active span in the metadata, and a later delivery continues that trace and passes it on', async () => {
      // Outside any span there is nothing to keep.
      expect(withTraceContext(METADATA)).toBe(METADATA);
      const written = await tracer.startActiveSpan('append consultation', async (span) => {
        const stamped = withTraceContext(METADATA);
        span.end();
        return { stamped, span };
      });
      const { traceId, spanId } = written.span.spanContext();
      expect(written.stamped.traceContext).toEqual({ traceparent: `00-${traceId}-${spanId}-01` });
      expect(trace.getSpanContext(eventTraceParent({ metadata: written.stamped }))).toMatchObject({ traceId, spanId, isRemote: true });

      const headers = await inEventDeliverySpan({ metadata: written.stamped }, 'deliver webhook', { 'url.full': 'https://hospital.example/hook' }, async (traceHeaders) => traceHeaders);
      const delivery = spans.getFinishedSpans().find((span) => span.name === 'deliver webhook')!;
      expect(delivery.kind).toBe(SpanKind.CLIENT);
      expect(delivery.parentSpanContext?.spanId).toBe(spanId);
      expect(headers).toEqual({ traceparent: `00-${traceId}-${delivery.spanContext().spanId}-01` });
    });
  });
});
