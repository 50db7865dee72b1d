import { type JsonLogLevel, readLogLevel } from '@telemed/observability';

export interface ObservabilityConfig {
  /** Lowest level written to the JSON log (`LOG_LEVEL`). */
  logLevel: JsonLogLevel;
  /** Whether `GET /metrics` exists at all (`METRICS_ENABLED`). */
  metricsEnabled: boolean;
  /** When set, `GET /metrics` answers only `Authorization: Bearer <token>` (`METRICS_TOKEN`). */
  metricsToken?: string;
  /** `GET /health/ready` fails while the read models are this many events behind or more (`READINESS_MAX_LAG_EVENTS`). */
  readinessMaxLagEvents: number;
}

const MIN_METRICS_TOKEN_LENGTH = 16;

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
  problems.push(`${name} must be true or false (got "${raw}")`);
  return fallback;
}

/** Reads the observability settings; every bad value is added to `problems`. */
export function readObservabilityConfig(env: NodeJS.ProcessEnv, problems: string[]): ObservabilityConfig {
  const logLevel = readLogLevel(env, problems);
  const metricsEnabled = flag(env, 'METRICS_ENABLED', true, problems);
  const metricsToken = env.METRICS_TOKEN && env.METRICS_TOKEN !== '' ? env.METRICS_TOKEN : undefined;
  if (metricsToken !== undefined && metricsToken.length < MIN_METRICS_TOKEN_LENGTH) {
    problems.push(`METRICS_TOKEN must be at least ${MIN_METRICS_TOKEN_LENGTH} characters long`);
  }
  const rawLag = env.READINESS_MAX_LAG_EVENTS;
  let readinessMaxLagEvents = 1000;
  if (rawLag !== undefined && rawLag !== '') {
    const value = Number(rawLag);
    if (Number.isInteger(value) && value >= 1 && value <= 100_000_000) readinessMaxLagEvents = value;
    else problems.push(`READINESS_MAX_LAG_EVENTS must be an integer from 1 to 100000000 (got "${rawLag}")`);
  }
  return { logLevel, metricsEnabled, ...(metricsToken && { metricsToken }), readinessMaxLagEvents };
}
