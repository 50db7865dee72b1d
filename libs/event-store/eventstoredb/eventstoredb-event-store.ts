import type { Channel } from '@grpc/grpc-js';
import {
  type AllStreamResolvedEvent,
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  type ResolvedEvent,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import type { NewEvent, RecordedEvent } from '../event-envelope';
import { DuplicateEvent, VersionConflict } from '../event-store.errors';
import { assertExpectedRevision } from '../expected-revision';
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
import {
  isSystemEventType,
  logFilterMatcher,
  toAppendExpectedRevision,
  toEventData,
  toRecordedEvent,
} from './eventstoredb-envelope';
import { startServerSubscription } from './eventstoredb-subscription';
import { positiveInteger } from '../store-settings';

export interface EventStoreDbEventStoreOptions {
  /** For example `esdb://127.0.0.1:2113?tls=false`, or a cluster's `esdb+discover://...`. */
  connectionString: string;
  /** How long an idle subscription waits before scanning past records its filter skips. Default 250 ms. */
  idleScanIntervalMs?: number;
}

const DEFAULT_READ_ALL_MAX_COUNT = 1000;
const DEFAULT_IDLE_SCAN_INTERVAL_MS = 250;
/** A filtered `readAll` returns after looking at this many records even if it found fewer matches. */
const READ_ALL_SCAN_LIMIT = 10_000;
const HEAD_SEARCH_PAGE = 64;

/**
 * The EventStore port on EventStoreDB (or KurrentDB) through @eventstore/db-client.
 *
 * What differs from the SQL adapters, all of it allowed by the port:
 * - **No multi-stream transaction.** `appendToStreams` appends stream by stream, in the given
 *   order, each with its expected revision, and stops at the first failure: the streams before it
 *   stay written. `supportsAtomicMultiStreamAppend` is false so that a unit of work can order its
 *   appends and compensate (see UnitOfWork).
 * - **Positions are EventStoreDB commit positions**: byte offsets in the transaction log, strictly
 *   increasing but not consecutive. They are not event counts.
 * - **Duplicate event ids**: an id repeated inside one append (or one `appendToStreams` batch) is
 *   refused with DuplicateEvent before anything is sent. EventStoreDB itself acknowledges a re-sent
 *   append (the same ids at the position the expectation names) with the original result without
 *   writing twice, which makes retries safe; it keeps no log-wide index of ids, so an id reused in
 *   another stream is not detected.
 * - **System records** (`$` types: $settings, $metadata, $statsCollected...) are not events of
 *   ours: reads of the log, subscriptions and the head leave them out.
 * - **Filters**: subscriptions filter on the server (one field: exact types as a regular expression,
 *   or stream prefixes) and the adapter re-checks the exact filter. The client's `readAll` (6.2.1)
 *   cannot send a filter, so `readAll` filters the pages it reads itself.
 */
export class EventStoreDbEventStore implements EventStore {
  readonly supportsAtomicMultiStreamAppend = false;
  private readonly subscriptions = new Set<Subscription>();
  private closing: Promise<void> | undefined;

  private constructor(
    private readonly client: EventStoreDBClient,
    private readonly idleScanIntervalMs: number,
  ) {}

  /** Connects and reads the head once, so a wrong address fails here rather than at the first command. */
  static async connect(options: EventStoreDbEventStoreOptions): Promise<EventStoreDbEventStore> {
    const client = EventStoreDBClient.connectionString(options.connectionString);
    const store = new EventStoreDbEventStore(client, options.idleScanIntervalMs ?? DEFAULT_IDLE_SCAN_INTERVAL_MS);
    try {
      await store.headPosition();
      return store;
    } catch (error) {
      await store.close();
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`cannot reach EventStoreDB at ${options.connectionString}: ${reason}`, { cause: error });
    }
  }

  async appendToStream(streamId: string, events: NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    this.assertOpen();
    const expected = toAppendExpectedRevision(expectedRevision);
    assertUniqueEventIds(events);
    if (events.length === 0) return this.checkExpectation(streamId, expectedRevision);
    try {
      const result = await this.client.appendToStream(streamId, events.map(toEventData), { expectedRevision: expected });
      const nextExpectedRevision = Number(result.nextExpectedRevision);
      const lastPosition = result.position?.commit ?? (await this.positionOf(streamId, nextExpectedRevision));
      return { streamId, nextExpectedRevision, lastPosition };
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        const actual = error.actualVersion === 'no_stream' ? 'no-stream' : Number(error.actualVersion);
        throw new VersionConflict(streamId, expectedRevision, actual);
      }
      throw error;
    }
  }

  /** Not atomic: stream by stream in the given order, stopping at the first failure (see the class comment). */
  async appendToStreams(appends: StreamAppend[]): Promise<AppendResult[]> {
    this.assertOpen();
    assertUniqueEventIds(appends.flatMap((append) => append.events));
    const results: AppendResult[] = [];
    for (const { streamId, events, expectedRevision } of appends) {
      results.push(await this.appendToStream(streamId, events, expectedRevision));
    }
    return results;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const backwards = options.direction === 'backwards';
    const read = this.client.readStream(streamId, {
      direction: backwards ? BACKWARDS : FORWARDS,
      fromRevision: options.fromRevision === undefined ? (backwards ? END : START) : BigInt(options.fromRevision),
      ...(options.maxCount !== undefined && { maxCount: positiveInteger('maxCount', options.maxCount) }),
    });
    try {
      return (await collect(read)).map(toRecordedEvent);
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllSlice> {
    this.assertOpen();
    const maxCount = positiveInteger('maxCount', options.maxCount ?? DEFAULT_READ_ALL_MAX_COUNT);
    const matches = logFilterMatcher(options.filter);
    const pageSize = Math.min(Math.max(maxCount + 1, 64), 4096);
    const events: RecordedEvent[] = [];
    let scannedUpTo = options.after ?? 0n;
    let from = scannedUpTo;
    for (let looked = 0; looked < READ_ALL_SCAN_LIMIT; looked += pageSize) {
      const page = await this.readLogPage(from, pageSize);
      for (const record of page) {
        const position = record.position!.commit;
        if (position <= from) continue; // a read from a position includes the record there
        // Like the head, the scan stops on user records only: trailing system records are looked at again.
        if (isSystemEventType(record.type)) continue;
        if (matches(record)) events.push(toRecordedEvent(record));
        scannedUpTo = position;
        if (events.length === maxCount) return { events, scannedUpTo };
      }
      if (page.length < pageSize) break;
      from = page[page.length - 1].position!.commit;
    }
    return { events, scannedUpTo };
  }

  subscribeToAll(options: SubscribeOptions, handler: SubscriptionHandler): Subscription {
    this.assertOpen();
    if (this.closing) throw new Error('the event store is closing');
    const subscription = startServerSubscription(this.client, options, handler, {
      idleScanIntervalMs: this.idleScanIntervalMs,
      scanPastUnmatched: (after, matches) => this.scanPastUnmatched(after, matches),
    });
    this.subscriptions.add(subscription);
    const forget = () => void this.subscriptions.delete(subscription);
    subscription.done.then(forget, forget);
    return subscription;
  }

  /** The position of the last user record: $all read backwards, past any system records at its end. */
  async headPosition(): Promise<bigint> {
    this.assertOpen();
    let before: bigint | undefined;
    for (;;) {
      const page = await collect(
        this.client.readAll({
          direction: BACKWARDS,
          fromPosition: before === undefined ? END : { commit: before, prepare: before },
          maxCount: HEAD_SEARCH_PAGE,
        }),
      ).then((records) => records.filter((record) => before === undefined || record.position!.commit < before));
      const user = page.find((record) => !isSystemEventType(record.type));
      if (user) return user.position!.commit;
      if (page.length === 0) return 0n;
      before = page[page.length - 1].position!.commit;
    }
  }

  /** Stops this store's subscriptions (letting handlers in flight finish), then closes the connection. Idempotent. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
      await this.client.dispose();
      // `dispose` cancels the calls but leaves the gRPC channel open, which would keep the process alive.
      const channel = await (this.client as unknown as { getChannel(): Promise<Channel> }).getChannel();
      channel.close();
    })();
    return this.closing;
  }

  private async checkExpectation(streamId: string, expectedRevision: ExpectedRevision): Promise<AppendResult> {
    const [last] = await this.readStream(streamId, { direction: 'backwards', maxCount: 1 });
    assertExpectedRevision(streamId, expectedRevision, last?.streamRevision);
    return { streamId, nextExpectedRevision: last?.streamRevision ?? -1, lastPosition: await this.headPosition() };
  }

  private async positionOf(streamId: string, revision: number): Promise<bigint> {
    const [event] = await this.readStream(streamId, { fromRevision: revision, maxCount: 1 });
    if (!event) throw new Error(`EventStoreDB acknowledged an append to ${streamId} that it cannot read back`);
    return event.globalPosition;
  }

  /** Records after `after` (exclusive), in log order, system records included. */
  private async readLogPage(after: bigint, maxCount: number) {
    const records = await collect(
      this.client.readAll({ fromPosition: after === 0n ? START : { commit: after, prepare: after }, maxCount }),
    );
    return records;
  }

  private async scanPastUnmatched(after: bigint, matches: (event: { type: string; streamId: string }) => boolean): Promise<bigint> {
    let reached = after;
    for (const record of await this.readLogPage(after, HEAD_SEARCH_PAGE)) {
      const position = record.position!.commit;
      if (position <= after || isSystemEventType(record.type)) continue;
      if (matches(record)) break;
      reached = position;
    }
    return reached;
  }

  private assertOpen(): void {
    if (this.closing) throw new Error('the event store is closed');
  }
}

/** Reads a whole (bounded) read into memory; the records of `$all` reads always carry a position. */
async function collect(read: AsyncIterable<ResolvedEvent | AllStreamResolvedEvent>) {
  const records = [];
  for await (const resolved of read) if (resolved.event) records.push(resolved.event);
  return records;
}

function assertUniqueEventIds(events: NewEvent[]): void {
  const seen = new Set<string>();
  for (const { eventId } of events) {
    if (seen.has(eventId)) throw new DuplicateEvent(eventId);
    seen.add(eventId);
  }
}

