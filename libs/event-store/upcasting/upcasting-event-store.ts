import type { NewEvent, RecordedEvent } from '../event-envelope';
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
} from '../event-store.port';
import { ForwardingEventStore } from '../forwarding-event-store';
import type { UpcasterRegistry } from './upcaster-registry';

/**
 * The log as this release reads it: every stream read, log read and subscription passes stored
 * events through the upcasters of their type and version; appends are stamped with the current
 * version of their type. It wraps the decrypting store, so upcasters see plaintext, and nothing
 * below it (the hash chain, the seals, verification) ever sees anything but the stored form.
 */
export class UpcastingEventStore extends ForwardingEventStore {
  constructor(
    inner: EventStore,
    readonly upcasters: UpcasterRegistry,
  ) {
    super(inner);
  }

  override appendToStream(streamId: string, events: NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    return this.inner.appendToStream(streamId, this.stamp(events), expectedRevision);
  }

  override appendToStreams(appends: StreamAppend[]): Promise<AppendResult[]> {
    return this.inner.appendToStreams(appends.map((append) => ({ ...append, events: this.stamp(append.events) })));
  }

  override async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.upcasters.upcastAll(await this.inner.readStream(streamId, options));
  }

  override async readAll(options?: ReadAllOptions): Promise<ReadAllSlice> {
    const slice = await this.inner.readAll(options);
    return { ...slice, events: this.upcasters.upcastAll(slice.events) };
  }

  override subscribeToAll(options: SubscribeOptions, handler: SubscriptionHandler): Subscription {
    return this.inner.subscribeToAll(options, (events, scannedUpTo) => handler(this.upcasters.upcastAll(events), scannedUpTo));
  }

  /** New events are written in the shape of this release: the current version of their type. */
  private stamp(events: NewEvent[]): NewEvent[] {
    if (this.upcasters.isEmpty) return events;
    return events.map((event) => ({ ...event, schemaVersion: Math.max(event.schemaVersion, this.upcasters.currentVersion(event.type)) }));
  }
}
