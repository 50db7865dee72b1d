import { type JsonLogLevel, readLogLevel } from '@telemed/observability';
import { flagSetting, integerSetting, textSetting } from './settings';

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

/** Reads the observability settings; every bad value is added to `problems`. */
export function readObservabilityConfig(env: NodeJS.ProcessEnv, problems: string[]): ObservabilityConfig {
  const logLevel = readLogLevel(env, problems);
  const metricsEnabled = flagSetting(env, 'METRICS_ENABLED', true, problems);
  const metricsToken = textSetting(env, 'METRICS_TOKEN');
  if (metricsToken !== undefined && metricsToken.length < MIN_METRICS_TOKEN_LENGTH) {
    problems.push(`METRICS_TOKEN must be at least ${MIN_METRICS_TOKEN_LENGTH} characters long`);
  }
  const readinessMaxLagEvents = integerSetting(env, 'READINESS_MAX_LAG_EVENTS', 1000, 1, 100_000_000, problems);
  return { logLevel, metricsEnabled, ...(metricsToken && { metricsToken }), readinessMaxLagEvents };
}
