import type { SqlExecutor } from './read-model-store';

/** The checkpoint of the read models the API serves, kept by its runner and by a rebuild alike. */
export const READ_MODELS_CHECKPOINT = 'read-models';

export const CHECKPOINT_SCHEMA = [
  `CREATE TABLE IF NOT EXISTS projection_checkpoints (
     name TEXT PRIMARY KEY,
     position TEXT NOT NULL,
     updated_at TEXT NOT NULL
   )`,
];

export async function readCheckpoint(db: SqlExecutor, name: string): Promise<bigint> {
  const row = await db.get<{ position: string }>('SELECT position FROM projection_checkpoints WHERE name = ?', [name]);
  return row ? BigInt(row.position) : 0n;
}

export async function writeCheckpoint(db: SqlExecutor, name: string, position: bigint): Promise<void> {
  await db.run(
    `INSERT INTO projection_checkpoints (name, position, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at`,
    [name, position.toString(), new Date().toISOString()],
  );
}

/**
 * Locks a checkpoint row for the rest of the transaction and answers its position. Two runners
 * over the same read models (two processes) then take turns, and each applies only what the
 * other has not: in PostgreSQL the UPDATE holds the row lock until commit; in SQLite the write
 * transaction is exclusive already.
 */
export async function claimCheckpoint(tx: SqlExecutor, name: string): Promise<bigint> {
  await tx.run(
    `INSERT INTO projection_checkpoints (name, position, updated_at) VALUES (?, '0', ?) ON CONFLICT (name) DO NOTHING`,
    [name, new Date().toISOString()],
  );
  await tx.run('UPDATE projection_checkpoints SET updated_at = updated_at WHERE name = ?', [name]);
  return readCheckpoint(tx, name);
}
