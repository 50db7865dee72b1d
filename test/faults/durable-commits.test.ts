import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configureConnection } from '@telemed/event-store/sqlite/sqlite-schema';
import { SqliteReadModelStore } from '@telemed/projections';

/** SQLite's `PRAGMA synchronous` levels. */
const FULL = 2;
const NORMAL = 1;

describe('what is acknowledged on the embedded stores survives a power cut', () => {
  const dir = mkdtempSync(join(tmpdir(), 'telemed-durable-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the event log syncs its write-ahead log at every commit, not only at checkpoints', () => {
    const db = new BetterSqlite3(join(dir, 'events.sqlite'));
    try {
      configureConnection(db);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(FULL);
    } finally {
      db.close();
    }
  });

  it('per-caller state outside the log (idempotency keys) is durable, while rebuildable read models are not made to wait', async () => {
    const durable = SqliteReadModelStore.open(join(dir, 'api-state.sqlite'), { durable: true });
    const rebuildable = SqliteReadModelStore.open(join(dir, 'read-models.sqlite'));
    try {
      // Asked inside a transaction, on the connection that writes.
      const level = (store: SqliteReadModelStore) => store.transaction((tx) => tx.get<{ synchronous: number }>('PRAGMA synchronous'));
      expect(await level(durable)).toEqual({ synchronous: FULL });
      expect(await level(rebuildable)).toEqual({ synchronous: NORMAL });
    } finally {
      await Promise.all([durable.close(), rebuildable.close()]);
    }
  });
});
