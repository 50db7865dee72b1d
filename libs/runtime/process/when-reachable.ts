import { storeFailureOf } from '@telemed/event-store/store-failures';
import type { LogLine } from '@telemed/messaging';
import type { ProbeServer } from '@telemed/observability';
import { retryUntilDone } from './process-lifecycle';

/** What a process without an HTTP API waits with: its log, its probes (readiness names the store) and its stop signal. */
export interface StartupWaiting {
  log: LogLine;
  probes: Pick<ProbeServer, 'waiting'>;
  stopping: AbortSignal;
}

/**
 * Opens a store, waiting (with a back-off, each attempt logged, readiness naming it) while its database
 * cannot be reached yet; a failure waiting would not mend (a wrong password) ends the start-up.
 */
export function whenReachable<T>(name: string, open: () => Promise<T> | T, { log, probes, stopping }: StartupWaiting): Promise<T> {
  return retryUntilDone(`opening the ${name}`, async () => open(), log, stopping, {
    retryable: (error) => storeFailureOf(error) === 'unavailable',
    onFailure: (error) => probes.waiting(name, error instanceof Error ? error.message : String(error)),
  });
}
