import type { DomainEvent } from '@telemed/domain/core';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import type { AppendResult, EventStore, StreamAppend } from '@telemed/event-store/event-store.port';
import { VersionConflict } from '@telemed/event-store/event-store.errors';
import { toNewEvents } from './new-events';
import { readState } from './stream-state';
import type { Fold } from './stream-state-cache';

/**
 * Undoes what a unit of work wrote to a stream, decided on the stream's state when the undo runs
 * (other writers may have moved it on since). Answers no events when there is nothing left to undo.
 */
export type Compensation<State> = (current: State, reason: string) => DomainEvent[];

/** A compensation could not be written: a reservation may be left without the record it was made for. */
export class CompensationFailed extends Error {
  constructor(
    readonly failedStreamId: string,
    readonly failure: unknown,
    readonly compensationErrors: unknown[],
  ) {
    super(
      `appending to ${failedStreamId} failed (${describeFailure(failure)}) and undoing the reservations made before it ` +
        `failed too: ${compensationErrors.map(describeFailure).join('; ')}`,
    );
    this.name = 'CompensationFailed';
  }
}

/** A stream the saga may have to undo: how it folds and its compensations, in the order recorded. */
export interface Reservation {
  fold: Fold;
  compensations: Compensation<unknown>[];
}

/** How often an undo is decided again when the stream moved on while it was being written. */
const MAX_COMPENSATION_ATTEMPTS = 10;

/**
 * Appends a unit of work's streams one by one on a store without multi-stream transactions:
 * reservations first (streams with a compensation, the experts' calendars), then the one stream
 * that has none (the case). When an append fails, every reservation already written is undone,
 * newest first, and the failure is rethrown. `UnitOfWork.commit` tells why this keeps the invariant.
 */
export async function commitAsSaga(
  store: EventStore,
  appends: StreamAppend[],
  reservations: ReadonlyMap<string, Reservation>,
  metadata: EventMetadata,
): Promise<AppendResult[]> {
  const isReservation = (append: StreamAppend) => reservations.has(append.streamId);
  const rest = appends.filter((append) => !isReservation(append));
  if (rest.length > 1) {
    // Two streams that cannot be undone could be left half-written; refuse before writing anything.
    throw new Error(
      `without atomic multi-stream appends a unit of work writes at most one stream without a compensation, ` +
        `got ${rest.map((append) => append.streamId).join(', ')}`,
    );
  }
  const results: AppendResult[] = [];
  const reserved: string[] = [];
  for (const append of [...appends.filter(isReservation), ...rest]) {
    try {
      results.push(await store.appendToStream(append.streamId, append.events, append.expectedRevision));
    } catch (failure) {
      await undoReservations(store, reserved, reservations, append.streamId, failure, metadata);
      throw failure;
    }
    if (isReservation(append)) reserved.push(append.streamId);
  }
  return results;
}

async function undoReservations(
  store: EventStore,
  streamIds: string[],
  reservations: ReadonlyMap<string, Reservation>,
  failedStreamId: string,
  failure: unknown,
  metadata: EventMetadata,
): Promise<void> {
  const reason = `compensation: ${failedStreamId} was not written (${describeFailure(failure)})`;
  const errors: unknown[] = [];
  for (const streamId of [...streamIds].reverse()) {
    await undo(store, streamId, reservations.get(streamId)!, reason, metadata).catch((error: unknown) => void errors.push(error));
  }
  if (errors.length > 0) throw new CompensationFailed(failedStreamId, failure, errors);
}

/** Decides the stream's compensations, newest first, on its state now, and appends them; decides again if it moved meanwhile. */
async function undo(store: EventStore, streamId: string, { fold, compensations }: Reservation, reason: string, metadata: EventMetadata): Promise<void> {
  const newestFirst = [...compensations].reverse();
  for (let attempt = 1; ; attempt++) {
    const { state, expectedRevision } = await readState(store, streamId, fold);
    let current = state;
    const events: DomainEvent[] = [];
    for (const compensate of newestFirst) {
      const undone = compensate(current, reason);
      current = undone.reduce(fold.evolve, current);
      events.push(...undone);
    }
    if (events.length === 0) return;
    try {
      await store.appendToStream(streamId, toNewEvents(events, metadata), expectedRevision);
      return;
    } catch (error) {
      if (!(error instanceof VersionConflict) || attempt >= MAX_COMPENSATION_ATTEMPTS) throw error;
    }
  }
}

function describeFailure(failure: unknown): string {
  return failure instanceof Error ? failure.message : String(failure);
}
