import {
  type ReadAllOptions,
  type ReadAllSlice,
  type RecordedEvent,
  startLogSubscription,
  type SubscriptionHandler,
} from '@telemed/event-store';
import { newEvent, until } from '../conformance/event-store-fixtures';

/** A log held in an array, read the way an adapter reads it; `scannedUpToOverride` lets a test misreport scans. */
function arrayLog() {
  const events: RecordedEvent[] = [];
  const reads: ReadAllOptions[] = [];
  const log = {
    events,
    reads,
    scannedUpToOverride: undefined as bigint | undefined,
    append(type = 'NoteAdded') {
      const position = BigInt(events.length + 1);
      const event = { ...newEvent(type), streamId: 'note-1', streamRevision: events.length, globalPosition: position };
      events.push({ ...event, recordedAt: new Date().toISOString() });
    },
    async readAll(options: ReadAllOptions = {}): Promise<ReadAllSlice> {
      reads.push(options);
      const after = options.after ?? 0n;
      const maxCount = options.maxCount ?? 1000;
      const types = options.filter?.eventTypes;
      const matching = events.filter((event) => event.globalPosition > after && (!types || types.includes(event.type)));
      const page = matching.slice(0, maxCount);
      const head = BigInt(events.length);
      const scannedUpTo = page.length === maxCount ? page[page.length - 1].globalPosition : head;
      return { events: page, scannedUpTo: log.scannedUpToOverride ?? scannedUpTo };
    },
  };
  return log;
}

/** Waits until the test releases it or the subscription stops. */
function releasableWait() {
  let release = () => {};
  const waitForChange = (signal: AbortSignal) =>
    new Promise<void>((resolve) => {
      release = resolve;
      signal.addEventListener('abort', () => resolve(), { once: true });
    });
  return { waitForChange, release: () => release() };
}

describe('a log subscription over any store', () => {
  const recording = () => {
    const calls: { positions: bigint[]; scannedUpTo: bigint }[] = [];
    const handler: SubscriptionHandler = async (events, scannedUpTo) =>
      void calls.push({ positions: events.map((event) => event.globalPosition), scannedUpTo });
    return { calls, handler };
  };

  it('pages through the log in batches of batchSize and then waits for a change before reading again', async () => {
    const log = arrayLog();
    for (let index = 0; index < 5; index++) log.append();
    const { calls, handler } = recording();
    const wait = releasableWait();
    const subscription = startLogSubscription(log, { after: 0n, batchSize: 2 }, handler, wait.waitForChange);

    await until(() => calls.length === 3, 'the catch-up is delivered in three batches');
    expect(calls.map((call) => call.positions)).toEqual([[1n, 2n], [3n, 4n], [5n]]);
    expect(log.reads.every((read) => read.maxCount === 2)).toBe(true);
    log.append();
    wait.release();
    await until(() => calls.length === 4, 'the new event is delivered after the wait');
    await subscription.stop();
    expect(calls[3].positions).toEqual([6n]);
  });

  it('reads catchUpBatchSize events at a time while behind and batchSize again once caught up', async () => {
    const log = arrayLog();
    for (let index = 0; index < 9; index++) log.append();
    const { calls, handler } = recording();
    const wait = releasableWait();
    const subscription = startLogSubscription(log, { after: 0n, batchSize: 2, catchUpBatchSize: 4 }, handler, wait.waitForChange);

    await until(() => calls.length === 3, 'the catch-up is delivered in three batches');
    expect(calls.map((call) => call.positions)).toEqual([[1n, 2n], [3n, 4n, 5n, 6n], [7n, 8n, 9n]]);
    await until(() => log.reads.length === 4, 'the caught-up subscription reads once more, finds nothing and waits');
    for (let index = 0; index < 2; index++) log.append();
    wait.release();
    await until(() => calls.length === 4, 'the new events are delivered after the wait');
    await subscription.stop();
    expect(calls[3].positions).toEqual([10n, 11n]);
    expect(log.reads.map((read) => read.maxCount).slice(0, 5)).toEqual([2, 4, 4, 2, 2]);
  });

  it('with read-ahead, reads the next slice while the handler works only when behind', async () => {
    const log = arrayLog();
    for (let index = 0; index < 3; index++) log.append();
    const readsWhileHandling: number[] = [];
    const handler: SubscriptionHandler = async () => void readsWhileHandling.push(log.reads.length);
    const wait = releasableWait();
    const subscription = startLogSubscription(log, { after: 0n, batchSize: 2 }, handler, wait.waitForChange, { readAhead: true });

    await until(() => readsWhileHandling.length === 2, 'the catch-up is delivered in two batches');
    log.append();
    wait.release();
    await until(() => readsWhileHandling.length === 3, 'the live event is delivered');
    await subscription.stop();
    // The first batch was full, so the second read was under way while it was handled; the short
    // second batch and the live one (read after an empty third read) with no read under way.
    expect(readsWhileHandling).toEqual([2, 2, 4]);
  });

  it('hands a filtered subscriber an empty batch with the new checkpoint when only skipped events were scanned', async () => {
    const log = arrayLog();
    log.append('NoteAdded');
    log.append('NoteAdded');
    const { calls, handler } = recording();
    const subscription = startLogSubscription(
      log,
      { after: 0n, filter: { eventTypes: ['ConsultationScheduled'] } },
      handler,
      releasableWait().waitForChange,
    );
    await until(() => calls.length === 1, 'the checkpoint is handed over');
    await subscription.stop();
    expect(calls).toEqual([{ positions: [], scannedUpTo: 2n }]);
  });

  it('never delivers an event twice even when a slice reports a scan short of its own last event', async () => {
    const log = arrayLog();
    log.append();
    log.append();
    log.scannedUpToOverride = 0n;
    const { calls, handler } = recording();
    const wait = releasableWait();
    const subscription = startLogSubscription(log, { after: 0n }, handler, wait.waitForChange);
    await until(() => calls.length === 1, 'the events are delivered');
    wait.release();
    await until(() => log.reads.length >= 3, 'the subscription has read again');
    await subscription.stop();
    expect(calls).toEqual([{ positions: [1n, 2n], scannedUpTo: 2n }]);
  });

  it('ends with the error when waiting for a change fails', async () => {
    const failure = new Error('the notification channel broke');
    const subscription = startLogSubscription(arrayLog(), { after: 0n }, recording().handler, () =>
      Promise.reject(failure),
    );
    await expect(subscription.done).rejects.toBe(failure);
  });

  it('refuses a batch size that is not a positive integer', () => {
    const start = (batchSize: number) =>
      startLogSubscription(arrayLog(), { after: 0n, batchSize }, recording().handler, releasableWait().waitForChange);
    expect(() => start(0)).toThrow(RangeError);
    expect(() => start(1.5)).toThrow(RangeError);
  });
});
