import { readTracingSettings } from './tracing-config';

function read(env: NodeJS.ProcessEnv) {
  const problems: string[] = [];
  const settings = readTracingSettings(env, 'telemed-api', problems);
  return { settings, problems };
}

describe('tracing settings', () => {
  it('are off when no OTEL_* variable asks for tracing', () => {
    const { settings, problems } = read({});
    expect(problems).toEqual([]);
    expect(settings.enabled).toBe(false);
    expect(settings.serviceName).toBe('telemed-api');
  });

  it('turn on with an OTLP endpoint, sending to its /v1/traces over HTTP with protobuf', () => {
    const { settings, problems } = read({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/', OTEL_SERVICE_NAME: 'api-east' });
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({
      enabled: true,
      serviceName: 'api-east',
      exporters: ['otlp'],
      otlp: { url: 'http://collector:4318/v1/traces', protocol: 'http/protobuf' },
      sampler: 'parentbased_always_on',
    });
  });

  it('take the traces endpoint as given, and headers and resource attributes percent-decoded', () => {
    const { settings, problems } = read({
      OTEL_TRACES_EXPORTER: 'otlp,console',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://otlp.example.org/ingest',
      OTEL_EXPORTER_OTLP_HEADERS: 'authorization=Bearer%20abc, x-tenant=east',
      OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment.name=staging,service.namespace=telemed',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
    });
    expect(problems).toEqual([]);
    expect(settings.exporters).toEqual(['otlp', 'console']);
    expect(settings.otlp).toMatchObject({ url: 'https://otlp.example.org/ingest', protocol: 'http/json', headers: { authorization: 'Bearer abc', 'x-tenant': 'east' } });
    expect(settings.resourceAttributes).toEqual({ 'deployment.environment.name': 'staging', 'service.namespace': 'telemed' });
  });

  it('stay off with OTEL_SDK_DISABLED or OTEL_TRACES_EXPORTER=none, whatever endpoint is set', () => {
    expect(read({ OTEL_SDK_DISABLED: 'true', OTEL_TRACES_EXPORTER: 'otlp' }).settings.enabled).toBe(false);
    expect(read({ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).settings.enabled).toBe(false);
  });

  it('report every bad value at once', () => {
    const { problems } = read({
      OTEL_TRACES_EXPORTER: 'zipkin',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc',
      OTEL_TRACES_SAMPLER: 'sometimes',
      OTEL_TRACES_SAMPLER_ARG: '1.5',
      OTEL_RESOURCE_ATTRIBUTES: 'nokey',
    });
    expect(problems).toEqual([
      'OTEL_TRACES_EXPORTER may name otlp, console or none (got "zipkin")',
      'OTEL_EXPORTER_OTLP_ENDPOINT must be an http:// or https:// URL (got "collector:4318")',
      'OTEL_EXPORTER_OTLP_PROTOCOL must be one of http/protobuf, http/json (got "grpc")',
      'OTEL_TRACES_SAMPLER must be one of parentbased_always_on, parentbased_always_off, parentbased_traceidratio, always_on, always_off, traceidratio (got "sometimes")',
      'OTEL_TRACES_SAMPLER_ARG must be a ratio from 0 to 1 (got "1.5")',
      'OTEL_RESOURCE_ATTRIBUTES must be a comma-separated list of key=value (got "nokey")',
    ]);
  });
});
