import type { Decider, DomainEvent } from '@telemed/domain/core';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import type { EventStore, ExpectedRevision } from '@telemed/event-store/event-store.port';
import { type Compensation, commitAsSaga, type Reservation } from './compensation-saga';
import { toNewEvents } from './new-events';
import { foldOf, type LoadedStream, readState, toDomainEvent } from './stream-state';
import type { Fold, StreamStateCache } from './stream-state-cache';

export type { Compensation } from './compensation-saga';
export type { LoadedStream } from './stream-state';

export interface RecordOptions<State> {
  /**
   * Marks the stream as a reservation (an expert's or a person's study calendar): the consistency boundary of an
   * invariant that spans streams. See `UnitOfWork.commit` for what it changes on a store without
   * atomic multi-stream appends; on an atomic store it changes nothing.
   */
  compensate?: Compensation<State>;
}

interface PendingStream {
  expectedRevision: ExpectedRevision;
  events: DomainEvent[];
  /** In the order recorded; applied in reverse. */
  compensations: Compensation<unknown>[];
}

/**
 * One command's reads and writes: streams are loaded and folded, decisions are recorded against
 * them, and on commit everything recorded is appended in one transaction, each stream expecting
 * the revision it was read at.
 *
 * On a store without multi-stream transactions (EventStoreDB) the commit is a small saga instead;
 * see `commit`.
 */
export class UnitOfWork {
  private readonly pending = new Map<string, PendingStream>();
  /** How each loaded stream folds, so a compensation can be decided on its state at undo time. */
  private readonly folds = new Map<string, Fold>();
  /** Each stream as this unit of work first read it, by the fold it was read with. */
  private readonly loaded = new Map<string, { fold: Fold; stream: Promise<LoadedStream<unknown>> }>();

  constructor(
    private readonly store: EventStore,
    private readonly cache?: StreamStateCache,
  ) {}

  async load<State, Event extends DomainEvent>(
    streamId: string,
    decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState' | 'summaryEventType'>,
  ): Promise<LoadedStream<State>> {
    const fold = foldOf(decider);
    this.folds.set(streamId, fold);
    // A command that consults a stream twice (an agreement for its terms, then for its cover) reads it
    // once: both see the same revision, and an append still expects the revision it was read at.
    const known = this.loaded.get(streamId);
    if (known?.fold === fold) return (await known.stream) as LoadedStream<State>;
    const stream = readState(this.store, streamId, fold, this.cache).then(({ state, expectedRevision }) => ({ streamId, state, expectedRevision }));
    this.loaded.set(streamId, { fold, stream });
    return (await stream) as LoadedStream<State>;
  }

  /**
   * The first event of a stream, read alone: for streams whose first event says what they are (an
   * expert's registration), so a command that needs only that never reads and folds the rest.
   */
  async readFirstEvent(streamId: string): Promise<DomainEvent | undefined> {
    const [first] = await this.store.readStream(streamId, { direction: 'forwards', maxCount: 1 });
    return first && toDomainEvent(first);
  }

  /**
   * Loads a stream, decides the command on its state and records the events; answers the state
   * the command was decided on and the events it produced.
   */
  decide<Command, Event extends DomainEvent, State>(
    streamId: string,
    decider: Decider<Command, Event, State>,
    command: (state: State) => Command,
    options?: RecordOptions<State>,
  ): Promise<{ state: State; events: Event[] }>;
  decide<Command, Event extends DomainEvent, State>(
    streamId: string,
    decider: Decider<Command, Event, State>,
    command: Command,
    options?: RecordOptions<State>,
  ): Promise<{ state: State; events: Event[] }>;
  async decide<Command, Event extends DomainEvent, State>(
    streamId: string,
    decider: Decider<Command, Event, State>,
    command: Command | ((state: State) => Command),
    options?: RecordOptions<State>,
  ): Promise<{ state: State; events: Event[] }> {
    const stream = await this.load(streamId, decider);
    const resolved = typeof command === 'function' ? (command as (state: State) => Command)(stream.state) : command;
    const events = decider.decide(resolved, stream.state);
    this.record(stream, events, options);
    return { state: stream.state, events };
  }

  /**
   * Decides a command on a stream named by an id the command has just made: there is nothing to
   * read, the decider starts from its initial state, and the append expects no stream, so an id
   * that exists after all ends in a version conflict, never in a second history under one id.
   */
  start<Command, Event extends DomainEvent, State>(
    streamId: string,
    decider: Decider<Command, Event, State>,
    command: Command,
  ): { state: State; events: Event[] } {
    this.folds.set(streamId, foldOf(decider));
    const stream: LoadedStream<State> = { streamId, state: decider.initialState(), expectedRevision: 'no-stream' };
    const events = decider.decide(command, stream.state);
    this.record(stream, events);
    return { state: stream.state, events };
  }

  /** Records events for a loaded stream; they are written when the unit of work commits. */
  record<State>(stream: LoadedStream<State>, events: DomainEvent[], options: RecordOptions<State> = {}): void {
    if (events.length === 0) return;
    if (options.compensate && !this.folds.has(stream.streamId)) {
      throw new Error(`a compensation for ${stream.streamId} needs the stream loaded through this unit of work`);
    }
    const compensations = options.compensate ? [options.compensate as Compensation<unknown>] : [];
    const entry = this.pending.get(stream.streamId);
    if (entry) {
      entry.events.push(...events);
      entry.compensations.push(...compensations);
    } else {
      this.pending.set(stream.streamId, { expectedRevision: stream.expectedRevision, events: [...events], compensations });
    }
  }

  /**
   * Appends everything recorded; answers the global position of the last event written, if any.
   *
   * On an atomic store: one `appendToStreams`, all or nothing.
   *
   * On a store without multi-stream transactions the invariant across streams (no expert booked
   * twice) is kept by ordering and compensation, a saga:
   * 1. Reservations (streams recorded with a compensation: the experts' calendars) are appended
   *    first, in the order recorded, each expecting the revision it was read at. The calendar is
   *    the consistency boundary: of two commands racing for one expert, one append finds the
   *    calendar moved on and fails with a VersionConflict before anything of its own is written.
   * 2. Then the rest: the case stream (the consultation, case review or session), at most one.
   * 3. If an append fails after reservations were written, each of them is undone, newest first:
   *    its compensation is decided on the calendar as it is now (a booking released, a moved one
   *    moved back, only if it is still as this command left it) and appended with the revision just
   *    read, deciding again if the calendar moved meanwhile. Then the original error is rethrown, so
   *    `executeCommand` decides a VersionConflict again on fresh state, as on an atomic store.
   * Nothing is left half-booked: a calendar holds a booking only while its case stream does (one
   * exception: a move whose former slot another booking took in between stays where it is, see
   * `undoCalendarChange`). Between steps 1 and 3 a reservation is visible to others, who may be
   * refused a slot that is then freed again; that is the price of not having a transaction. If an
   * undo cannot be written, CompensationFailed names both failures instead.
   */
  async commit(metadata: EventMetadata): Promise<bigint | undefined> {
    const appends = [...this.pending.entries()].map(([streamId, entry]) => ({
      streamId,
      expectedRevision: entry.expectedRevision,
      events: toNewEvents(entry.events, metadata),
    }));
    if (appends.length === 0) return undefined;
    const results =
      appends.length === 1
        ? [await this.store.appendToStream(appends[0].streamId, appends[0].events, appends[0].expectedRevision)]
        : this.store.supportsAtomicMultiStreamAppend === false
          ? await commitAsSaga(this.store, appends, this.reservations(), metadata)
          : await this.store.appendToStreams(appends);
    return results.reduce((last, result) => (result.lastPosition > last ? result.lastPosition : last), 0n);
  }

  /** The streams recorded with a compensation, as the saga undoes them. */
  private reservations(): Map<string, Reservation> {
    const reservations = new Map<string, Reservation>();
    for (const [streamId, entry] of this.pending) {
      if (entry.compensations.length > 0) reservations.set(streamId, { fold: this.folds.get(streamId)!, compensations: entry.compensations });
    }
    return reservations;
  }

  get recordedEventCount(): number {
    return [...this.pending.values()].reduce((count, entry) => count + entry.events.length, 0);
  }
}
