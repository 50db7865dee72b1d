import { type AllStreamResolvedEvent, type EventStoreDBClient, START } from '@eventstore/db-client';
import type { RecordedEvent } from '../event-envelope';
import type { SubscribeOptions, Subscription, SubscriptionHandler } from '../event-store.port';
import { DEFAULT_SUBSCRIPTION_BATCH_SIZE } from '../log-subscription';
import { isSystemEventType, logFilterMatcher, serverSideFilter, toRecordedEvent } from './eventstoredb-envelope';

/** How many records one page of the server's filtered catch-up looks at; also its checkpoint cadence. */
const SEARCH_WINDOW = 128;

/** A checkpoint reached, pushed into the client's readable in order with the events around it. */
class CheckpointReached {
  constructor(readonly position: bigint) {}
}

export interface ServerSubscriptionSettings {
  /** How long the subscription waits, with nothing to deliver, before it scans past unmatched records itself. */
  idleScanIntervalMs: number;
  /**
   * Reads the raw log after `after` and answers the position of the last user record before the
   * first one `matches` accepts (or `after` when there is none): how far the subscription may
   * advance over records the server filtered out.
   */
  scanPastUnmatched: (after: bigint, matches: (event: { type: string; streamId: string }) => boolean) => Promise<bigint>;
}

/**
 * Catch-up-then-live delivery over the client's `subscribeToAll`, filtered on the server.
 *
 * Events arrive in log order and go to the handler in batches of at most `batchSize`; the next
 * batch is read only after the handler returns. `scannedUpTo` is the furthest position known to be
 * passed over: the last event delivered, a checkpoint the server reached (it sends one every
 * SEARCH_WINDOW records considered and when catch-up ends), or, when the subscription has been idle
 * for `idleScanIntervalMs`, the end of the run of unmatched records the adapter finds by reading
 * the log after its cursor. That run stops before the first matching record, which the server is
 * still to deliver, so the cursor never passes an event the handler has not seen. Without that
 * scan a filtered subscriber would only move its checkpoint every SEARCH_WINDOW live records.
 *
 * Everything the server sends is checked again against the exact filter (see `logFilterMatcher`):
 * system records and the list the server could not filter on never reach the handler.
 */
export function startServerSubscription(
  client: EventStoreDBClient,
  options: SubscribeOptions,
  handler: SubscriptionHandler,
  settings: ServerSubscriptionSettings,
): Subscription {
  const batchSize = options.batchSize ?? DEFAULT_SUBSCRIPTION_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  }
  const matches = logFilterMatcher(options.filter);
  const stopping = new AbortController();
  const stopped = new Promise<'stopped'>((resolve) => stopping.signal.addEventListener('abort', () => resolve('stopped'), { once: true }));
  const source = client.subscribeToAll(
    {
      fromPosition: options.after === 0n ? START : { commit: options.after, prepare: options.after },
      filter: serverSideFilter(options.filter, {
        maxSearchWindow: SEARCH_WINDOW,
        // Called from inside the readable's transform, so the marker lands after the events before it.
        checkpointReached: (subscription, position) => void subscription.push(new CheckpointReached(position.commit)),
      }),
    },
    { highWaterMark: batchSize },
  );

  const run = async (): Promise<void> => {
    const items = source[Symbol.asyncIterator]();
    let next: Promise<IteratorResult<unknown>> | undefined;
    let cursor = options.after; // what the handler has been told
    let reached = cursor; // what the stream has shown since
    const batch: RecordedEvent[] = [];
    try {
      while (!stopping.signal.aborted) {
        const pending = batch.length > 0 || reached > cursor;
        if (pending && (batch.length >= batchSize || source.readableLength === 0)) {
          await handler(batch.splice(0), reached);
          cursor = reached;
          continue;
        }
        next ??= items.next();
        const idle = pending ? undefined : idleTimer(settings.idleScanIntervalMs);
        const outcome = await Promise.race([next, stopped, ...(idle ? [idle.elapsed] : [])]).finally(() => idle?.cancel());
        if (outcome === 'stopped') return;
        if (outcome === 'idle') {
          const scanned = await settings.scanPastUnmatched(reached, matches);
          if (scanned > reached) reached = scanned;
          continue;
        }
        next = undefined;
        if (outcome.done) throw new Error('EventStoreDB ended the subscription to $all');
        if (outcome.value instanceof CheckpointReached) {
          if (outcome.value.position > reached) reached = outcome.value.position;
          continue;
        }
        const record = (outcome.value as AllStreamResolvedEvent).event;
        const position = record?.position?.commit;
        // Records at or before `reached` were passed over already (by a scan or a checkpoint).
        if (!record || position === undefined || position <= reached) continue;
        if (matches(record)) batch.push(toRecordedEvent(record));
        else if (isSystemEventType(record.type)) continue; // the head is the last user record: stay on one
        reached = position;
      }
    } finally {
      next?.catch(() => undefined);
      await source.unsubscribe().catch(() => undefined);
      source.destroy();
    }
  };

  const done = run();
  done.catch(() => undefined); // reported through `done` only
  return {
    done,
    async stop() {
      stopping.abort();
      await done.catch(() => undefined);
    },
  };
}

function idleTimer(ms: number): { elapsed: Promise<'idle'>; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const elapsed = new Promise<'idle'>((resolve) => {
    timer = setTimeout(() => resolve('idle'), ms);
  });
  return { elapsed, cancel: () => clearTimeout(timer) };
}
