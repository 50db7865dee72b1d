import { TRACE_SAMPLERS, type OtlpProtocol, type SpanExporterName, type TraceSamplerName, type TracingSettings, tracingOff } from '@telemed/observability/tracing';
import { choiceSetting, flagSetting, integerSetting, listSetting, textSetting } from './settings';

const EXPORTERS: readonly string[] = ['otlp', 'console', 'none'];
const PROTOCOLS: readonly OtlpProtocol[] = ['http/protobuf', 'http/json'];
const DEFAULT_OTLP_ENDPOINT = 'http://localhost:4318';

/** `key=value,key=value` (values percent-encoded), as OTEL_RESOURCE_ATTRIBUTES and OTEL_EXPORTER_OTLP_HEADERS write them. */
function keyValueSetting(env: NodeJS.ProcessEnv, name: string, problems: string[]): Record<string, string> {
  const pairs: Record<string, string> = {};
  for (const item of listSetting(env, name)) {
    const equals = item.indexOf('=');
    const key = equals > 0 ? item.slice(0, equals).trim() : '';
    if (key === '') {
      problems.push(`${name} must be a comma-separated list of key=value (got "${item}")`);
      continue;
    }
    try {
      pairs[key] = decodeURIComponent(item.slice(equals + 1).trim());
    } catch {
      problems.push(`${name}: the value of "${key}" is not percent-encoded properly`);
    }
  }
  return pairs;
}

function urlSetting(env: NodeJS.ProcessEnv, name: string, problems: string[]): string | undefined {
  const raw = textSetting(env, name);
  if (raw === undefined) return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol === 'http:' || url.protocol === 'https:') return raw;
  } catch {
    // reported below
  }
  problems.push(`${name} must be an http:// or https:// URL (got "${raw}")`);
  return undefined;
}

/** The traces URL: the signal's own endpoint as given, or the base endpoint with `/v1/traces` appended. */
function tracesUrl(env: NodeJS.ProcessEnv, problems: string[]): { url: string; configured: boolean } {
  const own = urlSetting(env, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', problems);
  if (own) return { url: own, configured: true };
  const base = urlSetting(env, 'OTEL_EXPORTER_OTLP_ENDPOINT', problems);
  return { url: `${(base ?? DEFAULT_OTLP_ENDPOINT).replace(/\/+$/, '')}/v1/traces`, configured: base !== undefined };
}

/**
 * Reads the standard OTEL_* variables of tracing. Unlike the SDK's own default, tracing is off unless
 * asked for: OTEL_TRACES_EXPORTER names `otlp` or `console`, or an OTLP endpoint is given (with
 * OTEL_TRACES_EXPORTER unset); OTEL_SDK_DISABLED=true turns it off whatever else is set.
 */
export function readTracingSettings(env: NodeJS.ProcessEnv, defaultServiceName: string, problems: string[]): TracingSettings {
  const off = tracingOff(textSetting(env, 'OTEL_SERVICE_NAME') ?? defaultServiceName);
  const disabled = flagSetting(env, 'OTEL_SDK_DISABLED', false, problems);
  const named = listSetting(env, 'OTEL_TRACES_EXPORTER');
  for (const name of named) if (!EXPORTERS.includes(name)) problems.push(`OTEL_TRACES_EXPORTER may name otlp, console or none (got "${name}")`);
  const { url, configured } = tracesUrl(env, problems);
  const exporters = (named.length > 0 ? named.filter((name) => name !== 'none') : configured ? ['otlp'] : []).filter((name) => EXPORTERS.includes(name)) as SpanExporterName[];
  const protocol = choiceSetting(env, env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ? 'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL' : 'OTEL_EXPORTER_OTLP_PROTOCOL', PROTOCOLS, problems);
  const headers = { ...keyValueSetting(env, 'OTEL_EXPORTER_OTLP_HEADERS', problems), ...keyValueSetting(env, 'OTEL_EXPORTER_OTLP_TRACES_HEADERS', problems) };
  const timeoutMs = integerSetting(env, 'OTEL_EXPORTER_OTLP_TRACES_TIMEOUT', integerSetting(env, 'OTEL_EXPORTER_OTLP_TIMEOUT', off.otlp.timeoutMs, 1, 600_000, problems), 1, 600_000, problems);
  const sampler = choiceSetting<TraceSamplerName>(env, 'OTEL_TRACES_SAMPLER', TRACE_SAMPLERS, problems);
  const rawRatio = textSetting(env, 'OTEL_TRACES_SAMPLER_ARG');
  const samplerRatio = rawRatio === undefined ? 1 : Number(rawRatio);
  if (rawRatio !== undefined && !(samplerRatio >= 0 && samplerRatio <= 1)) problems.push(`OTEL_TRACES_SAMPLER_ARG must be a ratio from 0 to 1 (got "${rawRatio}")`);
  const batch = {
    scheduleDelayMs: integerSetting(env, 'OTEL_BSP_SCHEDULE_DELAY', off.batch.scheduleDelayMs, 0, 600_000, problems),
    maxQueueSize: integerSetting(env, 'OTEL_BSP_MAX_QUEUE_SIZE', off.batch.maxQueueSize, 1, 1_000_000, problems),
    maxExportBatchSize: integerSetting(env, 'OTEL_BSP_MAX_EXPORT_BATCH_SIZE', off.batch.maxExportBatchSize, 1, 1_000_000, problems),
    exportTimeoutMs: integerSetting(env, 'OTEL_BSP_EXPORT_TIMEOUT', off.batch.exportTimeoutMs, 1, 600_000, problems),
  };
  if (batch.maxExportBatchSize > batch.maxQueueSize) problems.push('OTEL_BSP_MAX_EXPORT_BATCH_SIZE must not exceed OTEL_BSP_MAX_QUEUE_SIZE');
  return {
    ...off,
    enabled: !disabled && exporters.length > 0,
    resourceAttributes: keyValueSetting(env, 'OTEL_RESOURCE_ATTRIBUTES', problems),
    exporters,
    otlp: { url, protocol, headers, timeoutMs },
    sampler,
    samplerRatio: Number.isNaN(samplerRatio) ? 1 : samplerRatio,
    batch,
  };
}
