import { DatabaseError, type Pool, type PoolClient } from 'pg';
import type { NewEvent, RecordedEvent } from '../event-envelope';
import { DuplicateEvent } from '../event-store.errors';
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
import { startLogSubscription, waitForAppendOrPoll } from '../log-subscription';
import { appendColumns, assertInsertable, versionConflictOf } from './postgres-append-plan';
import { PostgresAppendSignal } from './postgres-append-signal';
import { resilientPool } from './resilient-pool';
import { migrate, quotedSchema, storeLockKeys, streamLockKey, type StoreLockKeys } from './postgres-schema';
import { type EventRow, PostgresStatements, toRecordedEvent, UNRELATED_TRANSACTIONS } from './postgres-statements';
import { positiveInteger } from '../store-settings';

export { POSTGRES_NOTIFY_CHANNEL } from './postgres-append-signal';

export interface PostgresEventStoreOptions {
  connectionString: string;
  /** The schema holding the store's tables, created if missing. Default `public`. */
  schema?: string;
  /** Connections for appends and reads (one more is kept for LISTEN and NOTIFY). Default 10. */
  poolSize?: number;
  /** How often live subscriptions read when no notification came (a missed NOTIFY, a lost listener). Default 250 ms. */
  pollIntervalMs?: number;
  /**
   * Test seam: awaited inside each append transaction after its events are inserted and before
   * COMMIT, so that a test can hold a transaction open while later ones commit. Throwing rolls back.
   */
  beforeCommit?: (written: AppendResult[]) => Promise<void>;
}

const DEFAULT_READ_ALL_MAX_COUNT = 1000;
const DEFAULT_POLL_INTERVAL_MS = 250;
const DEFAULT_POOL_SIZE = 10;
/** Deadlocks and serialisation failures are retried; with ordered locks they should not happen. */
const TRANSIENT_ERROR_CODES = new Set(['40P01', '40001']);
const MAX_APPEND_ATTEMPTS = 3;
/** The SQLSTATE `append_to_streams` raises for an expectation that does not hold. */
const VERSION_CONFLICT_CODE = 'TE409';

/**
 * The event store on PostgreSQL, for several processes sharing one database.
 *
 * An append is one statement (`append_to_streams`, postgres-schema.ts): it locks its streams
 * (transaction-level advisory locks, in sorted key order, so that concurrent multi-stream appends
 * cannot deadlock), checks the expected revisions, inserts all its events and commits; a conflict
 * or a duplicate event id writes nothing. Readers of
 * the whole log stop at a safe horizon so that positions committing out of order are never
 * skipped: see postgres-statements.ts. A stream read returns everything committed to the stream,
 * since one stream's appends commit one after another. Event ids are UUIDs and read back in lower case.
 * Subscribers wake on NOTIFY (see postgres-append-signal.ts) and poll as a fallback.
 */
export class PostgresEventStore implements EventStore {
  readonly supportsAtomicMultiStreamAppend = true;
  private readonly statements: PostgresStatements;
  private readonly lockKeys: StoreLockKeys;
  private readonly appendSignal: PostgresAppendSignal;
  private readonly subscriptions = new Set<Subscription>();
  private closing: Promise<void> | undefined;

  private constructor(
    private readonly pool: Pool,
    private readonly options: PostgresEventStoreOptions & { schema: string; pollIntervalMs: number },
  ) {
    this.statements = new PostgresStatements(options.schema);
    this.lockKeys = storeLockKeys(options.schema);
    this.appendSignal = new PostgresAppendSignal(options.connectionString, options.schema, options.pollIntervalMs);
  }

  /** Connects, migrates the schema (under an advisory lock) and starts listening for appends. */
  static async connect(options: PostgresEventStoreOptions): Promise<PostgresEventStore> {
    const resolved = {
      ...options,
      schema: options.schema ?? 'public',
      pollIntervalMs: options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
    };
    quotedSchema(resolved.schema); // refuses a bad schema name before connecting
    const pool = resilientPool({ connectionString: options.connectionString, max: options.poolSize ?? DEFAULT_POOL_SIZE });
    const store = new PostgresEventStore(pool, resolved);
    try {
      const client = await pool.connect();
      try {
        await migrate(client, resolved.schema);
      } finally {
        client.release();
      }
      await store.appendSignal.start();
      return store;
    } catch (error) {
      await store.close();
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

  async appendToStreams(appends: StreamAppend[]): Promise<AppendResult[]> {
    this.assertOpen();
    assertInsertable(appends);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.appendInOneStatement(appends);
      } catch (error) {
        if (!isTransient(error) || attempt >= MAX_APPEND_ATTEMPTS) throw error;
      }
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const limit = options.maxCount === undefined ? null : positiveInteger('maxCount', options.maxCount);
    const { rows } =
      options.direction === 'backwards'
        ? await this.pool.query<EventRow>(this.statements.readStreamBackwards, [
            streamId,
            options.fromRevision ?? Number.MAX_SAFE_INTEGER,
            limit,
          ])
        : await this.pool.query<EventRow>(this.statements.readStreamForwards, [streamId, options.fromRevision ?? 0, limit]);
    return rows.map(toRecordedEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllSlice> {
    this.assertOpen();
    const maxCount = positiveInteger('maxCount', options.maxCount ?? DEFAULT_READ_ALL_MAX_COUNT);
    const after = options.after ?? 0n;
    const unrelated = await this.unrelatedTransactions(this.pool);
    const parameters: unknown[] = [unrelated, after.toString(), maxCount];
    if (options.filter?.eventTypes?.length) parameters.push(options.filter.eventTypes);
    if (options.filter?.streamPrefixes?.length) parameters.push(options.filter.streamPrefixes);
    const { rows } = await this.pool.query<Partial<EventRow> & { head: string }>(
      this.statements.readAll(options.filter),
      parameters,
    );
    const head = BigInt(rows[0].head);
    const events = rows.filter((row) => row.global_position !== null).map((row) => toRecordedEvent(row as EventRow));
    const scannedUpTo = events.length === maxCount ? events[events.length - 1].globalPosition : head;
    // A caller's cursor may be ahead of the safe head (a position it got from its own append): never move it back.
    return { events, scannedUpTo: scannedUpTo > after ? scannedUpTo : after };
  }

  subscribeToAll(options: SubscribeOptions, handler: SubscriptionHandler): Subscription {
    this.assertOpen();
    const appendSignal = this.appendSignal;
    let changesSeenByLastRead = appendSignal.changeCount;
    const reader: Pick<EventStore, 'readAll'> = {
      readAll: (readOptions) => {
        changesSeenByLastRead = appendSignal.changeCount;
        return this.readAll(readOptions);
      },
    };
    // An append or notification between the last read and the wait would otherwise wait for the next poll.
    const waitForChange = async (signal: AbortSignal) => {
      if (appendSignal.changeCount !== changesSeenByLastRead) return;
      await waitForAppendOrPoll((listener) => appendSignal.onChange(listener), this.options.pollIntervalMs, signal);
    };
    const subscription = startLogSubscription(reader, options, handler, waitForChange, { readAhead: true });
    this.subscriptions.add(subscription);
    const forget = () => void this.subscriptions.delete(subscription);
    subscription.done.then(forget, forget); // the error itself is the subscriber's to observe on `done`
    return subscription;
  }

  /** The highest position below which the log is final (see postgres-statements.ts); 0n for an empty log. */
  async headPosition(): Promise<bigint> {
    this.assertOpen();
    return this.safeHead(this.pool);
  }

  /** Stops this store's subscriptions (letting handlers in flight finish), then closes its connections. Idempotent. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
      await this.appendSignal.close();
      await this.pool.end();
    })();
    return this.closing;
  }

  /**
   * One statement, and so one round trip, that commits on its own; the beforeCommit seam wraps it
   * in an explicit transaction instead.
   */
  private async appendInOneStatement(appends: StreamAppend[]): Promise<AppendResult[]> {
    const client = await this.pool.connect();
    const inTransaction = this.options.beforeCommit !== undefined;
    let broken: Error | undefined;
    try {
      const lockKeys = [...new Set(appends.map((append) => streamLockKey(append.streamId)))].sort((a, b) => a - b);
      if (inTransaction) await client.query('BEGIN');
      // Named, so that each connection parses and plans it once.
      const { rows } = await client.query<{ revisions_after: number[]; positions: string[] }>({
        name: `telemed-append:${this.options.schema}`,
        text: this.statements.appendToStreams,
        values: [this.lockKeys.streamNamespace, lockKeys, this.lockKeys.positionLock, ...appendColumns(appends)],
      });
      const results = await this.resultsOf(appends, rows[0], client);
      if (inTransaction) {
        await this.options.beforeCommit!(results);
        await client.query('COMMIT');
      }
      return results;
    } catch (error) {
      broken = await this.cleanUp(client, inTransaction, error);
      throw translate(error, appends);
    } finally {
      client.release(broken);
      if (appends.some((append) => append.events.length > 0)) this.appendSignal.announce();
    }
  }

  /** Each append's revision after it and the position of its last event (the head for an append without events). */
  private async resultsOf(appends: StreamAppend[], row: { revisions_after: number[]; positions: string[] }, client: PoolClient): Promise<AppendResult[]> {
    const needsHead = appends.some((append) => append.events.length === 0);
    const head = needsHead ? await this.safeHead(client) : 0n;
    let eventsBefore = 0;
    return appends.map(({ streamId, events }, index) => {
      eventsBefore += events.length;
      return {
        streamId,
        nextExpectedRevision: row.revisions_after[index],
        lastPosition: events.length === 0 ? head : BigInt(row.positions[eventsBefore - 1]),
      };
    });
  }

  /**
   * Ends what a failed append left open. An error that struck between taking and releasing the
   * position lock (a session lock) leaves it with the connection, so the lock is released too;
   * a connection that cannot even do that is answered, to be discarded by the pool.
   */
  private async cleanUp(client: PoolClient, inTransaction: boolean, error: unknown): Promise<Error | undefined> {
    const expected = error instanceof DatabaseError && (error.code === VERSION_CONFLICT_CODE || error.code === '23505');
    try {
      if (inTransaction) await client.query('ROLLBACK');
      if (!expected) await client.query('SELECT pg_advisory_unlock($1)', [this.lockKeys.positionLock]);
      return undefined;
    } catch (failure) {
      return failure instanceof Error ? failure : new Error(String(failure));
    }
  }

  private async safeHead(queryable: Pool | PoolClient): Promise<bigint> {
    const unrelated = await this.unrelatedTransactions(queryable);
    const { rows } = await queryable.query<{ head: string }>(this.statements.safeHead, [unrelated]);
    return BigInt(rows[0].head);
  }

  /** Must run before, not in, the statement that reads the log: see postgres-statements.ts. */
  private async unrelatedTransactions(queryable: Pool | PoolClient): Promise<string[]> {
    const { rows } = await queryable.query<{ unrelated: string[] }>(UNRELATED_TRANSACTIONS, [
      this.lockKeys.streamNamespace,
    ]);
    return rows[0].unrelated;
  }

  private assertOpen(): void {
    if (this.closing) throw new Error('the event store is closed');
  }
}

/** A conflict and an event id already in the log become the port's typed errors, naming what the writer gave. */
function translate(error: unknown, appends: StreamAppend[]): unknown {
  if (!(error instanceof DatabaseError)) return error;
  if (error.code === VERSION_CONFLICT_CODE && error.detail) return versionConflictOf(error.detail);
  if (error.code === '23505' && error.constraint === 'events_event_id_key') {
    const stored = /\(event_id\)=\(([^)]+)\)/.exec(error.detail ?? '')?.[1];
    const given = appends
      .flatMap((append) => append.events)
      .find((event) => event.eventId.toLowerCase() === stored);
    return new DuplicateEvent(given?.eventId ?? stored ?? 'unknown');
  }
  return error;
}

function isTransient(error: unknown): boolean {
  return error instanceof DatabaseError && error.code !== undefined && TRANSIENT_ERROR_CODES.has(error.code);
}

