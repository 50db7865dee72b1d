import { Kafka, type KafkaConfig as KafkaClientConfig, logLevel, type LogEntry } from 'kafkajs';
import { DEFAULT_TOPIC_PREFIX } from './topics';

/** Every bad or missing setting, reported at once at start-up. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export interface KafkaSettings {
  brokers: string[];
  clientId: string;
  topicPrefix: string;
  /** Partitions of each topic the relay creates. */
  topicPartitions: number;
  replicationFactor: number;
}

const BROKER = /^[A-Za-z0-9.-]+:(\d{1,5})$|^\[[0-9A-Fa-f:.]+\]:(\d{1,5})$/;
const CLIENT_ID = /^[A-Za-z0-9._-]{1,100}$/;
const TOPIC_PREFIX = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;

/** An integer setting within bounds; a problem is recorded for anything else. */
export function integerSetting(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
    return fallback;
  }
  return value;
}

/** A choice among values; `known` are values recognised but not supported by this process. */
export function choiceSetting<T extends string>(
  env: NodeJS.ProcessEnv,
  name: string,
  supported: readonly T[],
  problems: string[],
): T {
  const value = env[name] === undefined || env[name] === '' ? supported[0] : env[name]!;
  if ((supported as readonly string[]).includes(value)) return value as T;
  problems.push(`${name} must be one of ${supported.join(', ')} (got "${value}")`);
  return supported[0];
}

/** Reads KAFKA_BROKERS, KAFKA_CLIENT_ID, KAFKA_TOPIC_PREFIX, KAFKA_TOPIC_PARTITIONS and KAFKA_REPLICATION_FACTOR. */
export function readKafkaSettings(env: NodeJS.ProcessEnv, defaultClientId: string, problems: string[]): KafkaSettings {
  const rawBrokers = env.KAFKA_BROKERS ?? '';
  const brokers = rawBrokers
    .split(',')
    .map((broker) => broker.trim())
    .filter((broker) => broker !== '');
  if (brokers.length === 0) {
    problems.push('KAFKA_BROKERS is required: a comma-separated list of host:port (e.g. kafka-1:9092,kafka-2:9092)');
  }
  for (const broker of brokers) {
    const match = BROKER.exec(broker);
    const port = Number(match?.[1] ?? match?.[2]);
    if (!match || port < 1 || port > 65535) problems.push(`KAFKA_BROKERS: "${broker}" is not host:port`);
  }
  const clientId = env.KAFKA_CLIENT_ID && env.KAFKA_CLIENT_ID !== '' ? env.KAFKA_CLIENT_ID : defaultClientId;
  if (!CLIENT_ID.test(clientId)) problems.push(`KAFKA_CLIENT_ID may hold letters, digits, ".", "_" and "-" only (got "${clientId}")`);
  const topicPrefix = env.KAFKA_TOPIC_PREFIX && env.KAFKA_TOPIC_PREFIX !== '' ? env.KAFKA_TOPIC_PREFIX : DEFAULT_TOPIC_PREFIX;
  if (!TOPIC_PREFIX.test(topicPrefix)) {
    problems.push(`KAFKA_TOPIC_PREFIX must be dot-separated words of letters, digits, "_" and "-" (got "${topicPrefix}")`);
  }
  return {
    brokers,
    clientId,
    topicPrefix,
    topicPartitions: integerSetting(env, 'KAFKA_TOPIC_PARTITIONS', 6, 1, 10_000, problems),
    replicationFactor: integerSetting(env, 'KAFKA_REPLICATION_FACTOR', 3, 1, 16, problems),
  };
}

export type LogLine = (level: 'error' | 'warn' | 'info' | 'debug', message: string, fields?: Record<string, unknown>) => void;

const LEVEL_NAMES: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

/** A kafkajs client whose own log goes to `log` (warnings and errors only). */
export function createKafkaClient(settings: Pick<KafkaSettings, 'brokers' | 'clientId'>, log?: LogLine, overrides: Partial<KafkaClientConfig> = {}): Kafka {
  return new Kafka({
    brokers: settings.brokers,
    clientId: settings.clientId,
    logLevel: log ? logLevel.WARN : logLevel.NOTHING,
    logCreator: () => (entry: LogEntry) => {
      const { message, ...fields } = entry.log;
      log?.(LEVEL_NAMES[entry.level] ?? 'info', `kafka: ${message}`, { namespace: entry.namespace, ...fields });
    },
    ...overrides,
  });
}
