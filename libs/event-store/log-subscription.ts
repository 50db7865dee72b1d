import type { EventStore, ReadAllSlice, SubscribeOptions, Subscription, SubscriptionHandler } from './event-store.port';

export const DEFAULT_SUBSCRIPTION_BATCH_SIZE = 500;

export interface LogSubscriptionTuning {
  /**
   * While catching up, read the next slice while the handler works on this one. Worth it where a
   * read waits on a server (PostgreSQL); a store that reads synchronously gains nothing.
   */
  readAhead?: boolean;
}

/**
 * Resolves when the log may have grown: on an append notification, or after a poll interval so
 * that writers in other processes are seen too. It must also resolve (or reject) once `signal`
 * aborts. An adapter whose notifications can fire between a read and the wait should resolve at
 * once if anything was appended since the last `readAll` began.
 */
export type WaitForChange = (signal: AbortSignal) => Promise<void>;

/**
 * Catch-up-then-live subscription over any store that can page through its log.
 *
 * It reads `batchSize` events after its cursor, hands them to the handler, awaits it, and moves the
 * cursor to the slice's `scannedUpTo`; when nothing is new it waits for a change and reads again.
 * Catch-up and live delivery are the same loop, so no event is delivered twice or out of order.
 *
 * When a filtered read passes over events without a match, the handler is still called, with an
 * empty array and the new `scannedUpTo`, so a checkpointing subscriber can advance over them.
 *
 * A handler (or store) error ends the subscription and `done` rejects with it. `done` is the only
 * place the error is reported (it never becomes an unhandled rejection), so whoever runs a
 * subscription must observe it. `stop()` aborts the wait at once and resolves after the handler
 * call in flight returns; a handler must not await `stop()` of its own subscription (it would
 * wait for itself).
 */
export function startLogSubscription(
  store: Pick<EventStore, 'readAll'>,
  options: SubscribeOptions,
  handler: SubscriptionHandler,
  waitForChange: WaitForChange,
  { readAhead = false }: LogSubscriptionTuning = {},
): Subscription {
  const batchSize = options.batchSize ?? DEFAULT_SUBSCRIPTION_BATCH_SIZE;
  const catchUpBatchSize = options.catchUpBatchSize ?? batchSize;
  for (const [name, size] of [['batchSize', batchSize], ['catchUpBatchSize', catchUpBatchSize]] as const) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`${name} must be a positive integer, got ${size}`);
  }
  const stopping = new AbortController();
  const { signal } = stopping;

  const read = (after: bigint, maxCount: number) => store.readAll({ after, maxCount, filter: options.filter });

  const run = async (): Promise<void> => {
    let cursor = options.after;
    let size = batchSize;
    let next: Promise<ReadAllSlice> | undefined;
    while (!signal.aborted) {
      const slice = await (next ?? read(cursor, size));
      next = undefined;
      // A full slice means the subscriber is behind: larger batches then, until a slice comes back short.
      const behind = slice.events.length === size;
      size = behind ? catchUpBatchSize : batchSize;
      if (signal.aborted) return;
      const lastEvent = slice.events[slice.events.length - 1];
      // The cursor never falls behind an event already delivered, even if a slice under-reports its scan.
      const scannedUpTo =
        lastEvent && lastEvent.globalPosition > slice.scannedUpTo ? lastEvent.globalPosition : slice.scannedUpTo;
      if (slice.events.length > 0 || scannedUpTo > cursor) {
        // Behind, the next slice is read while the handler works on this one; live, the next read
        // waits for the handler, as it always did.
        if (readAhead && behind) {
          next = read(scannedUpTo, size);
          next.catch(() => undefined); // awaited in the next turn, or dropped with the subscription
        }
        await handler(slice.events, scannedUpTo);
        cursor = scannedUpTo;
        continue;
      }
      try {
        await waitForChange(signal);
      } catch (error) {
        if (signal.aborted) return;
        throw error;
      }
    }
  };

  const done = run();
  done.catch(() => undefined);
  return {
    done,
    async stop() {
      stopping.abort();
      await done.catch(() => undefined);
    },
  };
}

/**
 * The usual `WaitForChange`: resolves on the first of an append notification (in the next turn of
 * the event loop), a poll interval, or the abort of `signal`. `onAppend` registers a listener and returns its removal.
 */
export function waitForAppendOrPoll(
  onAppend: (listener: () => void) => () => void,
  pollIntervalMs: number,
  signal: AbortSignal,
): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const finish = () => {
      clearTimeout(timer);
      removeAppendListener();
      signal.removeEventListener('abort', finish);
      resolve();
    };
    const timer = setTimeout(finish, pollIntervalMs);
    // Woken by an append, it reads once the appends of this turn of the event loop are all in, so
    // that concurrent requests share one read and one read-model transaction instead of one each.
    const removeAppendListener = onAppend(() => setImmediate(finish));
    signal.addEventListener('abort', finish, { once: true });
  });
}
