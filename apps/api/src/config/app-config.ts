import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { type ObservabilityConfig, readObservabilityConfig } from '../observability/observability-config';
import { type PatientDataConfig, readPatientDataConfig } from '../patients/patient-data-config';
import { readSecurityConfig, type SecurityConfig } from '../http/hardening/security-config';
import { type MaterialsConfig, readMaterialsConfig } from '../case-materials/materials-config';

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  eventStore: 'sqlite' | 'postgres' | 'eventstoredb';
  readModelStore: 'sqlite' | 'postgres';
  /** `inprocess`: this process projects the log; `kafka`: the projector app does, from Kafka. */
  eventBus: 'inprocess' | 'kafka';
  /** PostgreSQL, for EVENT_STORE=postgres and READ_MODEL_STORE=postgres. */
  databaseUrl?: string;
  /** EventStoreDB, for EVENT_STORE=eventstoredb. */
  eventStoreConnectionString?: string;
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
  /** How often overdue consultation deadlines are looked for (DEADLINE_CHECK_INTERVAL_MS); 0: never, by this process. */
  deadlineCheckIntervalMs: number;
  /** Logs, metrics and readiness: LOG_LEVEL, METRICS_ENABLED, METRICS_TOKEN, READINESS_MAX_LAG_EVENTS. */
  observability: ObservabilityConfig;
  /** Encryption of patient data at rest and its erasure: PATIENT_DATA_MASTER_KEY, PATIENT_RETENTION_YEARS. */
  patientData: PatientDataConfig;
  /** Token verification (HS256 or an OIDC provider's JWKS), CORS, rate limits, server timeouts. */
  security: SecurityConfig;
  /** Case material uploads: MATERIALS_MAX_BYTES, MATERIALS_MEDIA_TYPES, MATERIALS_STORE. */
  materials: MaterialsConfig;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const DEV_SECRET_FILE = 'development-jwt-secret';
const MIN_SECRET_LENGTH = 32;

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, supported: readonly T[], problems: string[]): T {
  const value = env[name] ?? supported[0];
  if ((supported as readonly string[]).includes(value)) return value as T;
  problems.push(`${name} must be one of ${supported.join(', ')} (got "${value}")`);
  return supported[0];
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
    return fallback;
  }
  return value;
}

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
  const port = integer(env, 'PORT', 3000, 0, 65535, problems);
  const host = env.HOST && env.HOST !== '' ? env.HOST : '127.0.0.1';
  const rawDataDir = env.DATA_DIR && env.DATA_DIR !== '' ? env.DATA_DIR : './data';
  const dataDir = isAbsolute(rawDataDir) ? rawDataDir : resolve(process.cwd(), rawDataDir);
  const eventStore = oneOf(env, 'EVENT_STORE', ['sqlite', 'postgres', 'eventstoredb'] as const, problems);
  const readModelStore = oneOf(env, 'READ_MODEL_STORE', ['sqlite', 'postgres'] as const, problems);
  const eventBus = oneOf(env, 'EVENT_BUS', ['inprocess', 'kafka'] as const, problems);
  const databaseUrl = env.DATABASE_URL && env.DATABASE_URL !== '' ? env.DATABASE_URL : undefined;
  if ((eventStore === 'postgres' || readModelStore === 'postgres') && !databaseUrl) {
    problems.push('DATABASE_URL is required when EVENT_STORE or READ_MODEL_STORE is postgres');
  }
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
  const eventStoreConnectionString =
    env.EVENTSTORE_CONNECTION_STRING && env.EVENTSTORE_CONNECTION_STRING !== '' ? env.EVENTSTORE_CONNECTION_STRING : undefined;
  if (eventStore === 'eventstoredb' && !eventStoreConnectionString) {
    problems.push('EVENTSTORE_CONNECTION_STRING is required when EVENT_STORE is eventstoredb');
  }
  if (eventStoreConnectionString && !/^(esdb|esdb\+discover|kurrentdb|kurrentdb\+discover):\/\//.test(eventStoreConnectionString)) {
    problems.push('EVENTSTORE_CONNECTION_STRING must be an esdb:// (or kurrentdb://) connection string');
  }
  if (eventBus === 'kafka' && readModelStore !== 'postgres') {
    problems.push('EVENT_BUS=kafka needs READ_MODEL_STORE=postgres: the projector app writes the read models this process serves');
  }
  const bodyLimitBytes = integer(env, 'BODY_LIMIT_BYTES', 256 * 1024, 1024, 16 * 1024 * 1024, problems);
  const readYourWritesTimeoutMs = integer(env, 'READ_YOUR_WRITES_TIMEOUT_MS', 5000, 0, 60000, problems);
  const sealEveryEvents = integer(env, 'AUDIT_SEAL_EVERY_EVENTS', 1000, 1, 1_000_000, problems);
  const sealIntervalMs = integer(env, 'AUDIT_SEAL_INTERVAL_MS', 60_000, 100, 86_400_000, problems);
  const startupWaitSeconds = integer(env, 'STARTUP_WAIT_SECONDS', 300, 0, 86_400, problems);
  const deadlineCheckIntervalMs = integer(env, 'DEADLINE_CHECK_INTERVAL_MS', 30_000, 0, 3_600_000, problems);
  const auditSigningKeyFile = env.AUDIT_SIGNING_KEY_FILE && env.AUDIT_SIGNING_KEY_FILE !== ''
    ? resolve(process.cwd(), env.AUDIT_SIGNING_KEY_FILE)
    : join(dataDir, 'audit', 'signing-key.pem');
  const observability = readObservabilityConfig(env, problems);
  const completePatientData = readPatientDataConfig(env, dataDir, problems, eventStore === 'sqlite');
  const security = readSecurityConfig(env, problems);
  const materials = readMaterialsConfig(env, problems, databaseUrl !== undefined && eventStore !== 'sqlite');

  let jwtSecret = env.AUTH_JWT_SECRET ?? '';
  let jwtSecretGenerated = false;
  if (jwtSecret !== '' && jwtSecret.length < MIN_SECRET_LENGTH) {
    problems.push(`AUTH_JWT_SECRET must be at least ${MIN_SECRET_LENGTH} characters long`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  // With an identity provider's keys, development tokens are not accepted, so no secret is generated.
  if (jwtSecret === '' && !security.tokens.jwksUrl) {
    ({ secret: jwtSecret, generated: jwtSecretGenerated } = developmentSecret(dataDir));
  }
  mkdirSync(dataDir, { recursive: true });
  const patientData = completePatientData();
  return {
    port, host, dataDir, eventStore, readModelStore, eventBus, databaseUrl, eventStoreConnectionString, jwtSecret, jwtSecretGenerated, bodyLimitBytes,
    readYourWritesTimeoutMs, auditSigningKeyFile, sealEveryEvents, sealIntervalMs, startupWaitSeconds, deadlineCheckIntervalMs,
    observability, patientData, security, materials,
  };
}
