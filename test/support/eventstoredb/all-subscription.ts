import { once } from 'node:events';
import type { ServerWritableStream } from '@grpc/grpc-js';
import { ReadReq, ReadResp } from '@eventstore/db-client/generated/streams_pb';
import { matchesFilter, type InMemoryLog, type LogFilterExpression, type StoredEvent } from './in-memory-log';
import { checkpointResponse, readEventResponse, type UuidFormat } from './grpc-messages';

/** The server's read batch: the default search window when the client asks for `count`. */
const DEFAULT_SEARCH_WINDOW = 32;

export interface SubscriptionFilter extends LogFilterExpression {
  /** How many records one catch-up page considers. */
  searchWindow: number;
  /** A checkpoint is sent after this many considered records (multiplier × window). */
  checkpointInterval: number;
}

export function subscriptionFilter(options: ReadReq.Options): SubscriptionFilter | undefined {
  if (!options.hasFilter()) return undefined;
  const filter = options.getFilter()!;
  const expression = filter.hasStreamIdentifier() ? filter.getStreamIdentifier()! : filter.getEventType()!;
  const searchWindow = filter.hasMax() ? filter.getMax() : DEFAULT_SEARCH_WINDOW;
  const multiplier = filter.getCheckpointintervalmultiplier();
  if (searchWindow < 1 || multiplier < 1) throw new RangeError('the search window and the checkpoint interval multiplier must be positive');
  return {
    on: filter.hasStreamIdentifier() ? 'stream' : 'event-type',
    prefixes: expression.getPrefixList(),
    regex: expression.getRegex() === '' ? undefined : new RegExp(expression.getRegex()),
    searchWindow,
    checkpointInterval: searchWindow * multiplier,
  };
}

/**
 * Serves one subscription to $all the way EventStoreDB 23.10+ does: a confirmation, catch-up in
 * pages of the search window (a checkpoint every `checkpointInterval` considered records, and one
 * when catch-up reaches the end), `caught_up`, then live records as they are appended (a
 * checkpoint every `checkpointInterval` of them). Without a filter no checkpoints are sent, and
 * system records are delivered like any other, as the server does. A subscription from a position
 * starts after the record at that position.
 */
export function serveAllSubscription(
  log: InMemoryLog,
  call: ServerWritableStream<ReadReq, ReadResp>,
  start: 'start' | 'end' | bigint,
  filter: SubscriptionFilter | undefined,
  uuidFormat: UuidFormat,
  subscriptionId: string,
): Promise<void> {
  let cancelled = false;
  let wake: () => void = () => undefined;
  const onCancel = () => {
    cancelled = true;
    wake();
  };
  call.on('cancelled', onCancel);
  call.on('close', onCancel);

  const send = async (response: ReadResp) => {
    if (cancelled) return;
    if (!call.write(response)) await Promise.race([once(call, 'drain'), once(call, 'close')]);
  };
  const matches = (event: StoredEvent) => !filter || matchesFilter(event, filter);
  /** Resolves on the next append, at once if the log already grew past `seen` records. */
  const nextAppend = (seen: number) =>
    new Promise<void>((resolve) => {
      const remove = log.onAppend(() => wake());
      wake = () => {
        remove();
        resolve();
      };
      if (cancelled || log.events.length > seen) wake();
    });

  const run = async () => {
    await send(new ReadResp().setConfirmation(new ReadResp.SubscriptionConfirmation().setSubscriptionId(subscriptionId)));
    let index = start === 'start' ? 0 : start === 'end' ? log.events.length : log.indexAfter(start);
    let live = false;
    let lastConsidered: bigint | undefined;
    let sinceCheckpoint = 0;
    const checkpointIfDue = async (reachedEnd: boolean) => {
      if (!filter || lastConsidered === undefined) return;
      if (reachedEnd || sinceCheckpoint >= filter.checkpointInterval) {
        sinceCheckpoint = reachedEnd ? 0 : sinceCheckpoint % filter.checkpointInterval;
        await send(checkpointResponse(lastConsidered));
      }
    };

    while (!cancelled) {
      if (index < log.events.length) {
        const pageEnd = live ? index + 1 : Math.min(index + (filter?.searchWindow ?? DEFAULT_SEARCH_WINDOW), log.events.length);
        for (; index < pageEnd && !cancelled; index++) {
          const event = log.events[index];
          if (matches(event)) await send(readEventResponse(event, uuidFormat));
          lastConsidered = event.position;
          sinceCheckpoint++;
        }
        await checkpointIfDue(!live && index === log.events.length);
        continue;
      }
      if (!live) {
        live = true;
        await send(new ReadResp().setCaughtUp(new ReadResp.CaughtUp()));
      }
      await nextAppend(index);
    }
  };
  return run().finally(() => {
    call.off('cancelled', onCancel);
    call.off('close', onCancel);
  });
}
