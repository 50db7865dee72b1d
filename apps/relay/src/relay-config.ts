import { join } from 'node:path';
import {
  ConfigError,
  integerSetting,
  type KafkaSettings,
  readKafkaSettings,
  readStoreSettings,
  type StoreLocation,
  type StoreSettings,
} from '@telemed/messaging';
import { type ProbeSettings, readProbeSettings } from '@telemed/observability';

export interface RelayConfig {
  kafka: KafkaSettings;
  stores: StoreSettings;
  /** Where the relay keeps its checkpoint: beside the log (PostgreSQL schema `kafka_relay`, or a SQLite file of its own). */
  checkpointStore: StoreLocation;
  batchSize: number;
  lagReportIntervalMs: number;
  /** /health/live, /health/ready and /metrics: PROBE_PORT, HOST, METRICS_ENABLED. */
  probes: ProbeSettings;
}

export const RELAY_STATE_FILE = 'kafka-relay.sqlite';
export const RELAY_STATE_SCHEMA = 'kafka_relay';

/** Reads and validates the relay's configuration; every bad or missing value is reported at once. */
export function loadRelayConfig(env: NodeJS.ProcessEnv = process.env): RelayConfig {
  const problems: string[] = [];
  const kafka = readKafkaSettings(env, 'telemed-relay', problems);
  const stores = readStoreSettings(env, RELAY_STATE_FILE, problems);
  const batchSize = integerSetting(env, 'RELAY_BATCH_SIZE', 500, 1, 10_000, problems);
  const lagReportIntervalMs = integerSetting(env, 'LAG_REPORT_INTERVAL_MS', 30_000, 1_000, 3_600_000, problems);
  const probes = readProbeSettings(env, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  const checkpointStore: StoreLocation =
    stores.eventStore.kind === 'postgres'
      ? stores.eventStore
      : { kind: 'sqlite', file: join(stores.dataDir, RELAY_STATE_FILE) };
  return { kafka, stores, checkpointStore, batchSize, lagReportIntervalMs, probes };
}
