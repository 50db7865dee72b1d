import { DomainError } from '@telemed/domain/core';
import type { ExpectedRevision } from './event-store.port';

/** Another writer changed the stream since it was read. Mapped to HTTP 409. */
export class VersionConflict extends DomainError {
  constructor(
    readonly streamId: string,
    readonly expectedRevision: ExpectedRevision,
    readonly actualRevision: number | 'no-stream',
  ) {
    super(
      'conflict',
      'version-conflict',
      `stream ${streamId} is at revision ${actualRevision}, expected ${expectedRevision}`,
    );
  }
}

/** An event id that is already in the log: the store never records one event twice. */
export class DuplicateEvent extends DomainError {
  constructor(readonly eventId: string) {
    super('conflict', 'duplicate-event', `event ${eventId} is already recorded`);
  }
}
