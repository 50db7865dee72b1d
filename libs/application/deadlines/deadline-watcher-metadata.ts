import { randomUUID } from 'node:crypto';
import type { EventMetadata } from '@telemed/event-store/event-envelope';

/** The backbone itself records a missed deadline: no person acts. */
export function deadlineWatcherMetadata(): EventMetadata {
  return { actor: { userId: 'deadline-watcher', role: 'system' }, correlationId: randomUUID() };
}
