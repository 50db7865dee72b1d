import { DEFAULT_PROBE_PORT, type ProbeSettings } from '@telemed/observability';
import { flagSetting, integerSetting, textSetting } from './settings';

/** Reads PROBE_PORT, HOST and METRICS_ENABLED for a process without an HTTP API (relay, projector). */
export function readProbeSettings(env: NodeJS.ProcessEnv, problems: string[]): ProbeSettings {
  return {
    port: integerSetting(env, 'PROBE_PORT', DEFAULT_PROBE_PORT, 0, 65535, problems),
    host: textSetting(env, 'HOST') ?? '127.0.0.1',
    metricsEnabled: flagSetting(env, 'METRICS_ENABLED', true, problems),
  };
}
