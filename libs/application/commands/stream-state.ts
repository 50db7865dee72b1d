import type { Decider, DomainEvent } from '@telemed/domain/core';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { EventStore, ExpectedRevision } from '@telemed/event-store/event-store.port';
import type { Fold, StreamStateCache } from './stream-state-cache';

/** A stream as a command read it: its folded state and the revision an append expects unchanged. */
export interface LoadedStream<State> {
  streamId: string;
  state: State;
  /** The revision the stream was read at; appends expect it to be unchanged. */
  expectedRevision: ExpectedRevision;
}

export function toDomainEvent(event: RecordedEvent): DomainEvent {
  return { type: event.type, data: event.data };
}

/**
 * A stream's state, folded from the cache's copy and the events since it, or from the latest
 * summary (the books closed) on, or from the start; and the revision it was read at.
 */
export async function readState(
  store: EventStore,
  streamId: string,
  fold: Fold,
  cache?: StreamStateCache,
): Promise<{ state: unknown; expectedRevision: ExpectedRevision }> {
  const cached = cache?.get(streamId, fold);
  const recorded = cached
    ? await store.readStream(streamId, { fromRevision: cached.revision + 1 })
    : fold.summaryEventType
      ? await readSinceLatestSummary(store, streamId, fold.summaryEventType)
      : await store.readStream(streamId);
  const state = recorded.reduce((current, event) => fold.evolve(current, toDomainEvent(event)), cached ? cached.state : fold.initialState());
  const revision = recorded.length > 0 ? recorded[recorded.length - 1].streamRevision : cached?.revision;
  if (revision === undefined) return { state, expectedRevision: 'no-stream' };
  if (recorded.length > 0) cache?.set(streamId, fold, state, revision);
  return { state, expectedRevision: revision };
}

/** The decider's fold, as the reads take it. */
export function foldOf<State, Event extends DomainEvent>(decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState' | 'summaryEventType'>): Fold {
  return decider as unknown as Fold;
}

/** Events per backward read while looking for the latest summary. */
const SUMMARY_SEARCH_PAGE = 64;

/**
 * The stream's events from its latest summary (the books closed) on, in order: read backwards page
 * by page until one is found, or the whole stream for a stream that has none (a log written before
 * summaries, or one still short). Folding them from the initial state gives the stream's state.
 */
async function readSinceLatestSummary(store: EventStore, streamId: string, summaryEventType: string): Promise<RecordedEvent[]> {
  const newestFirst: RecordedEvent[] = [];
  let fromRevision: number | undefined;
  for (;;) {
    const page = await store.readStream(streamId, { direction: 'backwards', fromRevision, maxCount: SUMMARY_SEARCH_PAGE });
    for (const event of page) {
      newestFirst.push(event);
      if (event.type === summaryEventType) return newestFirst.reverse();
    }
    const oldest = page[page.length - 1];
    if (page.length < SUMMARY_SEARCH_PAGE || oldest.streamRevision === 0) return newestFirst.reverse();
    fromRevision = oldest.streamRevision - 1;
  }
}
