import { Kafka, type KafkaConfig as KafkaClientConfig, logLevel, type LogEntry } from 'kafkajs';

/** Where Kafka is and how the relay lays out its topics (read by @telemed/runtime from KAFKA_*). */
export interface KafkaSettings {
  brokers: string[];
  clientId: string;
  topicPrefix: string;
  /** Partitions of each topic the relay creates. */
  topicPartitions: number;
  replicationFactor: number;
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
