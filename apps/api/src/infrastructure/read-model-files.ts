import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteReadModelStore, type ReadModelStore } from '@telemed/projections';

/** Read models that can be rebuilt beside the live ones and promoted in their place. */
export interface ReadModelProvisioner {
  openLive(): Promise<ReadModelStore>;
  createFresh(): Promise<FreshReadModels>;
}

export interface FreshReadModels {
  readonly store: ReadModelStore;
  /** Records the fresh store as the live one (for the next start) and forgets the one it replaced. */
  promote(replaced: ReadModelStore): Promise<void>;
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
      promote: async (replaced) => {
        const previous = join(this.dataDir, this.liveFile);
        const pointer = join(this.dataDir, POINTER_FILE);
        writeFileSync(`${pointer}.tmp`, `${file}\n`);
        renameSync(`${pointer}.tmp`, pointer);
        this.liveFile = file;
        await replaced.close();
        removeDatabaseFiles(previous);
      },
      discard: async () => {
        await store.close();
        removeDatabaseFiles(path);
      },
    };
  }
}
