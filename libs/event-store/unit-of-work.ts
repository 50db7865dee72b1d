import { randomUUID } from 'node:crypto';
import type { Decider, DomainEvent } from '@telemed/domain/core';
import type { EventMetadata, NewEvent, RecordedEvent } from './event-envelope';
import type { EventStore, ExpectedRevision } from './event-store.port';
import { VersionConflict } from './event-store.errors';

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
 * One command's reads and writes: streams are loaded and folded, decisions are recorded against
 * them, and on commit everything recorded is appended in one transaction, each stream expecting
 * the revision it was read at.
 */
export class UnitOfWork {
  private readonly pending = new Map<string, { expectedRevision: ExpectedRevision; events: DomainEvent[] }>();

  constructor(private readonly store: EventStore) {}

  async load<State, Event extends DomainEvent>(
    streamId: string,
    decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>,
  ): Promise<LoadedStream<State>> {
    const recorded = await this.store.readStream(streamId);
    const state = recorded.reduce((current, event) => decider.evolve(current, toDomainEvent(event) as Event), decider.initialState());
    const expectedRevision = recorded.length === 0 ? 'no-stream' : recorded[recorded.length - 1].streamRevision;
    return { streamId, state, expectedRevision };
  }

  /**
   * Loads a stream, decides the command on its state and records the events; answers the state
   * the command was decided on and the events it produced.
   */
  decide<Command, Event extends DomainEvent, State>(
    streamId: string,
    decider: Decider<Command, Event, State>,
    command: (state: State) => Command,
  ): Promise<{ state: State; events: Event[] }>;
  decide<Command, Event extends DomainEvent, State>(
    streamId: string,
    decider: Decider<Command, Event, State>,
    command: Command,
  ): Promise<{ state: State; events: Event[] }>;
  async decide<Command, Event extends DomainEvent, State>(
    streamId: string,
    decider: Decider<Command, Event, State>,
    command: Command | ((state: State) => Command),
  ): Promise<{ state: State; events: Event[] }> {
    const stream = await this.load(streamId, decider);
    const resolved = typeof command === 'function' ? (command as (state: State) => Command)(stream.state) : command;
    const events = decider.decide(resolved, stream.state);
    this.record(stream, events);
    return { state: stream.state, events };
  }

  /** Records events for a loaded stream; they are written when the unit of work commits. */
  record(stream: LoadedStream<unknown>, events: DomainEvent[]): void {
    if (events.length === 0) return;
    const entry = this.pending.get(stream.streamId);
    if (entry) entry.events.push(...events);
    else this.pending.set(stream.streamId, { expectedRevision: stream.expectedRevision, events: [...events] });
  }

  /** Appends everything recorded; answers the global position of the last event written, if any. */
  async commit(metadata: EventMetadata): Promise<bigint | undefined> {
    const appends = [...this.pending.entries()].map(([streamId, entry]) => ({
      streamId,
      expectedRevision: entry.expectedRevision,
      events: entry.events.map((event): NewEvent => ({
        eventId: randomUUID(),
        type: event.type,
        schemaVersion: CURRENT_SCHEMA_VERSION,
        data: event.data,
        metadata,
      })),
    }));
    if (appends.length === 0) return undefined;
    const results =
      appends.length === 1
        ? [await this.store.appendToStream(appends[0].streamId, appends[0].events, appends[0].expectedRevision)]
        : await this.store.appendToStreams(appends);
    return results.reduce((last, result) => (result.lastPosition > last ? result.lastPosition : last), 0n);
  }

  get recordedEventCount(): number {
    return [...this.pending.values()].reduce((count, entry) => count + entry.events.length, 0);
  }
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
  maxAttempts = 5,
): Promise<CommandOutcome<Result>> {
  for (let attempt = 1; ; attempt++) {
    const unitOfWork = new UnitOfWork(store);
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
