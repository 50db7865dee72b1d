import { VersionConflict } from './event-store.errors';
import type { ExpectedRevision } from './event-store.port';

/**
 * Whether a stream at `current` (undefined: no stream) is where a writer expecting `expected` thinks
 * it is. A missing stream counts as revision -1 for a numeric expectation, matching what an empty
 * append to it reports.
 */
export function expectationHolds(expected: ExpectedRevision, current: number | undefined): boolean {
  if (expected === 'any') return true;
  if (expected === 'no-stream') return current === undefined;
  if (expected === 'stream-exists') return current !== undefined;
  return expected === (current ?? -1);
}

/** Throws VersionConflict unless the stream is where the writer expects it. */
export function assertExpectedRevision(streamId: string, expected: ExpectedRevision, current: number | undefined): void {
  if (!expectationHolds(expected, current)) throw new VersionConflict(streamId, expected, current ?? 'no-stream');
}
