import { randomUUID } from 'node:crypto';
import type { Decider, DomainEvent } from '@telemed/domain/core';
import type { EventMetadata, NewEvent, RecordedEvent } from './event-envelope';
import type { AppendResult, EventStore, ExpectedRevision, StreamAppend } from './event-store.port';
import { VersionConflict } from './event-store.errors';
import type { Fold, StreamStateCache } from './stream-state-cache';

/** Current schema version of every event type; bumped, with an upcaster, when a type's data changes shape. */
export const CURRENT_SCHEMA_VERSION = 1;

export interface LoadedStream<State> {
  streamId: string;
  state: State;
  /** The revision the stream was read at; appends expect it to be unchanged. */
  expectedRevision: ExpectedRevision;
}

export interface CommandOutcome<Result> {
  result: Result;
  /** How many events the command wrote (0 when it changed nothing). */
  eventCount: number;
  /** Global position of the last event written, or the log's head when nothing was written. */
  position: bigint;
}

export function toDomainEvent(event: RecordedEvent): DomainEvent {
  return { type: event.type, data: event.data };
}

/**
 * Undoes what a unit of work wrote to a stream, decided on the stream's state when the undo runs
 * (other writers may have moved it on since). Answers no events when there is nothing left to undo.
 */
export type Compensation<State> = (current: State, reason: string) => DomainEvent[];

export interface RecordOptions<State> {
  /**
   * Marks the stream as a reservation (an expert's or a person's study calendar): the consistency boundary of an
   * invariant that spans streams. See `UnitOfWork.commit` for what it changes on a store without
   * atomic multi-stream appends; on an atomic store it changes nothing.
   */
  compensate?: Compensation<State>;
}

/** A compensation could not be written: a reservation may be left without the record it was made for. */
export class CompensationFailed extends Error {
  constructor(
    readonly failedStreamId: string,
    readonly failure: unknown,
    readonly compensationErrors: unknown[],
  ) {
    super(
      `appending to ${failedStreamId} failed (${describeFailure(failure)}) and undoing the reservations made before it ` +
        `failed too: ${compensationErrors.map(describeFailure).join('; ')}`,
    );
    this.name = 'CompensationFailed';
  }
}

interface PendingStream {
  expectedRevision: ExpectedRevision;
  events: DomainEvent[];
  /** In the order recorded; applied in reverse. */
  compensations: Compensation<unknown>[];
}

/** How often an undo is decided again when the stream moved on while it was being written. */
const MAX_COMPENSATION_ATTEMPTS = 10;

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

  constructor(
    private readonly store: EventStore,
    private readonly cache?: StreamStateCache,
  ) {}

  async load<State, Event extends DomainEvent>(
    streamId: string,
    decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState' | 'summaryEventType'>,
  ): Promise<LoadedStream<State>> {
    this.folds.set(streamId, decider as unknown as Fold);
    const { state, expectedRevision } = await readState(this.store, streamId, decider as unknown as Fold, this.cache);
    return { streamId, state: state as State, expectedRevision };
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
    this.folds.set(streamId, decider as unknown as Fold);
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
          ? await this.commitAsSaga(appends, metadata)
          : await this.store.appendToStreams(appends);
    return results.reduce((last, result) => (result.lastPosition > last ? result.lastPosition : last), 0n);
  }

  private async commitAsSaga(appends: StreamAppend[], metadata: EventMetadata): Promise<AppendResult[]> {
    const isReservation = (append: StreamAppend) => this.pending.get(append.streamId)!.compensations.length > 0;
    const reservations = appends.filter(isReservation);
    const rest = appends.filter((append) => !isReservation(append));
    if (rest.length > 1) {
      // Two streams that cannot be undone could be left half-written; refuse before writing anything.
      throw new Error(
        `without atomic multi-stream appends a unit of work writes at most one stream without a compensation, ` +
          `got ${rest.map((append) => append.streamId).join(', ')}`,
      );
    }
    const results: AppendResult[] = [];
    const reserved: string[] = [];
    for (const append of [...reservations, ...rest]) {
      try {
        results.push(await this.store.appendToStream(append.streamId, append.events, append.expectedRevision));
      } catch (failure) {
        await this.undoReservations(reserved, append.streamId, failure, metadata);
        throw failure;
      }
      if (isReservation(append)) reserved.push(append.streamId);
    }
    return results;
  }

  private async undoReservations(streamIds: string[], failedStreamId: string, failure: unknown, metadata: EventMetadata): Promise<void> {
    const reason = `compensation: ${failedStreamId} was not written (${describeFailure(failure)})`;
    const errors: unknown[] = [];
    for (const streamId of [...streamIds].reverse()) {
      await this.undo(streamId, reason, metadata).catch((error: unknown) => void errors.push(error));
    }
    if (errors.length > 0) throw new CompensationFailed(failedStreamId, failure, errors);
  }

  private async undo(streamId: string, reason: string, metadata: EventMetadata): Promise<void> {
    const fold = this.folds.get(streamId)!;
    const compensations = [...this.pending.get(streamId)!.compensations].reverse();
    for (let attempt = 1; ; attempt++) {
      const { state, expectedRevision } = await readState(this.store, streamId, fold);
      let current = state;
      const events: DomainEvent[] = [];
      for (const compensate of compensations) {
        const undone = compensate(current, reason);
        current = undone.reduce(fold.evolve, current);
        events.push(...undone);
      }
      if (events.length === 0) return;
      try {
        await this.store.appendToStream(streamId, toNewEvents(events, metadata), expectedRevision);
        return;
      } catch (error) {
        if (!(error instanceof VersionConflict) || attempt >= MAX_COMPENSATION_ATTEMPTS) throw error;
      }
    }
  }

  get recordedEventCount(): number {
    return [...this.pending.values()].reduce((count, entry) => count + entry.events.length, 0);
  }
}

async function readState(
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

function toNewEvents(events: DomainEvent[], metadata: EventMetadata): NewEvent[] {
  return events.map((event) => ({
    eventId: randomUUID(),
    type: event.type,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    data: event.data,
    metadata,
  }));
}

function describeFailure(failure: unknown): string {
  return failure instanceof Error ? failure.message : String(failure);
}

/**
 * Runs a command: read → decide → append with expected revisions. A version conflict means another
 * writer got there first; the whole command is then decided again on fresh state, so invariants
 * that span streams (an expert's calendar) are checked against what was really committed.
 */
export async function executeCommand<Result>(
  store: EventStore,
  metadata: EventMetadata,
  work: (unitOfWork: UnitOfWork) => Promise<Result>,
  { maxAttempts = 5, cache }: { maxAttempts?: number; cache?: StreamStateCache } = {},
): Promise<CommandOutcome<Result>> {
  for (let attempt = 1; ; attempt++) {
    const unitOfWork = new UnitOfWork(store, cache);
    const result = await work(unitOfWork);
    try {
      const eventCount = unitOfWork.recordedEventCount;
      const lastPosition = await unitOfWork.commit(metadata);
      return { result, eventCount, position: lastPosition ?? (await store.headPosition()) };
    } catch (error) {
      if (!(error instanceof VersionConflict) || attempt >= maxAttempts) throw error;
    }
  }
}
