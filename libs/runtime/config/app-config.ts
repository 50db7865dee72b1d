import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type MaterialsConfig, readMaterialsConfig } from './materials-config';
import type { TracingSettings } from '@telemed/observability/tracing';
import { type ObservabilityConfig, readObservabilityConfig } from './observability-config';
import { type PatientDataConfig, readPatientDataConfig } from './patient-data-config';
import { readSecurityConfig, type SecurityConfig } from './security-config';
import { ConfigError, integerSetting, textSetting } from './settings';
import { readStoreConfig, type StoreConfig } from './store-config';
import { readWebhookConfig, type WebhookConfig } from './webhook-config';
import { readTracingSettings } from './tracing-config';

/** The api's configuration (and the CLI's, which works on the api's data). */
export interface AppConfig extends StoreConfig {
  port: number;
  host: string;
  jwtSecret: string;
  /** True when the secret was generated for this data directory, not configured. */
  jwtSecretGenerated: boolean;
  /** Largest request body accepted, in bytes. */
  bodyLimitBytes: number;
  /** How long a read waits for `minPosition` before answering 503. */
  readYourWritesTimeoutMs: number;
  /** Ed25519 private key (PEM) that signs log seals; generated on first start when missing. */
  auditSigningKeyFile: string;
  /** The log is sealed once this many events are unsealed... */
  sealEveryEvents: number;
  /** ...or when this long has passed with anything unsealed. */
  sealIntervalMs: number;
  /**
   * How long the process waits at start-up for a database it cannot reach yet (PostgreSQL,
   * EventStoreDB), retrying with a back-off, before it gives up and exits 1. 0: give up at once.
   */
  startupWaitSeconds: number;
  /** How often overdue consultation and case review deadlines are looked for (DEADLINE_CHECK_INTERVAL_MS); 0: never, by this process. */
  deadlineCheckIntervalMs: number;
  /**
   * How many minutes ahead of the machine's clock business times run (DEVELOPMENT_CLOCK_OFFSET_MINUTES):
   * a way for tests and demonstrations to let deadlines pass without waiting for them. Accepted only in
   * the development mode (no AUTH_JWT_SECRET, no AUTH_JWKS_URL), never where real records are kept.
   */
  clockOffsetMinutes: number;
  /** Logs, metrics and readiness: LOG_LEVEL, METRICS_ENABLED, METRICS_TOKEN, READINESS_MAX_LAG_EVENTS. */
  observability: ObservabilityConfig;
  /** Traces, by the standard OTEL_* variables (OTEL_TRACES_EXPORTER, OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_SERVICE_NAME...); off by default. */
  tracing: TracingSettings;
  /** Encryption of patient data at rest and its erasure: PATIENT_DATA_MASTER_KEY, PATIENT_RETENTION_YEARS. */
  patientData: PatientDataConfig;
  /** Token verification (HS256 or an OIDC provider's JWKS), CORS, rate limits, server timeouts. */
  security: SecurityConfig;
  /** Case material uploads: MATERIALS_MAX_BYTES, MATERIALS_MEDIA_TYPES, MATERIALS_STORE. */
  materials: MaterialsConfig;
  /** Webhook deliveries: WEBHOOK_DELIVERY, WEBHOOK_TIMEOUT_MS, WEBHOOK_RETRY_*, WEBHOOK_MAX_ATTEMPTS, WEBHOOK_PARALLEL_CASES. */
  webhooks: WebhookConfig;
}

const DEV_SECRET_FILE = 'development-jwt-secret';
const MIN_SECRET_LENGTH = 32;

/** The secret that signs development tokens: configured, or generated once per data directory. */
export function developmentSecret(dataDir: string): { secret: string; generated: boolean } {
  const file = join(dataDir, DEV_SECRET_FILE);
  if (existsSync(file)) return { secret: readFileSync(file, 'utf8').trim(), generated: true };
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return { secret, generated: true };
}

/** Reads and validates the configuration; every bad or missing value is reported at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const port = integerSetting(env, 'PORT', 3000, 0, 65535, problems);
  const host = textSetting(env, 'HOST') ?? '127.0.0.1';
  const stores = readStoreConfig(env, problems);
  const { dataDir, eventStore, readModelStore, eventBus, databaseUrl } = stores;
  if (eventBus === 'kafka' && readModelStore !== 'postgres') {
    problems.push('EVENT_BUS=kafka needs READ_MODEL_STORE=postgres: the projector app writes the read models this process serves');
  }
  const bodyLimitBytes = integerSetting(env, 'BODY_LIMIT_BYTES', 256 * 1024, 1024, 16 * 1024 * 1024, problems);
  const readYourWritesTimeoutMs = integerSetting(env, 'READ_YOUR_WRITES_TIMEOUT_MS', 5000, 0, 60000, problems);
  const sealEveryEvents = integerSetting(env, 'AUDIT_SEAL_EVERY_EVENTS', 1000, 1, 1_000_000, problems);
  const sealIntervalMs = integerSetting(env, 'AUDIT_SEAL_INTERVAL_MS', 60_000, 100, 86_400_000, problems);
  const startupWaitSeconds = integerSetting(env, 'STARTUP_WAIT_SECONDS', 300, 0, 86_400, problems);
  const deadlineCheckIntervalMs = integerSetting(env, 'DEADLINE_CHECK_INTERVAL_MS', 30_000, 0, 3_600_000, problems);
  const clockOffsetMinutes = integerSetting(env, 'DEVELOPMENT_CLOCK_OFFSET_MINUTES', 0, 0, 366 * 24 * 60, problems);
  const configuredKeyFile = textSetting(env, 'AUDIT_SIGNING_KEY_FILE');
  const auditSigningKeyFile = configuredKeyFile ? resolve(process.cwd(), configuredKeyFile) : join(dataDir, 'audit', 'signing-key.pem');
  const observability = readObservabilityConfig(env, problems);
  const tracing = readTracingSettings(env, 'telemed-api', problems);
  const completePatientData = readPatientDataConfig(env, dataDir, problems, eventStore === 'sqlite');
  const security = readSecurityConfig(env, problems);
  const materials = readMaterialsConfig(env, problems, databaseUrl !== undefined && eventStore !== 'sqlite');
  const webhooks = readWebhookConfig(env, eventBus, problems);
  // With EVENT_BUS=kafka that is reported above already.
  if (webhooks.delivery === 'app' && readModelStore !== 'postgres' && eventBus !== 'kafka') {
    problems.push('WEBHOOK_DELIVERY=app needs READ_MODEL_STORE=postgres: the webhooks app keeps the delivery log this process serves');
  }

  let jwtSecret = env.AUTH_JWT_SECRET ?? '';
  let jwtSecretGenerated = false;
  if (jwtSecret !== '' && jwtSecret.length < MIN_SECRET_LENGTH) {
    problems.push(`AUTH_JWT_SECRET must be at least ${MIN_SECRET_LENGTH} characters long`);
  }
  if (clockOffsetMinutes > 0 && (env.AUTH_JWT_SECRET || security.tokens.jwksUrl)) {
    // Every business time it records would be shifted: never where the records are real.
    problems.push('DEVELOPMENT_CLOCK_OFFSET_MINUTES is accepted only in the development mode, with neither AUTH_JWT_SECRET nor AUTH_JWKS_URL set');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  // With an identity provider's keys, development tokens are not accepted, so no secret is generated.
  if (jwtSecret === '' && !security.tokens.jwksUrl) {
    ({ secret: jwtSecret, generated: jwtSecretGenerated } = developmentSecret(dataDir));
  }
  mkdirSync(dataDir, { recursive: true });
  const patientData = completePatientData();
  return {
    ...stores, port, host, jwtSecret, jwtSecretGenerated, bodyLimitBytes,
    readYourWritesTimeoutMs, auditSigningKeyFile, sealEveryEvents, sealIntervalMs, startupWaitSeconds, deadlineCheckIntervalMs,
    clockOffsetMinutes, observability, tracing, patientData, security, materials, webhooks,
  };
}
