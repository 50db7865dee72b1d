import { tracingOff } from './tracing-settings';

const SDK_PACKAGES = ['@opentelemetry/sdk-trace-node', '@opentelemetry/sdk-trace-base', '@opentelemetry/resources', '@opentelemetry/exporter-trace-otlp-proto'];

describe('tracing', () => {
  afterEach(() => {
    for (const name of SDK_PACKAGES) jest.dontMock(name);
    jest.resetModules();
  });

  it('when off, loads no part of the SDK and leaves the API no-op tracer in place', async () => {
    const loaded: string[] = [];
    for (const name of SDK_PACKAGES) {
      jest.doMock(name, () => {
        loaded.push(name);
        return {};
      });
    }
    const { startTracing, tracingActive, tracer } = await import('./tracing');
    await startTracing(tracingOff('telemed-api'));
    expect(loaded).toEqual([]);
    expect(tracingActive()).toBe(false);
    expect(tracer.startSpan('nothing').isRecording()).toBe(false);
  });

  it('when on, records spans with the service name of the process', async () => {
    const { startTracing, stopTracing, tracingActive, tracer } = await import('./tracing');
    const { InMemorySpanExporter, SimpleSpanProcessor } = await import('@opentelemetry/sdk-trace-base');
    const exporter = new InMemorySpanExporter();
    await startTracing({ ...tracingOff('telemed-api'), enabled: true }, { spanProcessors: [new SimpleSpanProcessor(exporter)] });
    expect(tracingActive()).toBe(true);
    tracer.startSpan('something').end();
    expect(exporter.getFinishedSpans().map((span) => [span.name, span.resource.attributes['service.name']])).toEqual([['something', 'telemed-api']]);
    await stopTracing();
    expect(tracingActive()).toBe(false);
  });
});
