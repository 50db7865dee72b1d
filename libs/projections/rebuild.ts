import type { EventStore } from '@telemed/event-store/event-store.port';
import type { Projection } from './projection';
import type { ReadModelStore } from './read-model-store';
import { applyProjections, createProjectionSchema } from './projection-runner';
import { READ_MODELS_CHECKPOINT, readCheckpoint, writeCheckpoint } from './checkpoints';

const DEFAULT_BATCH_SIZE = 5000;

export interface RebuildReport {
  eventsApplied: number;
  position: bigint;
}

export interface RebuildOptions {
  batchSize?: number;
  checkpointName?: string;
  /** Last position to apply; the log's head when the rebuild starts, by default. */
  until?: bigint;
  onProgress?: (progress: { position: bigint; until: bigint; eventsApplied: number }) => void;
}

/**
 * Replays the log into a read-model store from its checkpoint: an empty store is rebuilt from
 * position 0, a partly rebuilt one continues where it stopped. An empty store is bulk-loaded and
 * gets its secondary indexes once caught up.
 */
export async function rebuildReadModels(
  store: EventStore,
  target: ReadModelStore,
  projections: readonly Projection[],
  options: RebuildOptions = {},
): Promise<RebuildReport> {
  await createProjectionSchema(target, projections, { withIndexes: false });
  const checkpointName = options.checkpointName ?? READ_MODELS_CHECKPOINT;
  const from = await readCheckpoint(target, checkpointName);
  const run = () => replay(store, target, projections, { ...options, checkpointName }, from);
  // Only a store that holds nothing yet is bulk-loaded: one that serves (a catch-up) keeps its durability.
  const report = from === 0n && target.bulkLoad ? await target.bulkLoad(run) : await run();
  // Indexes a fresh store was rebuilt without; an index that already existed was kept up to date.
  await createProjectionSchema(target, projections);
  return report;
}

async function replay(
  store: EventStore,
  target: ReadModelStore,
  projections: readonly Projection[],
  options: RebuildOptions & { checkpointName: string },
  from: bigint,
): Promise<RebuildReport> {
  const { checkpointName } = options;
  const eventTypes = [...new Set(projections.flatMap((projection) => [...projection.eventTypes]))];
  const until = options.until ?? (await store.headPosition());
  let after = from;
  let eventsApplied = 0;
  while (after < until) {
    const slice = await store.readAll({ after, maxCount: options.batchSize ?? DEFAULT_BATCH_SIZE, filter: { eventTypes } });
    const events = slice.events.filter((event) => event.globalPosition <= until);
    const reached = slice.scannedUpTo < until ? slice.scannedUpTo : until;
    await target.transaction(async (tx) => {
      await applyProjections(projections, events, tx);
      await writeCheckpoint(tx, checkpointName, reached);
    });
    eventsApplied += events.length;
    options.onProgress?.({ position: reached, until, eventsApplied });
    if (reached <= after) break;
    after = reached;
  }
  return { eventsApplied, position: after };
}
