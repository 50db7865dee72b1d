import type { NewEvent, RecordedEvent } from './event-envelope';

/**
 * What a writer expects of the stream it appends to:
 * - `no-stream`: the stream must not exist yet;
 * - `stream-exists`: the stream must already hold at least one event;
 * - `any`: no expectation;
 * - a number: the revision of the stream's last event.
 */
export type ExpectedRevision = 'no-stream' | 'stream-exists' | 'any' | number;

export interface StreamAppend {
  streamId: string;
  events: NewEvent[];
  expectedRevision: ExpectedRevision;
}

export interface AppendResult {
  streamId: string;
  /**
   * Revision of the last event written to the stream; pass it as the next expected revision.
   * An empty append reports the stream's current revision, -1 for a stream without events.
   */
  nextExpectedRevision: number;
  /** Global position of the last event written; for an empty append, the head of the log. */
  lastPosition: bigint;
}

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** Inclusive; defaults to the first (forwards) or last (backwards) event. */
  fromRevision?: number;
  maxCount?: number;
}

/**
 * Server-side filter over the whole log. Both lists are alternatives (OR); both given means AND.
 * An absent or empty list does not restrict. A stream prefix matches the start of the stream id
 * literally and case-sensitively.
 */
export interface LogFilter {
  eventTypes?: string[];
  streamPrefixes?: string[];
}

export interface ReadAllOptions {
  /** Exclusive: events after this position are returned. 0n reads from the beginning. */
  after?: bigint;
  maxCount?: number;
  filter?: LogFilter;
}

export interface ReadAllSlice {
  events: RecordedEvent[];
  /**
   * How far the read looked, even where the filter skipped events. A reader resumes after it, so a
   * filtered read does not rescan what it has already passed over.
   */
  scannedUpTo: bigint;
}

export interface SubscribeOptions {
  /** Exclusive start position (a checkpoint): 0n replays the whole log. */
  after: bigint;
  filter?: LogFilter;
  batchSize?: number;
  /**
   * Events per batch while the subscriber is behind (the last batch was full); back to `batchSize`
   * once it has caught up, so that live events still go out in small batches. Default `batchSize`.
   */
  catchUpBatchSize?: number;
}

/**
 * Receives events in log order. The subscription awaits each call before delivering more, so
 * a handler that commits its own checkpoint never sees an event twice after a restart.
 * `scannedUpTo` lets a filtered subscriber advance its checkpoint over events it skipped.
 */
export type SubscriptionHandler = (events: RecordedEvent[], scannedUpTo: bigint) => Promise<void>;

export interface Subscription {
  /** Settles when the subscription ends; rejects with the handler's or the store's error. */
  readonly done: Promise<void>;
  stop(): Promise<void>;
}

export interface EventStore {
  /**
   * False for a store whose `appendToStreams` is not one transaction (EventStoreDB): it appends
   * stream by stream and a failure leaves the streams before it written. Absent or true: atomic.
   * A store that wraps another must pass the inner store's value on: UnitOfWork relies on it.
   */
  readonly supportsAtomicMultiStreamAppend?: boolean;
  /** Appends atomically to one stream, checking the expected revision. */
  appendToStream(streamId: string, events: NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult>;
  /**
   * Appends to several streams in one transaction: all expectations hold and all events are
   * written, or nothing is. Where `supportsAtomicMultiStreamAppend` is false, the streams are
   * appended one by one in the given order and the first failure ends the call.
   */
  appendToStreams(appends: StreamAppend[]): Promise<AppendResult[]>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<ReadAllSlice>;
  /** Catch-up then live. */
  subscribeToAll(options: SubscribeOptions, handler: SubscriptionHandler): Subscription;
  /** Position of the last committed event, 0n for an empty log. */
  headPosition(): Promise<bigint>;
  close(): Promise<void>;
}
