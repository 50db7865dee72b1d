import { Client } from 'pg';
import {
  type AppendResult,
  PostgresEventStore,
  POSTGRES_EVENT_STORE_SCHEMA_VERSION,
  type PostgresEventStoreOptions,
  type RecordedEvent,
  VersionConflict,
} from '@telemed/event-store';
import { describeEventStoreConformance } from '../conformance/event-store.conformance';
import { idsOf, newEvent, newEvents, sleep, uniqueStreamId, until } from '../conformance/event-store-fixtures';
import { createTestDatabase, type TestDatabase } from '../support/postgres';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.drop());

let schemaCount = 0;

/** A fresh schema of the test database; every store opened on it is closed by `cleanup`, which drops it. */
function freshSchema() {
  const schema = `store_${++schemaCount}`;
  const opened: PostgresEventStore[] = [];
  return {
    schema,
    async open(options: Partial<PostgresEventStoreOptions> = {}) {
      const store = await PostgresEventStore.connect({
        connectionString: database.connectionString,
        schema,
        poolSize: 4,
        ...options,
      });
      opened.push(store);
      return store;
    },
    async cleanup() {
      await Promise.all(opened.map((store) => store.close()));
      await withClient((client) => client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
    },
  };
}

async function withClient<Result>(work: (client: Client) => Promise<Result>): Promise<Result> {
  const client = new Client({ connectionString: database.connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A gate a test opens when it pleases. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describeEventStoreConformance('PostgresEventStore', async () => {
  const schema = freshSchema();
  return { store: await schema.open(), reopen: () => schema.open(), cleanup: schema.cleanup };
});

describe('PostgresEventStore shared by several processes', () => {
  let schema: ReturnType<typeof freshSchema>;
  beforeEach(() => {
    schema = freshSchema();
  });
  afterEach(() => schema.cleanup());

  it('of two stores with their own connections appending at the same expected revision exactly one wins', async () => {
    const stores = [await schema.open(), await schema.open()];
    const streamId = uniqueStreamId();
    await stores[0].appendToStream(streamId, [newEvent()], 'no-stream');

    const contenders = Array.from({ length: 10 }, (_, index) => ({ store: stores[index % 2], event: newEvent() }));
    const outcomes = await Promise.allSettled(
      contenders.map(({ store, event }) => store.appendToStream(streamId, [event], 0)),
    );

    const winners = contenders.filter((_, index) => outcomes[index].status === 'fulfilled');
    expect(winners).toHaveLength(1);
    outcomes
      .flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []))
      .forEach((reason) => expect(reason).toBeInstanceOf(VersionConflict));
    expect(idsOf(await stores[1].readStream(streamId)).slice(1)).toEqual([winners[0].event.eventId]);
  });

  it('a subscriber hears of another store’s append through NOTIFY, long before its next poll', async () => {
    const writer = await schema.open();
    const reader = await schema.open({ pollIntervalMs: 60_000 });
    const received: RecordedEvent[] = [];
    const subscription = reader.subscribeToAll({ after: 0n }, async (events) => void received.push(...events));
    await sleep(50); // the subscription has read the empty log and waits

    const event = newEvent();
    await writer.appendToStream(uniqueStreamId(), [event], 'no-stream');
    await until(() => received.length === 1, 'the notification wakes the subscriber', 2000);
    await subscription.stop();
    expect(idsOf(received)).toEqual([event.eventId]);
  });

  it('an event committed while a lower position is still in flight is held back until that position commits', async () => {
    const release = gate();
    const held: AppendResult[] = [];
    const slowWriter = await schema.open({
      beforeCommit: async (written) => {
        held.push(...written);
        await release.opened;
      },
    });
    const fastWriter = await schema.open();
    const reader = await schema.open();
    const before = newEvent();
    await fastWriter.appendToStream(uniqueStreamId(), [before], 'no-stream');
    const headBefore = await reader.headPosition();

    const slowEvent = newEvent();
    const slowAppend = slowWriter.appendToStream(uniqueStreamId(), [slowEvent], 'no-stream');
    await until(() => held.length === 1, 'the slow append has its position and waits to commit');
    const fastEvent = newEvent();
    const fast = await fastWriter.appendToStream(uniqueStreamId(), [fastEvent], 'no-stream');
    expect(fast.lastPosition > held[0].lastPosition).toBe(true);

    // The later position is committed, but a reader must not pass the one still in flight.
    const whileHeld = await reader.readAll({ after: 0n });
    expect(idsOf(whileHeld.events)).toEqual([before.eventId]);
    expect(whileHeld.scannedUpTo).toBe(headBefore);
    expect(await reader.headPosition()).toBe(headBefore);

    release.open();
    await slowAppend;
    const afterCommit = await reader.readAll({ after: whileHeld.scannedUpTo });
    expect(idsOf(afterCommit.events)).toEqual([slowEvent.eventId, fastEvent.eventId]);
    expect(await reader.headPosition()).toBe(fast.lastPosition);
  });

  it('an append PostgreSQL refuses while it holds the position lock fails alone, and the log stays writable', async () => {
    const refusing = await schema.open({ poolSize: 1 });
    const other = await schema.open();
    // JSONB has no NUL character: the insert fails inside the position lock.
    const refused = { ...newEvent(), data: { note: 'a\u0000b' } };
    await expect(refusing.appendToStream(uniqueStreamId(), [refused], 'no-stream')).rejects.toThrow();
    const afterwards = newEvent();
    await expect(other.appendToStream(uniqueStreamId(), [afterwards], 'no-stream')).resolves.toMatchObject({ nextExpectedRevision: 0 });
    await expect(refusing.appendToStream(uniqueStreamId(), [newEvent()], 'no-stream')).resolves.toMatchObject({ nextExpectedRevision: 0 });
    expect(idsOf((await other.readAll()).events)).toContain(afterwards.eventId);
  });

  it('an append that rolls back after taking its position does not hold the log back', async () => {
    const holding = gate();
    const failingWriter = await schema.open({
      beforeCommit: async () => {
        holding.open();
        await sleep(50);
        throw new Error('the writer crashed before committing');
      },
    });
    const writer = await schema.open();
    const reader = await schema.open({ pollIntervalMs: 60_000 });
    const received: RecordedEvent[] = [];
    const subscription = reader.subscribeToAll({ after: 0n }, async (events) => void received.push(...events));

    // The refusal is awaited from the start: it may come while the other append is still under way.
    const failing = expect(failingWriter.appendToStream(uniqueStreamId(), [newEvent()], 'no-stream')).rejects.toThrow('the writer crashed before committing');
    await holding.opened;
    const committed = newEvent();
    await writer.appendToStream(uniqueStreamId(), [committed], 'no-stream');
    await failing;

    await until(() => received.length === 1, 'the committed event is delivered', 2000);
    await subscription.stop();
    expect(idsOf(received)).toEqual([committed.eventId]);
    expect(await reader.readStream(uniqueStreamId())).toEqual([]);
  });

  it('a transaction that is not an append does not hold back the log, even while it stays open', async () => {
    const store = await schema.open();
    await withClient(async (unrelated) => {
      await unrelated.query('BEGIN');
      await unrelated.query('SELECT pg_current_xact_id()'); // it has a transaction id, as a writing transaction does
      try {
        const event = newEvent();
        const { lastPosition } = await store.appendToStream(uniqueStreamId(), [event], 'no-stream');
        expect(idsOf((await store.readAll()).events)).toEqual([event.eventId]);
        expect(await store.headPosition()).toBe(lastPosition);
      } finally {
        await unrelated.query('ROLLBACK');
      }
    });
  });

  it('stores connecting at once to a new schema create it once', async () => {
    await Promise.all([schema.open(), schema.open(), schema.open()]);
    const { rows } = await withClient((client) =>
      client.query(`SELECT version FROM ${schema.schema}.schema_migrations WHERE component = 'event-store' ORDER BY version`),
    );
    expect(rows).toEqual(Array.from({ length: POSTGRES_EVENT_STORE_SCHEMA_VERSION }, (_, index) => ({ version: index + 1 })));
  });

  it('a schema written by a newer version of the store is refused rather than misread', async () => {
    await schema.open();
    await withClient((client) =>
      client.query(
        `INSERT INTO ${schema.schema}.schema_migrations (component, version, description) VALUES ('event-store', 99, 'future')`,
      ),
    );
    await expect(schema.open()).rejects.toThrow(/version 99/);
  });

  it('the log pages in numeric position order across positions of more digits', async () => {
    const store = await schema.open();
    const written = newEvents(23);
    for (const event of written) await store.appendToStream(uniqueStreamId(), [event], 'no-stream');
    const read: RecordedEvent[] = [];
    for (let after = 0n; ; ) {
      const { events, scannedUpTo } = await store.readAll({ after, maxCount: 4 });
      if (events.length === 0) break;
      read.push(...events);
      after = scannedUpTo;
    }
    expect(idsOf(read)).toEqual(idsOf(written));
  });

  it('an event id that is not a UUID is refused before anything is written', async () => {
    const store = await schema.open();
    const streamId = uniqueStreamId();
    await expect(
      store.appendToStream(streamId, [{ ...newEvent(), eventId: 'not-a-uuid' }], 'no-stream'),
    ).rejects.toThrow(RangeError);
    expect(await store.readStream(streamId)).toEqual([]);
  });

  it('appends from several stores to many streams read back complete and in order from each of them', async () => {
    const stores = [await schema.open(), await schema.open(), await schema.open()];
    const streams = [uniqueStreamId(), uniqueStreamId('expert'), uniqueStreamId('training')];
    await Promise.all(
      stores.map(async (store) => {
        for (let round = 0; round < 10; round++) {
          await store.appendToStream(streams[round % 3], newEvents(1 + (round % 4)), 'any');
        }
      }),
    );
    const { events } = await stores[2].readAll();
    expect(events).toHaveLength(3 * (1 + 2 + 3 + 4 + 1 + 2 + 3 + 4 + 1 + 2));
    for (const streamId of streams) {
      const revisions = events.filter((event) => event.streamId === streamId).map((event) => event.streamRevision);
      expect(revisions).toEqual([...revisions.keys()]);
    }
  });
});
