import { NewerSchemaVersion } from '@telemed/event-store/event-store.errors';
import { CHECKPOINT_SCHEMA } from './checkpoints';
import type { Projection } from './projection';
import type { SqlExecutor } from './read-model-store';

/**
 * One row per read model: the version of the projection that built it. A release whose projection
 * changes (its tables or what it makes of an event) bumps `Projection.version`, and read models of
 * the older version are rebuilt from the log rather than trusted.
 */
export const READ_MODEL_VERSIONS_SCHEMA = [
  `CREATE TABLE IF NOT EXISTS read_model_versions (
     projection TEXT PRIMARY KEY,
     version INTEGER NOT NULL
   )`,
];

/** Stamps the projections a store does not list yet with their current versions; never changes a stamped one. */
export async function stampReadModelVersions(tx: SqlExecutor, projections: readonly Projection[]): Promise<void> {
  for (const projection of projections) {
    await tx.run('INSERT INTO read_model_versions (projection, version) VALUES (?, ?) ON CONFLICT (projection) DO NOTHING', [projection.name, projection.version]);
  }
}

export interface ReadModelVersions {
  /** The versions the store holds, by projection; 0 for a read model built before versions were kept. */
  stored: Record<string, number>;
  /** The versions of this release. */
  current: Record<string, number>;
  /** Read models built by an older projection: to be rebuilt. */
  outdated: string[];
  /** True when the store has never been projected into: it is simply filled. */
  empty: boolean;
}

export function currentVersions(projections: readonly Projection[]): Record<string, number> {
  return Object.fromEntries(projections.map((projection) => [projection.name, projection.version]));
}

/**
 * Compares a store's versions with this release's projections. A store that has projected events
 * (it holds a checkpoint) but lists no version for a read model was built before versions were
 * kept: version 0. Refuses (NewerSchemaVersion) a read model built by a newer release.
 */
export async function readModelVersions(db: SqlExecutor, projections: readonly Projection[]): Promise<ReadModelVersions> {
  // Both tables are created first (if missing), so the same queries run on every adapter.
  for (const statement of [...CHECKPOINT_SCHEMA, ...READ_MODEL_VERSIONS_SCHEMA]) await db.run(statement);
  const empty = (await db.get('SELECT 1 AS projected FROM projection_checkpoints WHERE position <> ?', ['0'])) === undefined;
  const rows = await db.all<{ projection: string; version: number | string }>('SELECT projection, version FROM read_model_versions');
  const byName = new Map(rows.map((row) => [row.projection, Number(row.version)]));
  const current = currentVersions(projections);
  const stored: Record<string, number> = {};
  for (const projection of projections) {
    const version = byName.get(projection.name) ?? (empty ? projection.version : 0);
    stored[projection.name] = version;
    if (version > projection.version) throw new NewerSchemaVersion(`the read model ${projection.name}`, version, projection.version);
  }
  return { stored, current, outdated: projections.filter((projection) => stored[projection.name] < projection.version).map((projection) => projection.name), empty };
}
