import { EventEmitter } from 'node:events';
import BetterSqlite3, { type Database, type Transaction } from 'better-sqlite3';
import type { NewEvent, RecordedEvent } from '../event-envelope';
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
} from '../event-store.port';
import { startLogSubscription, waitForAppendOrPoll } from '../log-subscription';
import { configureConnection, connectionPragmas, type EventRow, migrate, SqliteStatements } from './sqlite-schema';
import { type EncodedAppend, type OnCommitted, SqliteAppendsInThread, type SqliteAppendWriter, type WrittenAppend } from './sqlite-append-writer';
import { SqliteWriterThread } from './sqlite-writer-thread';
import { positiveInteger } from '../store-settings';

export interface SqliteEventStoreOptions {
  /** How often live subscriptions look for appends made by other processes. Default 250 ms. */
  pollIntervalMs?: number;
  /**
   * Whether every commit is synced before it is acknowledged (default), so that it survives a power
   * cut; false syncs at checkpoints only, for records whose last moments may be lost (see makeCommitsDurable).
   */
  durable?: boolean;
}

export const DEFAULT_READ_ALL_MAX_COUNT = 1000;
const DEFAULT_POLL_INTERVAL_MS = 250;
const APPENDED = 'appended';

/**
 * The embedded event store: one SQLite file in WAL mode. Writers serialise on `BEGIN IMMEDIATE`,
 * so global positions are assigned in commit order, also across processes sharing the file.
 * Subscriptions in this process hear of appends at once; appends by other processes are found by polling.
 *
 * Appends are group-committed on a writer thread (SqliteWriterThread) with a connection of its own,
 * so that waiting for the disk to sync a commit does not hold up this thread: those made while a
 * group commits share the next transaction, each checked against its own expectations and written
 * all-or-nothing. A store whose commits do not wait for the disk (in memory, or not durable) commits
 * on this thread.
 *
 * This process's subscriptions take the events of its latest commit as they were written, without
 * reading them back, when nothing lies between their cursor and that commit (see `committedSlice`).
 */
export class SqliteEventStore implements EventStore {
  private readonly statements: SqliteStatements;
  private readonly appends: SqliteAppendWriter;
  private readonly readAllTransaction: Transaction<(options: ReadAllOptions, maxCount: number) => ReadAllSlice>;
  private readonly appended = new EventEmitter().setMaxListeners(0);
  /** Counts commits made through this instance, so a subscription can tell whether it missed a notification. */
  private commitCount = 0;
  private readonly subscriptions = new Set<Subscription>();
  /** The rows of this instance's latest commit with events, in position order. */
  private latestCommitRows: EventRow[] | undefined;
  private closing: Promise<void> | undefined;

  private constructor(
    private readonly db: Database,
    private readonly pollIntervalMs: number,
    writer: (onCommitted: OnCommitted) => SqliteAppendWriter,
  ) {
    this.statements = new SqliteStatements(db);
    this.appends = writer((committed) => {
      const rows = committed.flatMap(({ append, written }) => rowsOf(append, written));
      if (rows.length === 0) return;
      this.commitCount++;
      this.latestCommitRows = rows;
      this.appended.emit(APPENDED);
    });
    this.readAllTransaction = db.transaction((options: ReadAllOptions, maxCount: number) =>
      this.readSlice(options, maxCount),
    );
  }

  /** Opens (creating if missing) and migrates the store file; `':memory:'` gives a private in-memory store. */
  static open(filePath: string, options: SqliteEventStoreOptions = {}): SqliteEventStore {
    const db = new BetterSqlite3(filePath);
    try {
      const durable = options.durable ?? true;
      configureConnection(db, { durable });
      migrate(db);
      // Only a commit that waits for the disk is worth a thread; an in-memory file has no second connection.
      const onThisThread = !durable || db.memory || filePath === '';
      return new SqliteEventStore(db, options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS, (onCommitted) =>
        onThisThread ? new SqliteAppendsInThread(db, onCommitted) : new SqliteWriterThread(db.name, connectionPragmas({ durable }), onCommitted),
      );
    } catch (error) {
      db.close();
      throw error;
    }
  }

  async appendToStream(
    streamId: string,
    events: NewEvent[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult> {
    const [result] = await this.appendToStreams([{ streamId, events, expectedRevision }]);
    return result;
  }

  appendToStreams(appends: StreamAppend[]): Promise<AppendResult[]> {
    this.assertOpen();
    if (this.closing) return Promise.reject(new Error('the event store is closing'));
    let append: EncodedAppend;
    try {
      append = appends.map(encoded);
    } catch (error) {
      return Promise.reject(error); // data that cannot be JSON fails its append alone, as a refusal does
    }
    return this.appends.write(append).then(({ streams }) =>
      streams.map(({ streamId, nextExpectedRevision, lastPosition }) => ({ streamId, nextExpectedRevision, lastPosition })),
    );
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const limit = options.maxCount === undefined ? -1 : positiveInteger('maxCount', options.maxCount);
    const rows =
      options.direction === 'backwards'
        ? this.statements.readStreamBackwards.all(streamId, options.fromRevision ?? Number.MAX_SAFE_INTEGER, limit)
        : this.statements.readStreamForwards.all(streamId, options.fromRevision ?? 0, limit);
    return rows.map(toRecordedEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllSlice> {
    this.assertOpen();
    const maxCount = positiveInteger('maxCount', options.maxCount ?? DEFAULT_READ_ALL_MAX_COUNT);
    // One read transaction, so the head and the rows come from the same snapshot.
    return this.readAllTransaction(options, maxCount);
  }

  subscribeToAll(options: SubscribeOptions, handler: SubscriptionHandler): Subscription {
    this.assertOpen();
    if (this.closing) throw new Error('the event store is closing');
    let commitsSeenByLastRead = this.commitCount;
    /** The end of the commit last handed to this subscription, while no later commit was made here. */
    let handedUpTo: bigint | undefined;
    const reader: Pick<EventStore, 'readAll'> = {
      readAll: (readOptions = {}) => {
        const unchanged = handedUpTo !== undefined && commitsSeenByLastRead === this.commitCount && readOptions.after === handedUpTo;
        commitsSeenByLastRead = this.commitCount;
        // The read right after a handed commit: nothing was committed here since, and what other
        // processes appended is found by the poll that follows, as after any read.
        if (unchanged) {
          const scannedUpTo = handedUpTo!;
          handedUpTo = undefined;
          return Promise.resolve({ events: [], scannedUpTo });
        }
        const handed = this.committedSlice(readOptions);
        handedUpTo = handed?.scannedUpTo;
        return handed ? Promise.resolve(handed) : this.readAll(readOptions);
      },
    };
    const onAppend = (listener: () => void) => {
      this.appended.once(APPENDED, listener);
      return () => void this.appended.off(APPENDED, listener);
    };
    // An append between the last read and the wait would otherwise be noticed only at the next poll.
    const waitForChange = async (signal: AbortSignal) => {
      if (this.commitCount !== commitsSeenByLastRead) return;
      await waitForAppendOrPoll(onAppend, this.pollIntervalMs, signal);
    };
    const subscription = startLogSubscription(reader, options, handler, waitForChange);
    this.subscriptions.add(subscription);
    const forget = () => void this.subscriptions.delete(subscription);
    subscription.done.then(forget, forget); // the error itself is the subscriber's to observe on `done`
    return subscription;
  }

  async headPosition(): Promise<bigint> {
    this.assertOpen();
    return this.statements.headPosition.get()!.head;
  }

  /** Stops this store's subscriptions (letting handlers in flight finish), then closes the file. Idempotent. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      const written = this.appends.close(); // appends already accepted are written, not dropped
      await Promise.all([written, ...[...this.subscriptions].map((subscription) => subscription.stop())]);
      this.db.close();
    })();
    return this.closing;
  }

  /**
   * What `readAll` would answer now, taken from the latest commit of this instance instead of the
   * file, when that commit follows `after` directly: the group held the write lock, so no other
   * writer's event lies inside it, and its first event following `after` leaves nothing between.
   * Undefined (read the file) otherwise, or when the commit has more matching events than `maxCount`.
   */
  private committedSlice(options: ReadAllOptions): ReadAllSlice | undefined {
    const rows = this.latestCommitRows;
    if (!rows || !this.db.open || this.closing) return undefined;
    if ((options.after ?? 0n) !== rows[0].global_position - 1n) return undefined;
    const matching = rows.filter((row) => matchesFilter(row, options.filter));
    if (matching.length > (options.maxCount ?? DEFAULT_READ_ALL_MAX_COUNT)) return undefined;
    return { events: matching.map(toRecordedEvent), scannedUpTo: rows[rows.length - 1].global_position };
  }

  private readSlice(options: ReadAllOptions, maxCount: number): ReadAllSlice {
    const eventTypes = options.filter?.eventTypes ?? [];
    const streamPrefixes = options.filter?.streamPrefixes ?? [];
    const head = this.statements.headPosition.get()!.head;
    const rows = this.statements
      .readAll(options.filter)
      .all(options.after ?? 0n, ...eventTypes, ...streamPrefixes.flatMap((prefix) => [prefix, prefix]), maxCount);
    const scannedUpTo = rows.length === maxCount ? rows[rows.length - 1].global_position : head;
    return { events: rows.map(toRecordedEvent), scannedUpTo };
  }

  private assertOpen(): void {
    if (!this.db.open) throw new Error('the event store is closed');
  }
}

function encoded(append: StreamAppend): EncodedAppend[number] {
  return {
    streamId: append.streamId,
    expectedRevision: append.expectedRevision,
    events: append.events.map((event) => ({
      eventId: event.eventId,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: JSON.stringify(event.data ?? null),
      metadata: JSON.stringify(event.metadata),
    })),
  };
}

/** The rows a committed append wrote, as a read of the file gives them. */
function rowsOf(append: EncodedAppend, written: WrittenAppend): EventRow[] {
  return append.flatMap(({ events }, index) => {
    const { streamId, nextExpectedRevision, positions } = written.streams[index];
    const firstRevision = nextExpectedRevision - events.length + 1;
    return events.map((event, offset): EventRow => ({
      global_position: positions[offset],
      event_id: event.eventId,
      stream_id: streamId,
      stream_revision: BigInt(firstRevision + offset),
      type: event.type,
      schema_version: BigInt(event.schemaVersion),
      data: event.data,
      metadata: event.metadata,
      recorded_at: written.recordedAt,
    }));
  });
}

/** The `readAll` filter's test, as its SQL applies it: a listed type, and a stream id starting with a listed prefix. */
function matchesFilter(row: EventRow, filter: LogFilter | undefined): boolean {
  const eventTypes = filter?.eventTypes ?? [];
  const streamPrefixes = filter?.streamPrefixes ?? [];
  return (
    (eventTypes.length === 0 || eventTypes.includes(row.type)) &&
    (streamPrefixes.length === 0 || streamPrefixes.some((prefix) => row.stream_id.startsWith(prefix)))
  );
}

function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    eventId: row.event_id,
    type: row.type,
    schemaVersion: Number(row.schema_version),
    data: JSON.parse(row.data),
    metadata: JSON.parse(row.metadata),
    streamId: row.stream_id,
    streamRevision: Number(row.stream_revision),
    globalPosition: row.global_position,
    recordedAt: row.recorded_at,
  };
}
