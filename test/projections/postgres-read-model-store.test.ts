import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresReadModelStore, SqliteReadModelStore, type ReadModelStore } from '@telemed/projections';
import { createTestDatabase, type TestDatabase } from '../support/postgres';

type Row = Record<string, any>;

const NOTES = `CREATE TABLE IF NOT EXISTS notes (id TEXT PRIMARY KEY, body TEXT NOT NULL, revision BIGINT NOT NULL)`;

describe('the PostgreSQL read-model store', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'telemed-pg-store-'));
  let database: TestDatabase | undefined;
  const stores: ReadModelStore[] = [];

  async function connect(schema: string): Promise<PostgresReadModelStore> {
    const store = await PostgresReadModelStore.connect({ connectionString: database!.connectionString, schema, poolSize: 3 });
    stores.push(store);
    return store;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await database?.drop();
    rmSync(workDir, { recursive: true, force: true });
  });

  it("keeps each store's tables in its own schema, and finds them again on the next connect", async () => {
    const first = await connect('tenant_a');
    await first.transaction(async (tx) => {
      await tx.run(NOTES);
      await tx.run('INSERT INTO notes (id, body, revision) VALUES (?, ?, ?)', ['n-1', 'in a', 1n]);
    });
    const again = await connect('tenant_a');
    const other = await connect('tenant_b');
    await other.transaction((tx) => tx.run(NOTES));

    expect(await again.all<Row>('SELECT id, body, revision FROM notes')).toEqual([{ id: 'n-1', body: 'in a', revision: 1 }]);
    expect(await other.all<Row>('SELECT id FROM notes')).toEqual([]);
  });

  it('pipelines a transaction’s writes in order, and a write that fails rolls back all of them with its own error', async () => {
    const postgres = await connect('pipelined');
    await postgres.transaction((tx) => tx.run(NOTES));
    await postgres.transaction(async (tx) => {
      for (let revision = 1; revision <= 50; revision++) tx.write('INSERT INTO notes (id, body, revision) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET revision = excluded.revision', ['kept', 'x', revision]);
      // A read sees every write sent before it.
      expect(await tx.get<Row>('SELECT revision FROM notes WHERE id = ?', ['kept'])).toEqual({ revision: 50 });
    });

    const failing = postgres.transaction(async (tx) => {
      tx.write('INSERT INTO notes (id, body, revision) VALUES (?, ?, ?)', ['lost', 'y', 1]);
      tx.write('INSERT INTO notes (id, body, revision) VALUES (?, ?, ?)', ['kept', 'duplicate', 1]);
      tx.write('UPDATE notes SET body = ? WHERE id = ?', ['overwritten', 'kept']);
    });
    await expect(failing).rejects.toThrow(/duplicate key/);
    const readAfterFailure = postgres.transaction(async (tx) => {
      tx.write('INSERT INTO notes (id, body, revision) VALUES (?, ?, ?)', ['kept', 'duplicate', 1]);
      await tx.get('SELECT 1 AS one');
    });
    await expect(readAfterFailure).rejects.toThrow(/duplicate key/);
    expect(await postgres.all<Row>('SELECT id, body, revision FROM notes ORDER BY id')).toEqual([{ id: 'kept', body: 'x', revision: 50 }]);
  });

  it('reports the rows each statement changed, as SQLite does', async () => {
    const sqlite = SqliteReadModelStore.open(join(workDir, 'changes.sqlite'));
    stores.push(sqlite);
    const postgres = await connect('changes');
    const changesOn = (store: ReadModelStore) =>
      store.transaction(async (tx) => {
        await tx.run(NOTES);
        const statements: Array<[string, Array<string | number>]> = [
          ['INSERT INTO notes (id, body, revision) VALUES (?, ?, ?), (?, ?, ?)', ['a', 'x', 1, 'b', 'y', 1]],
          ['INSERT INTO notes (id, body, revision) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING', ['a', 'x', 2]],
          ['UPDATE notes SET revision = revision + 1 WHERE revision < ?', [5]],
          ["DELETE FROM notes WHERE body = 'it''s a ?' OR id = ?", ['b']],
        ];
        const changes: number[] = [];
        for (const [sql, params] of statements) changes.push((await tx.run(sql, params)).changes);
        return changes;
      });

    const onSqlite = await changesOn(sqlite);
    expect(onSqlite).toEqual([2, 0, 2, 1]);
    expect(await changesOn(postgres)).toEqual(onSqlite);
  });

  it('leaves nothing behind of a transaction that failed, and keeps serving', async () => {
    const store = await connect('failures');
    await store.transaction((tx) => tx.run(NOTES));
    const failed = store.transaction(async (tx) => {
      await tx.run('INSERT INTO notes (id, body, revision) VALUES (?, ?, ?)', ['lost', 'never committed', 1]);
      throw new Error('projection failed');
    });

    await expect(failed).rejects.toThrow('projection failed');
    await store.transaction((tx) => tx.run('INSERT INTO notes (id, body, revision) VALUES (?, ?, ?)', ['kept', 'committed', 1]));
    expect(await store.all<Row>('SELECT id FROM notes ORDER BY id')).toEqual([{ id: 'kept' }]);
  });

  it('runs transactions one after another, so read-modify-write batches never interleave', async () => {
    const store = await connect('serialised');
    await store.transaction(async (tx) => {
      await tx.run(NOTES);
      await tx.run(`INSERT INTO notes (id, body, revision) VALUES ('counter', '', 0)`);
    });
    await Promise.all(
      Array.from({ length: 20 }, () =>
        store.transaction(async (tx) => {
          const row = await tx.get<Row>(`SELECT revision FROM notes WHERE id = 'counter'`);
          await new Promise((resolve) => setImmediate(resolve));
          await tx.run(`UPDATE notes SET revision = ? WHERE id = 'counter'`, [row!.revision + 1]);
        }),
      ),
    );

    expect(await store.get<Row>(`SELECT revision FROM notes WHERE id = 'counter'`)).toEqual({ revision: 20 });
  });
});
