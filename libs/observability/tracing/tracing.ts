import { type Context, context, propagation, type Span, type SpanOptions, SpanStatusCode, trace } from '@opentelemetry/api';
import type { SpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { TracingSettings } from './tracing-settings';

/** Every span of the backbone comes from this tracer; without a registered SDK it is the API's no-op tracer. */
export const tracer = trace.getTracer('telemed-backbone');

let provider: { forceFlush(): Promise<void>; shutdown(): Promise<void> } | undefined;

/**
 * Whether spans are recorded in this process. Code on a hot path asks first and, when tracing is off,
 * does not even make the API's no-op spans: with tracing off nothing of it runs but this test.
 */
export function tracingActive(): boolean {
  return provider !== undefined;
}

export interface StartTracingOptions {
  /** Replaces the exporters the settings name (a test's in-memory exporter). */
  spanProcessors?: SpanProcessor[];
}

/**
 * Starts the OpenTelemetry SDK when the settings ask for it: the tracer provider with its resource,
 * sampler and exporters, the AsyncLocalStorage context manager and the W3C trace-context propagator.
 * With tracing off it loads nothing (the SDK packages are imported only here, only then).
 */
export async function startTracing(settings: TracingSettings, options: StartTracingOptions = {}): Promise<void> {
  if (!settings.enabled || provider) return;
  const { NodeTracerProvider } = await import('@opentelemetry/sdk-trace-node');
  const { defaultResource, resourceFromAttributes } = await import('@opentelemetry/resources');
  const resource = defaultResource().merge(resourceFromAttributes({ ...settings.resourceAttributes, 'service.name': settings.serviceName }));
  const { spanProcessorsFor, samplerFor } = await import('./tracing-sdk');
  const started = new NodeTracerProvider({
    resource,
    sampler: await samplerFor(settings),
    spanProcessors: options.spanProcessors ?? (await spanProcessorsFor(settings)),
  });
  started.register();
  provider = started;
}

/** Sends every finished span now (before a process exits, or when an app closes). */
export async function flushTracing(): Promise<void> {
  await provider?.forceFlush();
}

/** Flushes and stops the SDK; the API's no-op tracer answers from then on. */
export async function stopTracing(): Promise<void> {
  const stopping = provider;
  provider = undefined;
  await stopping?.shutdown();
  trace.disable();
  context.disable();
  propagation.disable();
}

/**
 * Runs `work` inside a new active span that ends when it settles; an error is recorded on the span
 * and thrown on. `parent` defaults to the active context.
 */
export function inSpan<T>(name: string, options: SpanOptions, work: (span: Span) => Promise<T>, parent: Context = context.active()): Promise<T> {
  return tracer.startActiveSpan(name, options, parent, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      markFailed(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}

/** Records an error on the span and marks it failed. */
export function markFailed(span: Span, error: unknown): void {
  span.recordException(error instanceof Error ? error : String(error));
  span.setAttribute('error.type', error instanceof Error ? error.name : 'Error');
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
}
