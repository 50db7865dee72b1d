import type { Sampler, SpanExporter, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { TracingSettings } from './tracing-settings';

/**
 * The SDK pieces the settings name. Imported by `startTracing` only when tracing is on, so a process
 * with tracing off never loads the SDK nor an exporter.
 */
export async function samplerFor(settings: TracingSettings): Promise<Sampler> {
  const { AlwaysOffSampler, AlwaysOnSampler, ParentBasedSampler, TraceIdRatioBasedSampler } = await import('@opentelemetry/sdk-trace-base');
  const root = (name: string): Sampler =>
    name.endsWith('always_off') ? new AlwaysOffSampler() : name.endsWith('traceidratio') ? new TraceIdRatioBasedSampler(settings.samplerRatio) : new AlwaysOnSampler();
  return settings.sampler.startsWith('parentbased_') ? new ParentBasedSampler({ root: root(settings.sampler) }) : root(settings.sampler);
}

async function exporterFor(name: TracingSettings['exporters'][number], settings: TracingSettings): Promise<SpanExporter> {
  if (name === 'console') return new (await import('@opentelemetry/sdk-trace-base')).ConsoleSpanExporter();
  const { url, headers, timeoutMs: timeoutMillis } = settings.otlp;
  const { OTLPTraceExporter } =
    settings.otlp.protocol === 'http/json' ? await import('@opentelemetry/exporter-trace-otlp-http') : await import('@opentelemetry/exporter-trace-otlp-proto');
  return new OTLPTraceExporter({ url, headers, timeoutMillis });
}

/** A batch span processor per exporter: spans leave the request path at once and are sent in the background. */
export async function spanProcessorsFor(settings: TracingSettings): Promise<SpanProcessor[]> {
  const { BatchSpanProcessor } = await import('@opentelemetry/sdk-trace-base');
  const { scheduleDelayMs: scheduledDelayMillis, maxQueueSize, maxExportBatchSize, exportTimeoutMs: exportTimeoutMillis } = settings.batch;
  const processors: SpanProcessor[] = [];
  for (const name of settings.exporters) {
    processors.push(new BatchSpanProcessor(await exporterFor(name, settings), { scheduledDelayMillis, maxQueueSize, maxExportBatchSize, exportTimeoutMillis }));
  }
  return processors;
}
