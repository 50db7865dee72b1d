import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { VersionConflict } from '../event-store.errors';
import type { NewEvent } from '../event-envelope';
import { SqliteEventStore } from './sqlite-event-store';

const event = (id: number): NewEvent => ({
  eventId: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
  type: 'NoteAdded',
  schemaVersion: 1,
  data: { id },
  metadata: { actor: { userId: 'writer', role: 'system' }, correlationId: `c-${id}` },
});

describe('appends committed on the writer thread', () => {
  let directory: string;
  let filePath: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'telemed-writer-thread-'));
    filePath = join(directory, 'events.sqlite');
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  /** The log's head as a store opened afresh on the file finds it: what was committed, not what was answered. */
  async function headAfterReopening(): Promise<bigint> {
    const reopened = SqliteEventStore.open(filePath);
    try {
      return await reopened.headPosition();
    } finally {
      await reopened.close();
    }
  }

  it('closing the store commits every append it accepted, also those of a group still gathering', async () => {
    const store = SqliteEventStore.open(filePath);
    await store.appendToStream('note-0', [event(0)], 'no-stream');
    const accepted = Array.from({ length: 30 }, (_, index) => store.appendToStream(`note-${index + 1}`, [event(index + 1)], 'no-stream'));
    await store.close();
    await expect(Promise.all(accepted)).resolves.toHaveLength(30);

    expect(await headAfterReopening()).toBe(31n);
  });

  it('a refusal arrives as the typed error, and the other appends of its group are written', async () => {
    const store = SqliteEventStore.open(filePath);
    try {
      await store.appendToStream('note-1', [event(1)], 'no-stream');
      const [refused, written] = await Promise.allSettled([
        store.appendToStream('note-1', [event(2)], 'no-stream'),
        store.appendToStream('note-3', [event(3)], 'no-stream'),
      ]);
      expect(refused).toMatchObject({ status: 'rejected', reason: expect.any(VersionConflict) });
      expect(refused.status === 'rejected' && refused.reason).toMatchObject({ streamId: 'note-1', expectedRevision: 'no-stream', actualRevision: 0 });
      expect(written).toMatchObject({ status: 'fulfilled', value: { streamId: 'note-3', nextExpectedRevision: 0, lastPosition: 2n } });
    } finally {
      await store.close();
    }
  });

  it('a failure of the database keeps the driver\'s code, so that it is told apart from a refusal, and writes resume after it', async () => {
    const store = SqliteEventStore.open(filePath);
    const other = new BetterSqlite3(filePath);
    try {
      other.exec(`CREATE TRIGGER refuse BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, 'refused by the disk'); END`);
      const failure = await store.appendToStream('note-1', [event(1)], 'no-stream').catch((error: unknown) => error);
      expect(failure).toMatchObject({ name: 'SqliteError', code: 'SQLITE_CONSTRAINT_TRIGGER', message: 'refused by the disk' });
      other.exec('DROP TRIGGER refuse');
      await expect(store.appendToStream('note-1', [event(1)], 'no-stream')).resolves.toMatchObject({ lastPosition: 1n });
    } finally {
      other.close();
      await store.close();
    }
  });

  it('a writer thread that ends unasked is replaced: appends after it are written, and nothing acknowledged is lost', async () => {
    const store = SqliteEventStore.open(filePath);
    try {
      await store.appendToStream('note-1', [event(1)], 'no-stream');
      // As if the thread had died (its own fault, or a native crash): the store's next appends need a thread again.
      const writer = (store as unknown as { appends: { worker?: { terminate(): Promise<number> } } }).appends;
      await writer.worker!.terminate();
      await expect(store.appendToStream('note-2', [event(2)], 'no-stream')).resolves.toMatchObject({ lastPosition: 2n });
      await expect(store.appendToStream('note-3', [event(3)], 'no-stream')).resolves.toMatchObject({ lastPosition: 3n });
    } finally {
      await store.close();
    }
    expect(await headAfterReopening()).toBe(3n);
  });

  it('an append after close is refused', async () => {
    const store = SqliteEventStore.open(filePath);
    await store.close();
    await expect(store.appendToStream('note-1', [event(1)], 'no-stream')).rejects.toThrow('the event store is closed');
  });
});
