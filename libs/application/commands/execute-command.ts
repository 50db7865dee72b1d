import type { EventMetadata } from '@telemed/event-store/event-envelope';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { VersionConflict } from '@telemed/event-store/event-store.errors';
import type { StreamStateCache } from './stream-state-cache';
import { UnitOfWork } from './unit-of-work';

export interface CommandOutcome<Result> {
  result: Result;
  /** How many events the command wrote (0 when it changed nothing). */
  eventCount: number;
  /** Global position of the last event written, or the log's head when nothing was written. */
  position: bigint;
}

/**
 * Runs a command: read → decide → append with expected revisions. A version conflict means another
 * writer got there first; the whole command is then decided again on fresh state, so invariants
 * that span streams (an expert's calendar) are checked against what was really committed.
 */
export async function executeCommand<Result>(
  store: EventStore,
  metadata: EventMetadata,
  work: (unitOfWork: UnitOfWork) => Promise<Result>,
  { maxAttempts = 5, cache }: { maxAttempts?: number; cache?: StreamStateCache } = {},
): Promise<CommandOutcome<Result>> {
  for (let attempt = 1; ; attempt++) {
    const unitOfWork = new UnitOfWork(store, cache);
    const result = await work(unitOfWork);
    try {
      const eventCount = unitOfWork.recordedEventCount;
      const lastPosition = await unitOfWork.commit(metadata);
      return { result, eventCount, position: lastPosition ?? (await store.headPosition()) };
    } catch (error) {
      if (!(error instanceof VersionConflict) || attempt >= maxAttempts) throw error;
    }
  }
}
