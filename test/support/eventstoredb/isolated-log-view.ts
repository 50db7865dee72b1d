import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import { VersionConflict } from '@telemed/event-store/event-store.errors';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  LogFilter,
  ReadAllOptions,
  ReadAllSlice,
  ReadStreamOptions,
  StreamAppend,
  SubscribeOptions,
  Subscription,
  SubscriptionHandler,
} from '@telemed/event-store/event-store.port';
import type { NewEvent } from '@telemed/event-store/event-envelope';

/** Shared by every view of one namespace, so a reopened store sees the head its predecessor wrote. */
export interface IsolatedLog {
  namespace: string;
  /** The real head when the namespace was created: reads "from the beginning" start here. */
  base: bigint;
  /** The last position written through a view of this namespace; 0n while it is empty. */
  head: bigint;
}

export async function newIsolatedLog(store: EventStore): Promise<IsolatedLog> {
  return { namespace: `iso${randomUUID().replace(/-/g, '')}_`, base: await store.headPosition(), head: 0n };
}

/**
 * A fresh, empty-looking log inside a shared one, for running the conformance suite against a real
 * server that cannot be emptied between tests: stream ids get a namespace prefix, reads and
 * subscriptions "from the beginning" start at the head the namespace was created at and see only its
 * streams, and the head is the namespace's own. Positions stay the server's real ones.
 */
export class IsolatedLogView implements EventStore {
  constructor(
    private readonly inner: EventStore,
    private readonly log: IsolatedLog,
  ) {}

  get supportsAtomicMultiStreamAppend(): boolean | undefined {
    return this.inner.supportsAtomicMultiStreamAppend;
  }

  async appendToStream(streamId: string, events: NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    const [result] = await this.appendToStreams([{ streamId, events, expectedRevision }]);
    return result;
  }

  async appendToStreams(appends: StreamAppend[]): Promise<AppendResult[]> {
    const inner = appends.map((append) => ({ ...append, streamId: this.scoped(append.streamId) }));
    const results = await this.withLocalNames(() =>
      inner.length === 1
        ? this.inner.appendToStream(inner[0].streamId, inner[0].events, inner[0].expectedRevision).then((result) => [result])
        : this.inner.appendToStreams(inner),
    );
    return results.map((result, index) => {
      if (appends[index].events.length > 0 && result.lastPosition > this.log.head) this.log.head = result.lastPosition;
      return {
        streamId: appends[index].streamId,
        nextExpectedRevision: result.nextExpectedRevision,
        lastPosition: appends[index].events.length > 0 ? result.lastPosition : this.log.head,
      };
    });
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return (await this.inner.readStream(this.scoped(streamId), options)).map((event) => this.local(event));
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllSlice> {
    const slice = await this.inner.readAll({ ...options, after: this.start(options.after ?? 0n), filter: this.scopedFilter(options.filter) });
    const events = slice.events.map((event) => this.local(event));
    return { events, scannedUpTo: this.clamp(slice.scannedUpTo, events) };
  }

  subscribeToAll(options: SubscribeOptions, handler: SubscriptionHandler): Subscription {
    return this.inner.subscribeToAll(
      { ...options, after: this.start(options.after), filter: this.scopedFilter(options.filter) },
      (events, scannedUpTo) => {
        const local = events.map((event) => this.local(event));
        return handler(local, this.clamp(scannedUpTo, local));
      },
    );
  }

  async headPosition(): Promise<bigint> {
    return this.log.head;
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private scoped(streamId: string): string {
    return `${this.log.namespace}${streamId}`;
  }

  private local(event: RecordedEvent): RecordedEvent {
    return { ...event, streamId: event.streamId.slice(this.log.namespace.length) };
  }

  private start(after: bigint): bigint {
    return after > this.log.base ? after : this.log.base;
  }

  private scopedFilter(filter: LogFilter | undefined): LogFilter {
    const prefixes = filter?.streamPrefixes ?? [];
    return {
      eventTypes: filter?.eventTypes,
      streamPrefixes: prefixes.length > 0 ? prefixes.map((prefix) => this.scoped(prefix)) : [this.log.namespace],
    };
  }

  /** Other writers move the real log on; the namespace's scan ends at its own head (or its last event). */
  private clamp(scannedUpTo: bigint, events: RecordedEvent[]): bigint {
    const last = events.length > 0 ? events[events.length - 1].globalPosition : 0n;
    const bounded = scannedUpTo < this.log.head ? scannedUpTo : this.log.head;
    const scanned = bounded > last ? bounded : last;
    return scanned <= this.log.base ? 0n : scanned;
  }

  private async withLocalNames<T>(append: () => Promise<T>): Promise<T> {
    try {
      return await append();
    } catch (error) {
      if (error instanceof VersionConflict) {
        throw new VersionConflict(error.streamId.slice(this.log.namespace.length), error.expectedRevision, error.actualRevision);
      }
      throw error;
    }
  }
}
