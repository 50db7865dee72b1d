/** Where spans go: an OTLP collector over HTTP, or standard output (for a look while developing). */
export type SpanExporterName = 'otlp' | 'console';

export type OtlpProtocol = 'http/protobuf' | 'http/json';

export const TRACE_SAMPLERS = [
  'parentbased_always_on',
  'parentbased_always_off',
  'parentbased_traceidratio',
  'always_on',
  'always_off',
  'traceidratio',
] as const;
export type TraceSamplerName = (typeof TRACE_SAMPLERS)[number];

/** Tracing as the standard OTEL_* variables describe it, validated once by @telemed/runtime. */
export interface TracingSettings {
  /** Off unless an exporter is named (OTEL_TRACES_EXPORTER) or an OTLP endpoint is given; OTEL_SDK_DISABLED=true turns it off. */
  enabled: boolean;
  /** `service.name` of every span (OTEL_SERVICE_NAME); the process's own name by default. */
  serviceName: string;
  /** More resource attributes (OTEL_RESOURCE_ATTRIBUTES: `key=value,...`). */
  resourceAttributes: Record<string, string>;
  exporters: SpanExporterName[];
  otlp: {
    /** The traces URL: OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as given, or OTEL_EXPORTER_OTLP_ENDPOINT + `/v1/traces`. */
    url: string;
    protocol: OtlpProtocol;
    headers: Record<string, string>;
    timeoutMs: number;
  };
  sampler: TraceSamplerName;
  /** The ratio of the `traceidratio` samplers (OTEL_TRACES_SAMPLER_ARG), 0 to 1. */
  samplerRatio: number;
  /** The batch span processor: OTEL_BSP_SCHEDULE_DELAY, OTEL_BSP_MAX_QUEUE_SIZE, OTEL_BSP_MAX_EXPORT_BATCH_SIZE, OTEL_BSP_EXPORT_TIMEOUT. */
  batch: { scheduleDelayMs: number; maxQueueSize: number; maxExportBatchSize: number; exportTimeoutMs: number };
}

/** Tracing off: what a process runs with when no OTEL_* variable asks for it. */
export function tracingOff(serviceName: string): TracingSettings {
  return {
    enabled: false,
    serviceName,
    resourceAttributes: {},
    exporters: [],
    otlp: { url: 'http://localhost:4318/v1/traces', protocol: 'http/protobuf', headers: {}, timeoutMs: 10_000 },
    sampler: 'parentbased_always_on',
    samplerRatio: 1,
    batch: { scheduleDelayMs: 5_000, maxQueueSize: 2_048, maxExportBatchSize: 512, exportTimeoutMs: 30_000 },
  };
}
