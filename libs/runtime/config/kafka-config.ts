import { DEFAULT_TOPIC_PREFIX, type KafkaSettings } from '@telemed/messaging';
import { integerSetting, listSetting, textSetting } from './settings';

const BROKER = /^[A-Za-z0-9.-]+:(\d{1,5})$|^\[[0-9A-Fa-f:.]+\]:(\d{1,5})$/;
const CLIENT_ID = /^[A-Za-z0-9._-]{1,100}$/;
const TOPIC_PREFIX = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;

/** Reads KAFKA_BROKERS, KAFKA_CLIENT_ID, KAFKA_TOPIC_PREFIX, KAFKA_TOPIC_PARTITIONS and KAFKA_REPLICATION_FACTOR. */
export function readKafkaSettings(env: NodeJS.ProcessEnv, defaultClientId: string, problems: string[]): KafkaSettings {
  const brokers = listSetting(env, 'KAFKA_BROKERS');
  if (brokers.length === 0) {
    problems.push('KAFKA_BROKERS is required: a comma-separated list of host:port (e.g. kafka-1:9092,kafka-2:9092)');
  }
  for (const broker of brokers) {
    const match = BROKER.exec(broker);
    const port = Number(match?.[1] ?? match?.[2]);
    if (!match || port < 1 || port > 65535) problems.push(`KAFKA_BROKERS: "${broker}" is not host:port`);
  }
  const clientId = textSetting(env, 'KAFKA_CLIENT_ID') ?? defaultClientId;
  if (!CLIENT_ID.test(clientId)) problems.push(`KAFKA_CLIENT_ID may hold letters, digits, ".", "_" and "-" only (got "${clientId}")`);
  const topicPrefix = textSetting(env, 'KAFKA_TOPIC_PREFIX') ?? DEFAULT_TOPIC_PREFIX;
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
