import type { EventStore } from '@telemed/event-store/event-store.port';
import type { Projection } from './projection';
import type { ReadModelStore } from './read-model-store';
import { applyProjections, createProjectionSchema } from './projection-runner';
import { READ_MODELS_CHECKPOINT, readCheckpoint, writeCheckpoint } from './checkpoints';

/**
 * Events folded into one batch of rows: small enough that a batch's events and rows die young (the
 * garbage collector copies whatever is still alive at each scavenge), large enough that most rows
 * an event changes are written once per batch.
 */
const DEFAULT_BATCH_SIZE = 1000;
/** Events committed together: a commit writes every page the transaction dirtied, so fewer commits write each page fewer times. */
const DEFAULT_EVENTS_PER_COMMIT = 10_000;

export interface RebuildReport {
  eventsApplied: number;
  position: bigint;
}

export interface RebuildOptions {
  batchSize?: number;
  /** Events applied in one transaction (in batches of `batchSize`), with the checkpoint at its end. */
  eventsPerCommit?: number;
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
  const run = async () => {
    const report = await replay(store, target, projections, { ...options, checkpointName }, from);
    // Indexes a fresh store was rebuilt without (an index that already existed was kept up to date),
    // built inside the bulk load: sorting the keys in memory, without syncing.
    await createProjectionSchema(target, projections);
    return report;
  };
  // Only a store that holds nothing yet is bulk-loaded: one that serves (a catch-up) keeps its durability.
  return from === 0n && target.bulkLoad ? target.bulkLoad(run) : run();
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
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const eventsPerCommit = Math.max(batchSize, options.eventsPerCommit ?? DEFAULT_EVENTS_PER_COMMIT);
  let after = from;
  let eventsApplied = 0;
  let stalled = false;
  while (after < until && !stalled) {
    await target.transaction(async (tx) => {
      for (let read = 0; read < eventsPerCommit && after < until; ) {
        const slice = await store.readAll({ after, maxCount: batchSize, filter: { eventTypes } });
        const events = slice.events.filter((event) => event.globalPosition <= until);
        const reached = slice.scannedUpTo < until ? slice.scannedUpTo : until;
        await applyProjections(projections, events, tx);
        eventsApplied += events.length;
        read += Math.max(slice.events.length, 1);
        if (reached <= after) {
          stalled = true;
          break;
        }
        after = reached;
      }
      await writeCheckpoint(tx, checkpointName, after);
    });
    options.onProgress?.({ position: after, until, eventsApplied });
  }
  return { eventsApplied, position: after };
}
