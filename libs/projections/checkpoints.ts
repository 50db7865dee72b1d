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

/**
 * Sent like a projection's writes, in a transaction, which waits for it before it commits: a
 * batch's checkpoint then costs no round trip of its own.
 */
export async function writeCheckpoint(tx: SqlExecutor, name: string, position: bigint): Promise<void> {
  tx.write(
    `INSERT INTO projection_checkpoints (name, position, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at`,
    [name, position.toString(), new Date().toISOString()],
  );
}

/**
 * Locks a checkpoint row for the rest of the transaction and answers its position. Two runners
 * over the same read models (two processes) then take turns, and each applies only what the
 * other has not: in PostgreSQL the conflicting upsert holds the row lock until commit and answers
 * the position last committed; in SQLite the write transaction is exclusive already. One statement,
 * so that claiming costs a batch one round trip.
 */
export async function claimCheckpoint(tx: SqlExecutor, name: string): Promise<bigint> {
  const row = await tx.get<{ position: string }>(
    `INSERT INTO projection_checkpoints (name, position, updated_at) VALUES (?, '0', ?)
     ON CONFLICT (name) DO UPDATE SET updated_at = projection_checkpoints.updated_at
     RETURNING position`,
    [name, new Date().toISOString()],
  );
  return BigInt(row!.position);
}
