import { type Admin, Partitioners } from 'kafkajs';
import { createKafkaClient } from '@telemed/messaging';
import { rewriteMetadataResponse } from '../support/kafka/metadata-proxy';
import { type MockCluster, startMockCluster } from '../support/kafka/mock-cluster';
import { TEST_CONSUMER_TIMINGS } from '../support/kafka/test-cluster';
import { uniqueGroupId, waitUntil } from '../support/kafka/kafka-test-helpers';

/** The test broker itself: librdkafka 2.0.2's mock cluster behind the metadata proxy, as kafkajs sees it. */
describe('the mock Kafka cluster', () => {
  let cluster: MockCluster;
  let admin: Admin;

  beforeAll(async () => {
    cluster = await startMockCluster({ brokers: 3, topics: [{ name: 'probe.orders.v1', partitions: 4 }] });
    admin = createKafkaClient({ brokers: cluster.bootstrapServers, clientId: 'mock-cluster-test' }).admin();
    await admin.connect();
  });

  afterAll(async () => {
    await admin?.disconnect();
    await cluster?.stop();
  });

  it('names a controller that is one of its brokers, so kafkajs can reach it', async () => {
    const description = await admin.describeCluster();
    expect(description.brokers.map((broker) => broker.nodeId).sort()).toEqual([1, 2, 3]);
    expect(description.brokers.map((broker) => broker.nodeId)).toContain(description.controller);
    expect(description.brokers.map((broker) => `${broker.host}:${broker.port}`).sort()).toEqual([...cluster.bootstrapServers].sort());
  });

  it('creates topics from the C side, since 2.0.2 answers no CreateTopics', async () => {
    await expect(admin.createTopics({ topics: [{ topic: 'probe.refused.v1', numPartitions: 2 }] })).rejects.toThrow(/does not support/);
    await cluster.createTopic('probe.created.v1', 2);
    expect(await admin.listTopics()).toEqual(expect.arrayContaining(['probe.orders.v1', 'probe.created.v1']));
  });

  it('takes an idempotent producer\'s messages, hands them to a consumer group in key order, and keeps its commits', async () => {
    const kafka = createKafkaClient({ brokers: cluster.bootstrapServers, clientId: 'mock-cluster-test' });
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    const sent = Array.from({ length: 200 }, (_, index) => ({ key: `stream-${index % 9}`, value: String(index) }));
    await producer.send({ topic: 'probe.orders.v1', acks: -1, messages: sent });
    await producer.disconnect();

    const groupId = uniqueGroupId('probe');
    const consumer = kafka.consumer({
      groupId,
      sessionTimeout: TEST_CONSUMER_TIMINGS.sessionTimeoutMs,
      heartbeatInterval: TEST_CONSUMER_TIMINGS.heartbeatIntervalMs,
      maxWaitTimeInMs: TEST_CONSUMER_TIMINGS.maxWaitTimeMs,
    });
    const received = new Map<string, number[]>();
    await consumer.connect();
    await consumer.subscribe({ topics: ['probe.orders.v1'], fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatch: async ({ batch, commitOffsetsIfNecessary }) => {
        for (const message of batch.messages) {
          const key = message.key!.toString();
          received.set(key, [...(received.get(key) ?? []), Number(message.value!.toString())]);
        }
        const next = (BigInt(batch.lastOffset()) + 1n).toString();
        await commitOffsetsIfNecessary({ topics: [{ topic: batch.topic, partitions: [{ partition: batch.partition, offset: next }] }] });
      },
    });
    await waitUntil(() => [...received.values()].flat().length >= sent.length, 20_000, 'every message is consumed');
    await consumer.disconnect();

    for (const [key, values] of received) {
      expect(values).toEqual(sent.filter((message) => message.key === key).map((message) => Number(message.value)));
    }
    const [committed] = await admin.fetchOffsets({ groupId, topics: ['probe.orders.v1'] });
    const ends = await admin.fetchTopicOffsets('probe.orders.v1');
    for (const end of ends) {
      const offset = committed.partitions.find((partition) => partition.partition === end.partition)!.offset;
      expect(offset === '-1' ? end.low : offset).toBe(end.high);
    }
  });

  it('is unreachable while cut off, and serves again once restored', async () => {
    const kafka = createKafkaClient(
      { brokers: cluster.bootstrapServers, clientId: 'mock-cluster-outage' },
      undefined,
      { retry: { retries: 1, initialRetryTime: 50, maxRetryTime: 200 }, connectionTimeout: 300, requestTimeout: 1000 },
    );
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    cluster.cutOff();
    await expect(producer.send({ topic: 'probe.orders.v1', acks: -1, messages: [{ key: 'k', value: 'lost?' }] })).rejects.toThrow();
    cluster.restore();
    await producer.send({ topic: 'probe.orders.v1', acks: -1, messages: [{ key: 'k', value: 'delivered' }] });
    await producer.disconnect();
  });
});

describe('the metadata proxy', () => {
  /** A Metadata v1 response: one broker at 10.0.0.1:9092 without rack, controller 0, no topics. */
  function metadataV1(): Buffer {
    const host = Buffer.from('10.0.0.1');
    const body = Buffer.alloc(4 + 4 + 4 + 2 + host.length + 4 + 2 + 4 + 4);
    let at = 0;
    at = body.writeInt32BE(7, at); // correlation id
    at = body.writeInt32BE(1, at); // one broker
    at = body.writeInt32BE(5, at); // node id
    at = body.writeInt16BE(host.length, at);
    at += host.copy(body, at);
    at = body.writeInt32BE(9092, at);
    at = body.writeInt16BE(-1, at); // no rack
    at = body.writeInt32BE(0, at); // controller 0: names no broker
    body.writeInt32BE(0, at); // no topics
    const size = Buffer.alloc(4);
    size.writeInt32BE(body.length);
    return Buffer.concat([size, body]);
  }

  it('points brokers at their proxies and names a real broker as controller', () => {
    const rewritten = rewriteMetadataResponse(metadataV1(), 1, () => ({ host: '127.0.0.1', port: 40001 }));
    expect(rewritten.readInt32BE(0)).toBe(rewritten.length - 4);
    expect(rewritten.readInt32BE(4)).toBe(7);
    expect(rewritten.readInt32BE(12)).toBe(5);
    const hostLength = rewritten.readInt16BE(16);
    expect(rewritten.toString('utf8', 18, 18 + hostLength)).toBe('127.0.0.1');
    expect(rewritten.readInt32BE(18 + hostLength)).toBe(40001);
    expect(rewritten.readInt32BE(18 + hostLength + 4 + 2)).toBe(5);
  });
});
