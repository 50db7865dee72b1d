import type { KafkaSettings } from '@telemed/messaging';
import type { ProbeSettings } from '@telemed/observability';
import type { TracingSettings } from '@telemed/observability/tracing';
import { readKafkaSettings } from './kafka-config';
import { readProbeSettings } from './probe-config';
import { ConfigError, integerSetting } from './settings';
import { readStoreConfig, requireKafkaBus, type StoreConfig } from './store-config';
import { readTracingSettings } from './tracing-config';

export interface RelayConfig {
  kafka: KafkaSettings;
  /**
   * The log it forwards (EVENT_STORE: sqlite, postgres or eventstoredb). Its checkpoint stays beside
   * the log: a SQLite file of its own, the PostgreSQL schema `kafka_relay`, or a stream of EventStoreDB.
   */
  stores: StoreConfig;
  batchSize: number;
  lagReportIntervalMs: number;
  /** /health/live, /health/ready and /metrics: PROBE_PORT, HOST, METRICS_ENABLED. */
  probes: ProbeSettings;
  /** Traces of what it publishes: the standard OTEL_* variables; off by default. */
  tracing: TracingSettings;
}

/** Reads and validates the relay's configuration; every bad or missing value is reported at once. */
export function loadRelayConfig(env: NodeJS.ProcessEnv = process.env): RelayConfig {
  const problems: string[] = [];
  const kafka = readKafkaSettings(env, 'telemed-relay', problems);
  const stores = readStoreConfig(env, problems, 'kafka');
  requireKafkaBus(stores, 'relay', problems);
  const batchSize = integerSetting(env, 'RELAY_BATCH_SIZE', 500, 1, 10_000, problems);
  const lagReportIntervalMs = integerSetting(env, 'LAG_REPORT_INTERVAL_MS', 30_000, 1_000, 3_600_000, problems);
  const probes = readProbeSettings(env, problems);
  const tracing = readTracingSettings(env, 'telemed-relay', problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return { kafka, stores, batchSize, lagReportIntervalMs, probes, tracing };
}
