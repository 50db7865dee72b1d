import { samplerFor, spanProcessorsFor } from './tracing-sdk';
import { tracingOff } from './tracing-settings';

const ON = { ...tracingOff('telemed-api'), enabled: true };

describe('the SDK pieces the settings name', () => {
  it('samples as OTEL_TRACES_SAMPLER says, following the parent by default', async () => {
    expect((await samplerFor(ON)).toString()).toMatch(/^ParentBased\{root=AlwaysOnSampler/);
    expect((await samplerFor({ ...ON, sampler: 'parentbased_traceidratio', samplerRatio: 0.25 })).toString()).toMatch(/root=TraceIdRatioBased\{0\.25\}/);
    expect((await samplerFor({ ...ON, sampler: 'always_off' })).toString()).toBe('AlwaysOffSampler');
  });

  it('sends each exporter its spans in batches, over OTLP with protobuf or JSON, or to standard output', async () => {
    for (const protocol of ['http/protobuf', 'http/json'] as const) {
      const processors = await spanProcessorsFor({ ...ON, exporters: ['otlp', 'console'], otlp: { ...ON.otlp, protocol } });
      expect(processors.map((processor) => processor.constructor.name)).toEqual(['BatchSpanProcessor', 'BatchSpanProcessor']);
      await Promise.all(processors.map((processor) => processor.shutdown()));
    }
  });
});
