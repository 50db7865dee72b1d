import { randomBytes } from 'node:crypto';
import type { Kafka, KafkaConfig } from 'kafkajs';
import { createKafkaClient, deadLetterTopic, DEFAULT_TOPIC_PREFIX, ensureTopics, eventTopics, type LogLine } from '@telemed/messaging';
import { MetadataProxy } from './metadata-proxy';
import { type MockCluster, startMockCluster } from './mock-cluster';

/**
 * The cluster a Kafka suite runs against: its own mock cluster by default, or the real cluster at
 * KAFKA_BROKERS (topics then get a prefix of their own and are deleted afterwards). Either way
 * clients go through the metadata proxy, so a test can cut the cluster off and bring it back.
 */
export interface KafkaTestCluster {
  readonly kind: 'mock' | 'real';
  readonly brokers: string[];
  readonly topicPrefix: string;
  /** Every event topic and the dead-letter topic. */
  readonly topics: string[];
  /** A client with the given id; quiet unless KAFKA_TEST_LOG is set. */
  client(clientId: string, overrides?: Partial<KafkaConfig>): Kafka;
  /** Takes the cluster off the network (connections dropped and refused) until `restore()`. */
  cutOff(): void;
  restore(): void;
  /** Delays every broker response by `ms`. */
  setLatency(ms: number): void;
  /** The mock cluster only: the next `count` requests of the API fail with the Kafka error code. */
  failRequests?(apiKey: number, errorCode: number, count: number): Promise<void>;
  stop(): Promise<void>;
}

/** Mock-cluster sessions: the mock's group joins are slow, so members are declared dead after 6 s. */
export const TEST_CONSUMER_TIMINGS = { sessionTimeoutMs: 6_000, heartbeatIntervalMs: 500, rebalanceTimeoutMs: 6_000, maxWaitTimeMs: 200 };

const testLog: LogLine | undefined = process.env.KAFKA_TEST_LOG
  ? (level, message, fields) => console.log(JSON.stringify({ level, message, ...fields }))
  : undefined;

export async function startTestCluster(options: { partitions?: number; brokers?: number } = {}): Promise<KafkaTestCluster> {
  const partitions = options.partitions ?? 4;
  const realBrokers = process.env.KAFKA_BROKERS?.split(',').map((broker) => broker.trim()).filter(Boolean);
  if (realBrokers?.length) return startRealCluster(realBrokers, partitions);

  const topics = [...eventTopics(DEFAULT_TOPIC_PREFIX), deadLetterTopic(DEFAULT_TOPIC_PREFIX)];
  const mock: MockCluster = await startMockCluster({
    brokers: options.brokers ?? 3,
    topics: topics.map((name) => ({ name, partitions })),
  });
  return {
    kind: 'mock',
    brokers: mock.bootstrapServers,
    topicPrefix: DEFAULT_TOPIC_PREFIX,
    topics,
    client: (clientId, overrides) => createKafkaClient({ brokers: mock.bootstrapServers, clientId }, testLog, overrides),
    cutOff: () => mock.cutOff(),
    restore: () => mock.restore(),
    setLatency: (ms) => mock.setLatency(ms),
    failRequests: (apiKey, errorCode, count) => mock.failRequests(apiKey, errorCode, count),
    stop: () => mock.stop(),
  };
}

async function startRealCluster(upstream: string[], partitions: number): Promise<KafkaTestCluster> {
  const direct = createKafkaClient({ brokers: upstream, clientId: 'telemed-test-setup' }, testLog);
  const admin = direct.admin();
  await admin.connect();
  try {
    const { brokers } = await admin.describeCluster();
    const proxy = await MetadataProxy.start(brokers.map(({ host, port }) => ({ host, port })));
    const topicPrefix = `telemed-test-${randomBytes(4).toString('hex')}`;
    const topics = [...eventTopics(topicPrefix), deadLetterTopic(topicPrefix)];
    const replicationFactor = Number(process.env.KAFKA_TEST_REPLICATION_FACTOR ?? Math.min(3, brokers.length));
    await ensureTopics(admin, topics, { partitions, replicationFactor });
    return {
      kind: 'real',
      brokers: proxy.bootstrapServers,
      topicPrefix,
      topics,
      client: (clientId, overrides) => createKafkaClient({ brokers: proxy.bootstrapServers, clientId }, testLog, overrides),
      cutOff: () => proxy.cutOff(),
      restore: () => proxy.restore(),
      setLatency: (ms) => proxy.setLatency(ms),
      stop: async () => {
        await proxy.stop();
        const cleanup = direct.admin();
        await cleanup.connect();
        await cleanup.deleteTopics({ topics }).catch(() => undefined);
        await cleanup.disconnect();
      },
    };
  } finally {
    await admin.disconnect();
  }
}
