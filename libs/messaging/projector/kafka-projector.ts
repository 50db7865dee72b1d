import { type Admin, type Consumer, type EachBatchPayload, type Kafka, type KafkaMessage, Partitioners, type Producer } from 'kafkajs';
import { eventUpcasters, type UpcasterRegistry } from '@telemed/event-store/upcasting';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from '@telemed/projections/projection';
import type { ReadModelStore } from '@telemed/projections/read-model-store';
import { applyToBatch, createProjectionSchema, prefetchRows } from '@telemed/projections/projection-runner';
import { ProjectionBatch, ProjectionFailed } from '@telemed/projections/rows/projection-batch';
import { type BackoffOptions, backoffDelay, sleep } from '../backoff';
import { fromEventMessage, UnreadableEventMessage } from '../event-message';
import { consumerGroupLag, type PartitionLag } from '../lag-metrics';
import { DEFAULT_TOPIC_PREFIX, deadLetterTopic, eventTopics } from '../topics';
import { BatchGatherer } from './batch-gatherer';
import { type DeadLetter, deadLetterMessage } from './dead-letters';
import { claimEvent, claimEvents, STREAM_POSITIONS_SCHEMA } from './stream-positions';
import { tracingActive } from '@telemed/observability/tracing/tracing';
import { inProcessSpan, inReadModelWriteSpan, type ReadModelSystem } from '../tracing/message-tracing';

export interface KafkaProjectorOptions {
  groupId: string;
  topicPrefix?: string;
  /** The topics to consume; every event topic by default. */
  topics?: string[];
  sessionTimeoutMs?: number;
  heartbeatIntervalMs?: number;
  rebalanceTimeoutMs?: number;
  /** How long a fetch waits for new messages; also bounds how long `stop()` waits for an idle fetch. Default 500 ms. */
  maxWaitTimeMs?: number;
  /**
   * How many partitions' batches the projector holds at once. Batches handed over together are
   * applied in one read-model transaction (up to `eventsPerTransaction`). Default 128.
   */
  partitionsConsumedConcurrently?: number;
  /** Events above which batches handed over together are split over several transactions. Default 2,000. */
  eventsPerTransaction?: number;
  /** Attempts at an event that fails on its own before it is dead-lettered. Default 3. */
  poisonAttempts?: number;
  /** Waits between those attempts. */
  backoff?: BackoffOptions;
  onDeadLetter?: (letter: DeadLetter) => void;
  /**
   * Patient data travels encrypted through Kafka; the read models hold it decrypted (or, once a
   * patient's key is erased, the erasure placeholders), exactly as the in-process projection does.
   */
  decrypt?: (events: RecordedEvent[]) => Promise<RecordedEvent[]>;
  /** Brings decoded (and decrypted) events to this release's shapes before they are projected; this release's by default. */
  upcasters?: UpcasterRegistry;
  /** Waits before starting a consumer again after a crash kafkajs does not recover from. Default 0.5 s doubling to 15 s. */
  restartBackoff?: BackoffOptions;
  /** Told when the consumer crashes (kafkajs restarts it, or the projector does) or a batch fails and will be fetched again. */
  onError?: (error: unknown) => void;
  /**
   * Test seam: awaited after a batch's read-model transaction commits and before its offsets are
   * committed. Throwing there is a crash between the two commits.
   */
  afterReadModelCommit?: (batch: { topic: string; partition: number; lastOffset: string }) => Promise<void>;
  /** What the read models are stored in, for the `db.system.name` of the write spans while tracing is on. Default postgresql. */
  readModelSystem?: ReadModelSystem;
}

export interface ProjectorStats {
  /** Events whose projections ran. */
  applied: number;
  /** Events delivered again after they had been applied, and skipped. */
  skipped: number;
  deadLettered: number;
  batches: number;
  /** Consumers started again by the projector after a crash kafkajs did not recover from. */
  restarts: number;
}

export interface ProjectorLag {
  partitions: PartitionLag[];
  /** Messages on all partitions the group has not committed past. */
  eventsBehind: bigint;
  /** Age of the last applied event while anything is behind; 0 when caught up. */
  secondsBehind: number;
}

/** The partition a batch came from. */
interface BatchSource {
  topic: string;
  partition: number;
}

interface Delivered {
  event: RecordedEvent;
  message: KafkaMessage;
  source: BatchSource;
}

/** One partition's batch, decoded, with what kafkajs gave to resolve and commit its offsets. */
interface PartitionBatch {
  source: BatchSource;
  delivered: Delivered[];
  payload: EachBatchPayload;
}

/** Raised inside a read-model transaction when a projection throws on one event of the batch. */
class EventFailed extends Error {
  constructor(
    readonly index: number,
    readonly reason: string,
    readonly error: unknown,
  ) {
    super(reason);
  }
}

/**
 * Builds read models from the Kafka topics in a consumer group.
 *
 * The batches fetched together (one a partition) are applied in one read-model transaction, and
 * their offsets are committed only after that transaction commits. Redelivery (a crash between the
 * two commits, a rebalance, a relay that published twice) is harmless: the transaction first claims each event
 * against the stream's applied revision (projector_stream_positions) and skips events already
 * applied. A message that cannot be read, or an event a projection keeps failing on, goes to the
 * dead-letter topic with the reason in its headers, and the partition moves on.
 */
export class KafkaProjector {
  private consumer?: Consumer;
  /** Set when the consumer crashed and kafkajs will not restart it. */
  private stopped = false;
  private producer?: Producer;
  private readonly counters: ProjectorStats = { applied: 0, skipped: 0, deadLettered: 0, batches: 0, restarts: 0 };
  private lastApplied?: RecordedEvent;
  readonly topics: string[];
  private readonly upcasters: UpcasterRegistry;
  private readonly gatherer: BatchGatherer<PartitionBatch>;

  constructor(
    private readonly kafka: Kafka,
    private readonly readModels: ReadModelStore,
    private readonly projections: readonly Projection[],
    private readonly options: KafkaProjectorOptions,
  ) {
    this.topics = options.topics ?? eventTopics(options.topicPrefix ?? DEFAULT_TOPIC_PREFIX);
    this.upcasters = options.upcasters ?? eventUpcasters();
    this.gatherer = new BatchGatherer((batches) => this.applyBatches(batches), options.eventsPerTransaction ?? 2_000);
  }

  get stats(): ProjectorStats {
    return { ...this.counters };
  }

  get groupId(): string {
    return this.options.groupId;
  }

  /** Creates the schema, joins the group and starts consuming; a failed start leaves nothing connected. */
  async start(): Promise<void> {
    await createProjectionSchema(this.readModels, this.projections);
    await this.readModels.transaction(async (tx) => {
      for (const statement of STREAM_POSITIONS_SCHEMA) await tx.run(statement);
    });
    try {
      this.producer = this.kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
        createPartitioner: Partitioners.DefaultPartitioner,
      });
      await this.producer.connect();
      await this.runConsumer();
    } catch (error) {
      await this.stop().catch(() => undefined);
      throw error;
    }
  }

  /**
   * Joins the group and consumes. kafkajs restarts a consumer that crashed on an error it deems
   * passing (a lost connection); one that crashed on any other error (a refused group join, a
   * coordinator that answered an unexpected code) it leaves stopped, so the projector starts it
   * again itself, with a growing back-off, until it runs or the projector is stopped.
   */
  private async runConsumer(): Promise<void> {
    const consumer = this.kafka.consumer({
      groupId: this.options.groupId,
      sessionTimeout: this.options.sessionTimeoutMs ?? 30_000,
      heartbeatInterval: this.options.heartbeatIntervalMs ?? 3_000,
      rebalanceTimeout: this.options.rebalanceTimeoutMs ?? 60_000,
      maxWaitTimeInMs: this.options.maxWaitTimeMs ?? 500,
      allowAutoTopicCreation: false,
    });
    this.consumer = consumer;
    this.stopped = false;
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      this.options.onError?.(payload.error);
      if (!payload.restart && this.consumer === consumer) {
        this.stopped = true;
        void this.restartAfterCrash(consumer);
      }
    });
    await consumer.connect();
    await consumer.subscribe({ topics: this.topics, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 128,
      eachBatch: (payload) => this.handleBatch(payload),
    });
  }

  private async restartAfterCrash(crashed: Consumer): Promise<void> {
    for (let attempt = 1; this.consumer === crashed; attempt++) {
      await sleep(backoffDelay(attempt, this.options.restartBackoff ?? { initialDelayMs: 500, maxDelayMs: 15_000 }));
      if (this.consumer !== crashed) return;
      try {
        await crashed.disconnect().catch(() => undefined);
        if (this.consumer !== crashed) return;
        await this.runConsumer();
        this.counters.restarts++;
        return;
      } catch (error) {
        this.options.onError?.(error);
        // runConsumer replaced the crashed consumer with the one that failed: retry from that one.
        if (this.consumer !== crashed && this.consumer !== undefined) crashed = this.consumer;
      }
    }
  }

  /** False while the consumer is stopped after a crash kafkajs does not recover from, until the projector has started it again. */
  get consuming(): boolean {
    return this.consumer !== undefined && !this.stopped;
  }

  /** Leaves the group after the batch in flight; offsets it did not commit are delivered again to the next owner. */
  async stop(): Promise<void> {
    const { consumer, producer } = this;
    this.consumer = undefined;
    this.producer = undefined;
    await consumer?.disconnect();
    await producer?.disconnect();
  }

  /** Partition lags of the group, and how old the last applied event is while anything is behind. */
  async lag(admin: Admin): Promise<ProjectorLag> {
    const partitions = await consumerGroupLag(admin, this.options.groupId, this.topics);
    const eventsBehind = partitions.reduce((sum, partition) => sum + partition.lag, 0n);
    const lastAt = this.lastApplied ? Date.parse(this.lastApplied.recordedAt) : undefined;
    const secondsBehind = eventsBehind > 0n && lastAt !== undefined ? Math.max(0, (Date.now() - lastAt) / 1000) : 0;
    return { partitions, eventsBehind, secondsBehind };
  }

  /** Decodes a partition's batch and waits until it is applied and its offsets committed, with the batches fetched beside it. */
  private async handleBatch(payload: EachBatchPayload): Promise<void> {
    const { batch, isRunning, isStale } = payload;
    if (batch.messages.length === 0 || !isRunning() || isStale()) return;
    const source = { topic: batch.topic, partition: batch.partition };
    const delivered: Delivered[] = [];
    try {
      for (const message of batch.messages) {
        try {
          delivered.push({ event: fromEventMessage(message), message, source });
        } catch (error) {
          if (!(error instanceof UnreadableEventMessage)) throw error;
          await this.deadLetter(batch.topic, batch.partition, message, error.message);
        }
      }
    } catch (error) {
      this.options.onError?.(error);
      throw error;
    }
    await this.gatherer.submit({ source, delivered, payload }, delivered.length);
  }

  /**
   * Applies batches of several partitions in one transaction, then commits all their offsets in one
   * request. Should a projection fail on one of their events, each batch is applied on its own
   * instead, so that the failing event is settled as a batch of its own partition would be.
   */
  private async applyBatches(gathered: PartitionBatch[]): Promise<void> {
    const batches = gathered.filter(({ payload }) => payload.isRunning() && !payload.isStale());
    if (batches.length === 0) return;
    const { payload } = batches[0];
    // A long transaction must not let the group's session lapse; a rebalance is noticed by the heartbeat after it.
    const keepAlive = setInterval(() => payload.heartbeat().catch(() => undefined), this.options.heartbeatIntervalMs ?? 3_000);
    try {
      const failure = batches.length > 1 ? await this.applyInOneTransaction(batches.flatMap(({ delivered }) => delivered)) : undefined;
      if (failure || batches.length === 1) {
        for (const { delivered } of batches) await this.applyBatch(delivered);
      }
      const offsets = new Map<string, Array<{ partition: number; offset: string }>>();
      for (const { source, payload: own } of batches) {
        const lastOffset = own.batch.lastOffset();
        await this.options.afterReadModelCommit?.({ ...source, lastOffset });
        own.resolveOffset(lastOffset);
        const partitions = offsets.get(source.topic) ?? [];
        partitions.push({ partition: source.partition, offset: (BigInt(lastOffset) + 1n).toString() });
        offsets.set(source.topic, partitions);
      }
      await payload.commitOffsetsIfNecessary({ topics: [...offsets].map(([topic, partitions]) => ({ topic, partitions })) });
      this.counters.batches += batches.length;
      await payload.heartbeat();
    } catch (error) {
      this.options.onError?.(error);
      throw error;
    } finally {
      clearInterval(keepAlive);
    }
  }

  /**
   * Applies the batch in one transaction. When a projection throws on one event, the events before
   * it are applied in one transaction, the event is tried on its own a few more times (a passing
   * failure is not poison), then dead-lettered, and the rest of the batch goes on the same way.
   */
  private async applyBatch(delivered: Delivered[]): Promise<void> {
    let pending = delivered;
    while (pending.length > 0) {
      const failure = await this.applyInOneTransaction(pending);
      if (!failure) return;
      if (failure.index > 0) {
        const before = await this.applyInOneTransaction(pending.slice(0, failure.index));
        if (before) throw before.error;
      }
      await this.settlePoison(pending[failure.index], failure);
      pending = pending.slice(failure.index + 1);
    }
  }

  private async settlePoison(poison: Delivered, firstFailure: EventFailed): Promise<void> {
    let failure = firstFailure;
    const attempts = this.options.poisonAttempts ?? 3;
    for (let attempt = 2; attempt <= attempts; attempt++) {
      await sleep(backoffDelay(attempt - 1, this.options.backoff));
      const again = await this.applyInOneTransaction([poison]);
      if (!again) return;
      failure = again;
    }
    await this.deadLetter(poison.source.topic, poison.source.partition, poison.message, failure.reason, poison.event);
    // Passed over for good: a redelivery must not apply it, nor dead-letter it again.
    await this.readModels.transaction((tx) => claimEvent(tx, poison.event));
  }

  /** Answers the failing event (and the transaction is rolled back), or undefined once everything is committed. */
  private async applyInOneTransaction(delivered: Delivered[]): Promise<EventFailed | undefined> {
    let applied = 0;
    let skipped = 0;
    let last = undefined as RecordedEvent | undefined;
    if (this.options.decrypt) {
      const decrypted = await this.options.decrypt(delivered.map(({ event }) => event));
      delivered = delivered.map((entry, index) => ({ ...entry, event: decrypted[index] }));
    }
    delivered = delivered.map((entry) => ({ ...entry, event: this.upcasters.upcast(entry.event) }));
    try {
      await this.readModels.transaction(async (tx) => {
        const events = delivered.map(({ event }) => event);
        const batch = new ProjectionBatch(tx);
        // Sent together, to wait for one answer instead of two: rows read for an event found applied already are read and left alone.
        const [{ claimed, written }] = await Promise.all([claimEvents(tx, events), prefetchRows(this.projections, events, batch)]);
        applied = 0;
        skipped = 0;
        for (let index = 0; index < events.length; index++) {
          if (!claimed[index]) {
            skipped++;
            continue;
          }
          await this.applyEvent(delivered[index], batch, index);
          applied++;
          last = events[index];
        }
        await written;
        // Every changed row is written once here; a row refused names the event that made it.
        try {
          await batch.write();
        } catch (error) {
          if (error instanceof ProjectionFailed) throw new EventFailed(events.indexOf(error.event), error.message, error.cause);
          throw error;
        }
      });
    } catch (error) {
      if (error instanceof EventFailed) return error;
      throw error;
    }
    this.counters.applied += applied;
    this.counters.skipped += skipped;
    if (last) this.lastApplied = last;
    return undefined;
  }

  /** Folds one claimed event into the batch; while tracing is on, a `process` span covers it and a `write` span each projection. */
  private async applyEvent({ event, message, source }: Delivered, batch: ProjectionBatch, index: number): Promise<void> {
    if (!tracingActive()) return this.foldEvent(event, batch, index);
    const consumed = { ...source, offset: message.offset, groupId: this.options.groupId, headers: message.headers };
    const system = this.options.readModelSystem ?? 'postgresql';
    await inProcessSpan(event, consumed, () =>
      this.foldEvent(event, batch, index, (projection, fold) => inReadModelWriteSpan(projection.name, system, fold)),
    );
  }

  private async foldEvent(
    event: RecordedEvent,
    batch: ProjectionBatch,
    index: number,
    around?: (projection: Projection, fold: () => Promise<void>) => Promise<void>,
  ): Promise<void> {
    try {
      await applyToBatch(this.projections, event, batch, around);
    } catch (error) {
      const failure = error instanceof ProjectionFailed ? error : new ProjectionFailed(event, batch.author?.projection ?? 'unknown', error);
      throw new EventFailed(index, failure.message, failure.cause);
    }
  }

  private async deadLetter(topic: string, partition: number, message: KafkaMessage, reason: string, event?: RecordedEvent) {
    const letter: DeadLetter = { topic, partition, offset: message.offset, reason, eventId: event?.eventId, eventType: event?.type };
    await this.producer!.send({
      topic: deadLetterTopic(this.options.topicPrefix ?? DEFAULT_TOPIC_PREFIX),
      acks: -1,
      messages: [deadLetterMessage(message, letter, this.options.groupId)],
    });
    this.counters.deadLettered++;
    this.options.onDeadLetter?.(letter);
  }
}
