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

/**
 * Data written by a newer release than this one (a downgrade): refused, never read or migrated
 * backwards. Start-up reports it and exits with status 2.
 */
export class NewerSchemaVersion extends Error {
  constructor(what: string, found: number, known: number) {
    super(
      `${what} has schema version ${found}; this release knows up to ${known}. ` +
        'It was written by a newer release: run that release, or restore a backup taken before the upgrade.',
    );
    this.name = 'NewerSchemaVersion';
  }
}
