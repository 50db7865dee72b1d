import { randomUUID } from 'node:crypto';
import type { DomainEvent } from '@telemed/domain/core';
import type { EventMetadata, NewEvent } from '@telemed/event-store/event-envelope';

/** Current schema version of every event type; bumped, with an upcaster, when a type's data changes shape. */
export const CURRENT_SCHEMA_VERSION = 1;

/** The domain's events as the log stores them: each with its own id, the schema version and the command's metadata. */
export function toNewEvents(events: DomainEvent[], metadata: EventMetadata): NewEvent[] {
  return events.map((event) => ({
    eventId: randomUUID(),
    type: event.type,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    data: event.data,
    metadata,
  }));
}
