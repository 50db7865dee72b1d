import { randomUUID } from 'node:crypto';
import type {
  AppendResult,
  EventMetadata,
  EventStore,
  ExpectedRevision,
  NewEvent,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from '@telemed/event-store';
import { VersionConflict } from '@telemed/event-store';

/** What an adapter's test hands the conformance suite, fresh for every test. */
export interface EventStoreUnderTest {
  store: EventStore;
  /**
   * Opens the same durable log again after the suite closed `store`. Omit it for stores that do not
   * outlive their process (an in-memory double), and the restart specification has nothing to check.
   */
  reopen?: () => Promise<EventStore>;
  /** Closes every store the factory or `reopen` opened (some already closed by the suite) and removes their data. */
  cleanup: () => Promise<void>;
}

export type EventStoreFactory = () => Promise<EventStoreUnderTest>;

/**
 * What the port lets an adapter do one way or the other. The suite checks each adapter against the
 * promise it makes: an atomic store against all-or-nothing batches, a non-atomic one against the
 * stream-by-stream behaviour it documents instead.
 */
export interface EventStoreCapabilities {
  /** `appendToStreams` is one transaction; it matches the store's `supportsAtomicMultiStreamAppend`. */
  atomicMultiStreamAppend: boolean;
}

export const ATOMIC_STORE: EventStoreCapabilities = { atomicMultiStreamAppend: true };

/** Gives each part of the suite the store of the running test. */
export type CurrentSubject = () => EventStoreUnderTest;

export function metadataOf(overrides: Partial<EventMetadata> = {}): EventMetadata {
  return {
    actor: { userId: 'user-clinician-7', role: 'clinician', hospitalId: 'hospital-lviv-1' },
    correlationId: randomUUID(),
    ...overrides,
  };
}

export function newEvent(type = 'ConsultationRequested', data: unknown = { note: 'fresh' }): NewEvent {
  return { eventId: randomUUID(), type, schemaVersion: 1, data, metadata: metadataOf() };
}

export function newEvents(count: number, type = 'ConsultationRequested'): NewEvent[] {
  return Array.from({ length: count }, (_, index) => newEvent(type, { index }));
}

export function uniqueStreamId(category = 'consultation'): string {
  return `${category}-${randomUUID()}`;
}

/** Appends each event on its own, one after another, so the log holds them in this order. */
export async function appendOneByOne(
  store: EventStore,
  appends: { streamId: string; event: NewEvent }[],
): Promise<AppendResult[]> {
  const results: AppendResult[] = [];
  for (const { streamId, event } of appends) results.push(await store.appendToStream(streamId, [event], 'any'));
  return results;
}

export function idsOf(events: readonly { eventId: string }[]): string[] {
  return events.map((event) => event.eventId);
}

export function positionsOf(events: readonly RecordedEvent[]): bigint[] {
  return events.map((event) => event.globalPosition);
}

export function expectStrictlyIncreasing(positions: readonly bigint[]): void {
  positions.slice(1).forEach((position, index) => expect(position > positions[index]).toBe(true));
}

/** Runs `attempt`, which must fail with this VersionConflict and leave the log as it was. */
export async function expectVersionConflict(
  store: EventStore,
  attempt: () => Promise<unknown>,
  expected: { streamId: string; expectedRevision: ExpectedRevision; actualRevision: number | 'no-stream' },
): Promise<void> {
  const error = await expectNothingWritten(store, attempt);
  expect(error).toBeInstanceOf(VersionConflict);
  const conflict = error as VersionConflict;
  expect({
    streamId: conflict.streamId,
    expectedRevision: conflict.expectedRevision,
    actualRevision: conflict.actualRevision,
  }).toEqual(expected);
}

/** Runs `attempt`, which must fail, and checks that the log did not grow. */
export async function expectNothingWritten(store: EventStore, attempt: () => Promise<unknown>): Promise<unknown> {
  const headBefore = await store.headPosition();
  const error = await attempt().then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeDefined();
  expect(await store.headPosition()).toBe(headBefore);
  return error;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits until `condition` holds, failing the test if it never does. */
export async function until(condition: () => boolean, description: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting until ${description}`);
    await sleep(5);
  }
}

/** A subscriber that records every call, as a projection's test double. */
export function recordingSubscriber(store: EventStore, options: SubscribeOptions) {
  const received: RecordedEvent[] = [];
  const calls: { eventCount: number; scannedUpTo: bigint }[] = [];
  const subscription: Subscription = store.subscribeToAll(options, async (events, scannedUpTo) => {
    received.push(...events);
    calls.push({ eventCount: events.length, scannedUpTo });
  });
  return { received, calls, subscription };
}
