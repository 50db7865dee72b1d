import {
  ConfigError,
  integerSetting,
  type KafkaSettings,
  readKafkaSettings,
  readStoreSettings,
  type StoreSettings,
} from '@telemed/messaging';
import { type ProbeSettings, readProbeSettings } from '@telemed/observability';

export interface ProjectorConfig {
  kafka: KafkaSettings;
  stores: StoreSettings;
  consumerGroup: string;
  sessionTimeoutMs: number;
  partitionsConsumedConcurrently: number;
  lagReportIntervalMs: number;
  /** /health/live, /health/ready and /metrics: PROBE_PORT, HOST, METRICS_ENABLED. */
  probes: ProbeSettings;
}

/** The SQLite read models of the projector (development): a file of its own, never the API's embedded one. */
export const PROJECTOR_READ_MODELS_FILE = 'projector-read-models.sqlite';
const CONSUMER_GROUP = /^[A-Za-z0-9._-]{1,200}$/;

/** Reads and validates the projector's configuration; every bad or missing value is reported at once. */
export function loadProjectorConfig(env: NodeJS.ProcessEnv = process.env): ProjectorConfig {
  const problems: string[] = [];
  const kafka = readKafkaSettings(env, 'telemed-projector', problems);
  const stores = readStoreSettings(env, PROJECTOR_READ_MODELS_FILE, problems);
  const consumerGroup = env.KAFKA_CONSUMER_GROUP && env.KAFKA_CONSUMER_GROUP !== '' ? env.KAFKA_CONSUMER_GROUP : 'telemed-projector';
  if (!CONSUMER_GROUP.test(consumerGroup)) problems.push(`KAFKA_CONSUMER_GROUP may hold letters, digits, ".", "_" and "-" only (got "${consumerGroup}")`);
  const sessionTimeoutMs = integerSetting(env, 'KAFKA_SESSION_TIMEOUT_MS', 30_000, 6_000, 300_000, problems);
  const partitionsConsumedConcurrently = integerSetting(env, 'PROJECTOR_PARTITIONS_CONCURRENTLY', 1, 1, 64, problems);
  const lagReportIntervalMs = integerSetting(env, 'LAG_REPORT_INTERVAL_MS', 30_000, 1_000, 3_600_000, problems);
  const probes = readProbeSettings(env, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return { kafka, stores, consumerGroup, sessionTimeoutMs, partitionsConsumedConcurrently, lagReportIntervalMs, probes };
}
