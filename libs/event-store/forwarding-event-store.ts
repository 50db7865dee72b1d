import type { NewEvent, RecordedEvent } from './event-envelope';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  ReadAllOptions,
  ReadAllSlice,
  ReadStreamOptions,
  StreamAppend,
  SubscribeOptions,
  Subscription,
  SubscriptionHandler,
} from './event-store.port';

/**
 * A store that passes every call to the one it wraps: a decorator of the port (encryption, the
 * hash chain, upcasting) extends it and overrides only the calls it changes.
 */
export class ForwardingEventStore implements EventStore {
  constructor(readonly inner: EventStore) {}

  /** The wrapped store's: a unit of work orders and compensates its appends by it. */
  get supportsAtomicMultiStreamAppend(): boolean | undefined {
    return this.inner.supportsAtomicMultiStreamAppend;
  }

  appendToStream(streamId: string, events: NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    return this.inner.appendToStream(streamId, events, expectedRevision);
  }

  appendToStreams(appends: StreamAppend[]): Promise<AppendResult[]> {
    return this.inner.appendToStreams(appends);
  }

  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.inner.readStream(streamId, options);
  }

  readAll(options?: ReadAllOptions): Promise<ReadAllSlice> {
    return this.inner.readAll(options);
  }

  subscribeToAll(options: SubscribeOptions, handler: SubscriptionHandler): Subscription {
    return this.inner.subscribeToAll(options, handler);
  }

  headPosition(): Promise<bigint> {
    return this.inner.headPosition();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
