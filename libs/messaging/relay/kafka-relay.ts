import type { Span } from '@opentelemetry/api';
import { type Kafka, Partitioners, type Producer, type RetryOptions, type TopicMessages } from 'kafkajs';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import { PositionWaiters } from '@telemed/event-store/position-waiters';
import type { EventStore, Subscription } from '@telemed/event-store/event-store.port';
import { type BackoffOptions, backoffDelay, sleep } from '../backoff';
import { toEventMessage } from '../event-message';
import { tracingActive } from '@telemed/observability/tracing/tracing';
import { endSendSpans, noteSendFailure, startSendSpan } from '../tracing/message-tracing';
import { DEFAULT_TOPIC_PREFIX, topicForStream } from '../topics';
import type { RelayCheckpoints } from './relay-checkpoints';

export interface KafkaRelayOptions {
  topicPrefix?: string;
  /** Events read from the log and sent to Kafka at a time. Default 500. */
  batchSize?: number;
  /** Waits between attempts at a batch Kafka did not acknowledge. */
  backoff?: BackoffOptions;
  /** The producer's own retries inside one attempt; kept short, the relay's back-off takes over after them. */
  producerRetry?: RetryOptions;
  /** How long `stop()` lets a send in flight finish; an unfinished batch is sent again at the next start. Default 10 s. */
  shutdownTimeoutMs?: number;
  /** Called for topics the relay has not published to yet, before the first send (create them if missing). */
  prepareTopics?: (topics: string[]) => Promise<void>;
  /** Told about every attempt Kafka did not acknowledge; the relay waits `retryInMs` and sends the same events again. */
  onSendFailure?: (failure: { error: unknown; attempt: number; retryInMs: number }) => void;
  /** Told when reading the log fails; the relay subscribes again from its checkpoint. */
  onError?: (error: unknown) => void;
}

export interface RelayStats {
  /** Events Kafka acknowledged (a batch sent again after a failure counts once). */
  eventsPublished: number;
  batchesPublished: number;
  sendFailures: number;
}

const DEFAULT_BATCH_SIZE = 500;
const RESUBSCRIBE_DELAY_MS = 1000;

/** Thrown inside the relay when `stop()` interrupts a batch that was never acknowledged. */
class RelayStopping extends Error {
  constructor() {
    super('the relay is stopping');
    this.name = 'RelayStopping';
  }
}

/**
 * Forwards the committed log to Kafka: one topic per aggregate type, keyed by stream id, through
 * the idempotent producer (acks from all in-sync replicas, one request in flight per broker), so
 * one stream's events stay in log order in one partition.
 *
 * Batches go one after another. The checkpoint moves only past a batch Kafka acknowledged; a batch
 * that fails is sent again, whole, after an exponential back-off, with a fresh producer. Nothing is
 * lost or reordered; a batch that was partly written before a failure, or acknowledged just before
 * a crash, is published twice, which consumers absorb by skipping events they have applied.
 */
export class KafkaRelay {
  private producer?: Producer;
  private subscription?: Subscription;
  private checkpoint = 0n;
  private readonly stopping = new AbortController();
  private readonly preparedTopics = new Set<string>();
  private readonly waiters = new PositionWaiters();
  private readonly counters: RelayStats = { eventsPublished: 0, batchesPublished: 0, sendFailures: 0 };
  private readonly topicPrefix: string;

  constructor(
    private readonly store: EventStore,
    private readonly kafka: Kafka,
    private readonly checkpoints: RelayCheckpoints,
    private readonly options: KafkaRelayOptions = {},
  ) {
    this.topicPrefix = options.topicPrefix ?? DEFAULT_TOPIC_PREFIX;
  }

  /** Every event up to this position is acknowledged by Kafka and checkpointed. */
  get position(): bigint {
    return this.checkpoint;
  }

  get stats(): RelayStats {
    return { ...this.counters };
  }

  /** Resumes after the checkpoint. Kafka need not be reachable yet: the first send waits for it like any other. */
  async start(): Promise<void> {
    this.checkpoint = await this.checkpoints.read();
    this.subscribe();
  }

  /** Lets a send in flight finish (for up to `shutdownTimeoutMs`), then disconnects. */
  async stop(): Promise<void> {
    this.stopping.abort();
    const stopped = this.subscription?.stop() ?? Promise.resolve();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([stopped, new Promise((resolve) => (timer = setTimeout(resolve, this.options.shutdownTimeoutMs ?? 10_000)))]);
    clearTimeout(timer);
    await this.discardProducer();
    await stopped;
  }

  /** Resolves true once every event up to `position` is acknowledged, false after `timeoutMs`. */
  waitFor(position: bigint, timeoutMs: number): Promise<boolean> {
    return this.waiters.waitFor(this.checkpoint, position, timeoutMs);
  }

  private subscribe(): void {
    const subscription = this.store.subscribeToAll(
      { after: this.checkpoint, batchSize: this.options.batchSize ?? DEFAULT_BATCH_SIZE },
      (events, scannedUpTo) => this.publish(events, scannedUpTo),
    );
    this.subscription = subscription;
    subscription.done.then(
      () => undefined,
      (error: unknown) => {
        if (this.stopping.signal.aborted) return;
        this.options.onError?.(error);
        setTimeout(() => this.stopping.signal.aborted || this.subscribe(), RESUBSCRIBE_DELAY_MS).unref();
      },
    );
  }

  private async publish(events: RecordedEvent[], scannedUpTo: bigint): Promise<void> {
    // A batch of records the subscription only passed over is not saved: a checkpoint kept in the
    // log itself (EventStoreDB) is such a record, and saving past it would append another, forever.
    if (events.length > 0) {
      // While tracing is on, each message is a `send` span continuing the trace of the append that wrote it.
      const spans: Span[] | undefined = tracingActive() ? [] : undefined;
      try {
        await this.sendUntilAcknowledged(this.messagesByTopic(events, spans), spans);
      } catch (error) {
        if (spans) endSendSpans(spans, error);
        throw error;
      }
      if (spans) endSendSpans(spans);
      await this.checkpoints.write(scannedUpTo);
    }
    this.checkpoint = scannedUpTo;
    this.counters.eventsPublished += events.length;
    this.counters.batchesPublished++;
    this.waiters.reached(scannedUpTo);
  }

  /** Messages grouped by topic, each topic's in log order (the producer keeps that order per partition). */
  private messagesByTopic(events: RecordedEvent[], spans?: Span[]): TopicMessages[] {
    const byTopic = new Map<string, TopicMessages>();
    for (const event of events) {
      const topic = topicForStream(event.streamId, this.topicPrefix);
      let entry = byTopic.get(topic);
      if (!entry) byTopic.set(topic, (entry = { topic, messages: [] }));
      const message = toEventMessage(event);
      if (spans) spans.push(startSendSpan(event, topic, message.headers, events.length));
      entry.messages.push(message);
    }
    return [...byTopic.values()];
  }

  private async sendUntilAcknowledged(topicMessages: TopicMessages[], spans?: Span[]): Promise<void> {
    const { signal } = this.stopping;
    for (let attempt = 1; ; attempt++) {
      if (signal.aborted && attempt > 1) throw new RelayStopping();
      try {
        const unprepared = topicMessages.map(({ topic }) => topic).filter((topic) => !this.preparedTopics.has(topic));
        if (unprepared.length > 0) {
          await this.options.prepareTopics?.(unprepared);
          unprepared.forEach((topic) => this.preparedTopics.add(topic));
        }
        this.producer ??= await this.connectProducer();
        await this.producer.sendBatch({ topicMessages, acks: -1 });
        return;
      } catch (error) {
        if (signal.aborted) throw error;
        this.counters.sendFailures++;
        const retryInMs = backoffDelay(attempt, this.options.backoff);
        this.options.onSendFailure?.({ error, attempt, retryInMs });
        if (spans) noteSendFailure(spans, error, attempt);
        // A failed producer may hold sequence numbers the brokers no longer agree with: start afresh.
        await this.discardProducer();
        await sleep(retryInMs, signal);
      }
    }
  }

  private async connectProducer(): Promise<Producer> {
    const producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
      retry: this.options.producerRetry ?? { retries: 5, initialRetryTime: 100, maxRetryTime: 5_000 },
    });
    await producer.connect();
    return producer;
  }

  private async discardProducer(): Promise<void> {
    const producer = this.producer;
    this.producer = undefined;
    await producer?.disconnect().catch(() => undefined);
  }
}
