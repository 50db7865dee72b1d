import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  eventStore: 'sqlite';
  readModelStore: 'sqlite';
  eventBus: 'inprocess';
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
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const DEV_SECRET_FILE = 'development-jwt-secret';
const MIN_SECRET_LENGTH = 32;

function oneOf<T extends string>(
  env: NodeJS.ProcessEnv,
  name: string,
  supported: readonly T[],
  known: readonly string[],
  problems: string[],
): T {
  const value = env[name] ?? supported[0];
  if ((supported as readonly string[]).includes(value)) return value as T;
  problems.push(
    known.includes(value)
      ? `${name}=${value} is not available in this release; supported: ${supported.join(', ')}`
      : `${name} must be one of ${supported.join(', ')} (got "${value}")`,
  );
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
  const eventStore = oneOf(env, 'EVENT_STORE', ['sqlite'] as const, ['postgres', 'eventstoredb'], problems);
  const readModelStore = oneOf(env, 'READ_MODEL_STORE', ['sqlite'] as const, ['postgres'], problems);
  const eventBus = oneOf(env, 'EVENT_BUS', ['inprocess'] as const, ['kafka'], problems);
  const bodyLimitBytes = integer(env, 'BODY_LIMIT_BYTES', 256 * 1024, 1024, 16 * 1024 * 1024, problems);
  const readYourWritesTimeoutMs = integer(env, 'READ_YOUR_WRITES_TIMEOUT_MS', 5000, 0, 60000, problems);
  const sealEveryEvents = integer(env, 'AUDIT_SEAL_EVERY_EVENTS', 1000, 1, 1_000_000, problems);
  const sealIntervalMs = integer(env, 'AUDIT_SEAL_INTERVAL_MS', 60_000, 100, 86_400_000, problems);
  const auditSigningKeyFile = env.AUDIT_SIGNING_KEY_FILE && env.AUDIT_SIGNING_KEY_FILE !== ''
    ? resolve(process.cwd(), env.AUDIT_SIGNING_KEY_FILE)
    : join(dataDir, 'audit', 'signing-key.pem');

  let jwtSecret = env.AUTH_JWT_SECRET ?? '';
  let jwtSecretGenerated = false;
  if (jwtSecret !== '' && jwtSecret.length < MIN_SECRET_LENGTH) {
    problems.push(`AUTH_JWT_SECRET must be at least ${MIN_SECRET_LENGTH} characters long`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  if (jwtSecret === '') {
    ({ secret: jwtSecret, generated: jwtSecretGenerated } = developmentSecret(dataDir));
  }
  mkdirSync(dataDir, { recursive: true });
  return {
    port, host, dataDir, eventStore, readModelStore, eventBus, jwtSecret, jwtSecretGenerated, bodyLimitBytes,
    readYourWritesTimeoutMs, auditSigningKeyFile, sealEveryEvents, sealIntervalMs,
  };
}
