import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import { type RecordedEvent, SqliteEventStore, VersionConflict } from '@telemed/event-store';
import { describeEventStoreConformance } from '../conformance/event-store.conformance';
import { idsOf, newEvent, newEvents, uniqueStreamId, until } from '../conformance/event-store-fixtures';

/** A store file in its own temporary directory; every store opened on it is closed by `cleanup`. */
function temporaryStoreFile() {
  const directory = mkdtempSync(join(tmpdir(), 'telemed-event-store-'));
  const filePath = join(directory, 'events.sqlite');
  const opened: SqliteEventStore[] = [];
  return {
    filePath,
    open(options?: { pollIntervalMs?: number }) {
      const store = SqliteEventStore.open(filePath, options);
      opened.push(store);
      return store;
    },
    async cleanup() {
      await Promise.all(opened.map((store) => store.close()));
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

const EVENTS_PER_WRITER = 40;

/** Runs sqlite-writer-process.ts in its own node process and returns what it reports. */
async function runWriterProcess(filePath: string, streamId: string, count: number, startAt: number) {
  const script = [join(__dirname, 'load-typescript.js'), join(__dirname, 'sqlite-writer-process.ts')];
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['-r', ...script, filePath, streamId, `${count}`, `${startAt}`],
    { timeout: 20_000 },
  );
  return JSON.parse(stdout) as { written: string[]; conflicts: number };
}

describeEventStoreConformance('SqliteEventStore', async () => {
  const file = temporaryStoreFile();
  return { store: file.open(), reopen: async () => file.open(), cleanup: file.cleanup };
});

describe('SqliteEventStore on a file shared with other processes', () => {
  let file: ReturnType<typeof temporaryStoreFile>;
  beforeEach(() => {
    file = temporaryStoreFile();
  });
  afterEach(() => file.cleanup());

  it('a store sees events appended through another store on the same file by polling', async () => {
    const writer = file.open();
    const reader = file.open({ pollIntervalMs: 20 });
    const received: RecordedEvent[] = [];
    const subscription = reader.subscribeToAll({ after: 0n }, async (events) => void received.push(...events));

    const written = newEvents(3);
    for (const event of written) await writer.appendToStream(uniqueStreamId(), [event], 'no-stream');
    await until(() => received.length === 3, 'the other store delivers the appends');
    await subscription.stop();
    expect(idsOf(received)).toEqual(idsOf(written));
  });

  it('of two stores on one file appending at the same expected revision exactly one wins', async () => {
    const stores = [file.open(), file.open()];
    const streamId = uniqueStreamId();
    await stores[0].appendToStream(streamId, [newEvent()], 'no-stream');

    const contenders = Array.from({ length: 10 }, (_, index) => ({ store: stores[index % 2], event: newEvent() }));
    const outcomes = await Promise.allSettled(
      contenders.map(({ store, event }) => store.appendToStream(streamId, [event], 0)),
    );

    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    outcomes
      .flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []))
      .forEach((reason) => expect(reason).toBeInstanceOf(VersionConflict));
    expect(await stores[1].readStream(streamId)).toHaveLength(2);
  });

  it('writers in separate processes racing on one stream lose no append, and a subscriber sees every event once, in order', async () => {
    const streamId = uniqueStreamId();
    const subscriber = file.open({ pollIntervalMs: 20 });
    const received: RecordedEvent[] = [];
    const subscription = subscriber.subscribeToAll({ after: 0n }, async (events) => void received.push(...events));

    const writers = await Promise.all(
      [1, 2, 3].map(() => runWriterProcess(file.filePath, streamId, EVENTS_PER_WRITER, Date.now() + 1500)),
    );
    const written = writers.flatMap((writer) => writer.written);
    await until(() => received.length === written.length, 'the subscriber has every event', 10_000);
    await subscription.stop();

    const stream = await subscriber.readStream(streamId);
    expect(stream.map((event) => event.streamRevision)).toEqual([...Array(3 * EVENTS_PER_WRITER).keys()]);
    expect([...idsOf(stream)].sort()).toEqual([...written].sort());
    expect(idsOf(received)).toEqual(idsOf(stream));
  });

  it('a subscriber takes its own store\'s commits as written, without reading them back, and reads what another store appended in between', async () => {
    const own = file.open({ pollIntervalMs: 20 });
    const other = file.open();
    const received: RecordedEvent[] = [];
    const subscription = own.subscribeToAll(
      { after: 0n, filter: { eventTypes: ['ConsultationRequested'] } },
      async (events) => void received.push(...events),
    );
    const written: RecordedEvent[] = [];
    const appendThrough = async (store: SqliteEventStore, type: string) => {
      const streamId = uniqueStreamId();
      await store.appendToStream(streamId, [newEvent(type, { by: store === own ? 'own' : 'other', type })], 'no-stream');
      written.push(...(await own.readStream(streamId)));
      await until(() => received.length === written.filter((event) => event.type === 'ConsultationRequested').length, 'the subscriber has caught up', 5_000);
    };
    await appendThrough(own, 'ConsultationRequested');
    // The poll may still read the file between appends (a slow machine lets 20 ms pass), but never
    // finds there an event this store committed: those were handed over as written.
    const readBack: RecordedEvent[] = [];
    const readFile = own.readAll.bind(own);
    jest.spyOn(own, 'readAll').mockImplementation(async (options) => {
      const slice = await readFile(options);
      readBack.push(...slice.events);
      return slice;
    });
    await appendThrough(own, 'ConsultationRequested');
    await appendThrough(own, 'ConsultationAccepted');
    expect(readBack).toEqual([]);
    jest.restoreAllMocks();
    await appendThrough(other, 'ConsultationRequested');
    await appendThrough(own, 'ConsultationRequested');
    await appendThrough(other, 'ConsultationAccepted');
    await appendThrough(own, 'ConsultationRequested');
    await subscription.stop();

    // Each event once, in log order, exactly as a read of the file gives it.
    expect(received).toEqual(written.filter((event) => event.type === 'ConsultationRequested'));
  });

  it('a file written by a newer version of the schema is refused rather than misread', async () => {
    file.open();
    const raw = new BetterSqlite3(file.filePath);
    raw.pragma('user_version = 99');
    raw.close();
    expect(() => SqliteEventStore.open(file.filePath)).toThrow(/schema version 99/);
  });

  it('an in-memory store keeps events for as long as it is open', async () => {
    const store = SqliteEventStore.open(':memory:');
    try {
      const event = newEvent();
      await store.appendToStream('consultation-1', [event], 'no-stream');
      expect(idsOf(await store.readStream('consultation-1'))).toEqual([event.eventId]);
    } finally {
      await store.close();
    }
  });
});
