import { parseMasterKey } from '@telemed/event-store/encryption';
import type { KafkaSettings } from '@telemed/messaging';
import type { ProbeSettings } from '@telemed/observability';
import type { TracingSettings } from '@telemed/observability/tracing';
import { readKafkaSettings } from './kafka-config';
import { readProbeSettings } from './probe-config';
import { ConfigError, integerSetting, textSetting } from './settings';
import { readStoreConfig, requireKafkaBus, type StoreConfig } from './store-config';
import { readTracingSettings } from './tracing-config';

export interface ProjectorConfig {
  kafka: KafkaSettings;
  /** The read models it writes (READ_MODEL_STORE); EVENT_STORE says where the shared patient keys are. */
  stores: StoreConfig;
  /** PATIENT_DATA_MASTER_KEY: without it patient data stays encrypted in the read models. */
  masterKey?: Buffer;
  consumerGroup: string;
  sessionTimeoutMs: number;
  /** How many partitions' batches it holds at once; those fetched together share one read-model transaction. */
  partitionsConsumedConcurrently: number;
  lagReportIntervalMs: number;
  /** /health/live, /health/ready and /metrics: PROBE_PORT, HOST, METRICS_ENABLED. */
  probes: ProbeSettings;
  /** Traces of what it consumes and writes: the standard OTEL_* variables; off by default. */
  tracing: TracingSettings;
}

const CONSUMER_GROUP = /^[A-Za-z0-9._-]{1,200}$/;

/** Reads and validates the projector's configuration; every bad or missing value is reported at once. */
export function loadProjectorConfig(env: NodeJS.ProcessEnv = process.env): ProjectorConfig {
  const problems: string[] = [];
  const kafka = readKafkaSettings(env, 'telemed-projector', problems);
  const stores = readStoreConfig(env, problems, 'kafka');
  requireKafkaBus(stores, 'projector', problems);
  const rawMasterKey = textSetting(env, 'PATIENT_DATA_MASTER_KEY');
  const masterKey = rawMasterKey === undefined ? undefined : parseMasterKey(rawMasterKey);
  if (rawMasterKey !== undefined && !masterKey) problems.push('PATIENT_DATA_MASTER_KEY must be the base64 encoding of exactly 32 bytes');
  const consumerGroup = textSetting(env, 'KAFKA_CONSUMER_GROUP') ?? 'telemed-projector';
  if (!CONSUMER_GROUP.test(consumerGroup)) problems.push(`KAFKA_CONSUMER_GROUP may hold letters, digits, ".", "_" and "-" only (got "${consumerGroup}")`);
  const sessionTimeoutMs = integerSetting(env, 'KAFKA_SESSION_TIMEOUT_MS', 30_000, 6_000, 300_000, problems);
  const partitionsConsumedConcurrently = integerSetting(env, 'PROJECTOR_PARTITIONS_CONCURRENTLY', 128, 1, 1024, problems);
  const lagReportIntervalMs = integerSetting(env, 'LAG_REPORT_INTERVAL_MS', 30_000, 1_000, 3_600_000, problems);
  const probes = readProbeSettings(env, problems);
  const tracing = readTracingSettings(env, 'telemed-projector', problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return { kafka, stores, ...(masterKey && { masterKey }), consumerGroup, sessionTimeoutMs, partitionsConsumedConcurrently, lagReportIntervalMs, probes, tracing };
}
