import type { ProbeSettings } from '@telemed/observability';
import { readPatientDataConfig } from './patient-data-config';
import { readProbeSettings } from './probe-config';
import { ConfigError } from './settings';
import { readStoreConfig, type StoreConfig } from './store-config';
import { readWebhookConfig, type WebhookConfig } from './webhook-config';

export interface WebhooksAppConfig {
  /** The log it delivers (EVENT_STORE) and the delivery state it shares with the api (READ_MODEL_STORE=postgres). */
  stores: StoreConfig;
  webhooks: WebhookConfig;
  /** PATIENT_DATA_MASTER_KEY: decrypts patient details for the endpoints that may receive them, and opens the signing secrets. */
  masterKey: Buffer;
  /** /health/live, /health/ready and /metrics: PROBE_PORT, HOST, METRICS_ENABLED. */
  probes: ProbeSettings;
}

/** Reads and validates the webhooks app's configuration; every bad or missing value is reported at once. */
export function loadWebhooksAppConfig(env: NodeJS.ProcessEnv = process.env): WebhooksAppConfig {
  const problems: string[] = [];
  const stores = readStoreConfig(env, problems, 'kafka');
  const webhooks = readWebhookConfig(env, stores.eventBus, problems);
  if (webhooks.delivery !== 'app') problems.push('WEBHOOK_DELIVERY=inprocess has the api deliver webhooks itself; the webhooks app runs with WEBHOOK_DELIVERY=app (or EVENT_BUS=kafka)');
  if (stores.readModelStore !== 'postgres') problems.push('the webhooks app needs READ_MODEL_STORE=postgres: it shares the delivery log with the api');
  const patientData = readPatientDataConfig(env, stores.dataDir, problems, false);
  const probes = readProbeSettings(env, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return { stores, webhooks, masterKey: patientData().masterKey, probes };
}
