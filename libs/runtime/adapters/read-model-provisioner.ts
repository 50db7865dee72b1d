import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resilientPool } from '@telemed/event-store/postgres/resilient-pool';
import { PostgresReadModelStore, SqliteReadModelStore, type ReadModelStore } from '@telemed/projections';

/** Read models that can be rebuilt beside the live ones and promoted in their place. */
export interface ReadModelProvisioner {
  openLive(): Promise<ReadModelStore>;
  createFresh(): Promise<FreshReadModels>;
}

export interface FreshReadModels {
  readonly store: ReadModelStore;
  /** Makes the fresh read models the live ones, also for the next start; answers the store to serve from now on. */
  promote(): Promise<ReadModelStore>;
  /** Closes the store that served before the promotion (none when it could not be opened) and frees what it held. */
  retire(previous: ReadModelStore | undefined): Promise<void>;
  discard(): Promise<void>;
}

export const READ_MODELS_FILE = 'read-models.sqlite';
const POINTER_FILE = 'read-models.current';

function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
}

/**
 * Embedded read models: one SQLite file is live, named by a pointer file. A rebuild writes a new
 * file while the live one keeps serving; promotion switches the pointer atomically, so a crash at
 * any moment leaves either the old or the new read models live, never a mix.
 */
export class SqliteReadModelFiles implements ReadModelProvisioner {
  private liveFile: string;

  constructor(private readonly dataDir: string) {
    const pointer = join(dataDir, POINTER_FILE);
    this.liveFile = existsSync(pointer) ? readFileSync(pointer, 'utf8').trim() : READ_MODELS_FILE;
  }

  async openLive(): Promise<ReadModelStore> {
    return SqliteReadModelStore.open(join(this.dataDir, this.liveFile));
  }

  async createFresh(): Promise<FreshReadModels> {
    const file = `read-models-${new Date().toISOString().replace(/[:.]/g, '-')}.sqlite`;
    const path = join(this.dataDir, file);
    removeDatabaseFiles(path);
    const store = SqliteReadModelStore.open(path);
    return {
      store,
      promote: async () => {
        const pointer = join(this.dataDir, POINTER_FILE);
        writeFileSync(`${pointer}.tmp`, `${file}\n`);
        renameSync(`${pointer}.tmp`, pointer);
        return store;
      },
      retire: async (previous) => {
        const previousFile = join(this.dataDir, this.liveFile);
        this.liveFile = file;
        await previous?.close();
        removeDatabaseFiles(previousFile);
      },
      discard: async () => {
        await store.close();
        removeDatabaseFiles(path);
      },
    };
  }
}

/**
 * Read models in a PostgreSQL schema. A rebuild fills a fresh schema; promotion renames the
 * schemas in one transaction, so every process, whose connections find tables by the schema's
 * name, serves the rebuilt read models from its next query on.
 */
export class PostgresReadModelSchemas implements ReadModelProvisioner {
  constructor(
    private readonly connectionString: string,
    private readonly liveSchema = 'read_models',
  ) {}

  openLive(): Promise<ReadModelStore> {
    return PostgresReadModelStore.connect({ connectionString: this.connectionString, schema: this.liveSchema });
  }

  async createFresh(): Promise<FreshReadModels> {
    const freshSchema = `${this.liveSchema}_rebuild_${Date.now()}`;
    const store = await PostgresReadModelStore.connect({ connectionString: this.connectionString, schema: freshSchema });
    const admin = () => resilientPool({ connectionString: this.connectionString, max: 1 });
    return {
      store,
      promote: async () => {
        await store.close();
        const pool = admin();
        const retired = `${this.liveSchema}_retired_${Date.now()}`;
        try {
          await pool.query(`BEGIN;
            ALTER SCHEMA ${this.liveSchema} RENAME TO ${retired};
            ALTER SCHEMA ${freshSchema} RENAME TO ${this.liveSchema};
            DROP SCHEMA ${retired} CASCADE;
            COMMIT;`);
        } finally {
          await pool.end();
        }
        return this.openLive();
      },
      // The old store's connections already resolve the schema name to the rebuilt tables.
      retire: async (previous) => previous?.close(),
      discard: async () => {
        await store.close();
        const pool = admin();
        try {
          await pool.query(`DROP SCHEMA IF EXISTS ${freshSchema} CASCADE`);
        } finally {
          await pool.end();
        }
      },
    };
  }
}
