import { type Context, context, propagation, ROOT_CONTEXT } from '@opentelemetry/api';

/**
 * The W3C trace context (`traceparent`, `tracestate`) of `from` written into a carrier: Kafka
 * message headers, an event's metadata, the headers of an outgoing HTTP request (a webhook
 * delivery). Writes nothing while tracing is off or no span is active.
 */
export function injectTraceContext(carrier: Record<string, string>, from: Context = context.active()): Record<string, string> {
  propagation.inject(from, carrier);
  return carrier;
}

/** The context a carrier names (its span as the remote parent), or the root context when it names none. */
export function extractTraceContext(carrier: Record<string, string | undefined> | undefined): Context {
  if (!carrier?.traceparent) return ROOT_CONTEXT;
  return propagation.extract(ROOT_CONTEXT, carrier);
}
