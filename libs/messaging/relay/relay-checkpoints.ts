import type { ReadModelStore } from '@telemed/projections/read-model-store';
import type { EventStoreDbCheckpointStore } from '@telemed/event-store/eventstoredb/eventstoredb-checkpoint-store';

export const RELAY_CHECKPOINT_SCHEMA = [
  `CREATE TABLE IF NOT EXISTS relay_checkpoints (
     name TEXT PRIMARY KEY,
     position TEXT NOT NULL,
     updated_at TEXT NOT NULL
   )`,
];

/** How far the relay has published: every event up to the position is acknowledged by Kafka. */
export interface RelayCheckpoints {
  read(): Promise<bigint>;
  write(position: bigint): Promise<void>;
}

/** The relay's checkpoint as one row of a small table, in any SQL store (SQLite file or PostgreSQL schema). */
export class SqlRelayCheckpoints implements RelayCheckpoints {
  private constructor(
    private readonly db: ReadModelStore,
    private readonly name: string,
  ) {}

  static async open(db: ReadModelStore, name = 'kafka-relay'): Promise<SqlRelayCheckpoints> {
    await db.transaction(async (tx) => {
      for (const statement of RELAY_CHECKPOINT_SCHEMA) await tx.run(statement);
    });
    return new SqlRelayCheckpoints(db, name);
  }

  async read(): Promise<bigint> {
    const row = await this.db.get<{ position: string }>('SELECT position FROM relay_checkpoints WHERE name = ?', [this.name]);
    return row ? BigInt(row.position) : 0n;
  }

  async write(position: bigint): Promise<void> {
    await this.db.transaction((tx) =>
      tx.run(
        `INSERT INTO relay_checkpoints (name, position, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at`,
        [this.name, position.toString(), new Date().toISOString()],
      ),
    );
  }
}

/** The relay's checkpoint in EventStoreDB itself, beside the log it forwards (a stream of its own). */
export class EventStoreDbRelayCheckpoints implements RelayCheckpoints {
  constructor(
    private readonly checkpoints: EventStoreDbCheckpointStore,
    private readonly name = 'kafka-relay',
  ) {}

  read(): Promise<bigint> {
    return this.checkpoints.load(this.name);
  }

  write(position: bigint): Promise<void> {
    return this.checkpoints.save(this.name, position);
  }
}
