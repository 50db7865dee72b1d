import type { SqlExecutor } from './read-model-store';

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
