import type { NewEvent } from '@telemed/event-store/event-envelope';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  StreamAppend,
  SubscribeOptions,
  SubscriptionHandler,
} from '@telemed/event-store/event-store.port';
import { VersionConflict } from '@telemed/event-store/event-store.errors';
import { chainEvents, GENESIS_HASH, type EventIntegrity } from './hash-chain';

/**
 * Puts every appended event on its stream's hash chain, whatever adapter stores it. The chain
 * needs the stream's last hash, so an append always expects the exact revision it chained onto:
 * a writer that raced ahead makes this append fail with a version conflict, never fork the chain.
 */
export class ChainedEventStore implements EventStore {
  constructor(private readonly inner: EventStore) {}

  /** The wrapped store's: a unit of work orders and compensates its appends by it. */
  get supportsAtomicMultiStreamAppend(): boolean | undefined {
    return this.inner.supportsAtomicMultiStreamAppend;
  }

  private async chain(append: StreamAppend): Promise<StreamAppend> {
    // A new stream starts from the genesis hash; should it exist after all, the adapter refuses the append.
    const [last] =
      append.expectedRevision === 'no-stream' ? [] : await this.inner.readStream(append.streamId, { direction: 'backwards', maxCount: 1 });
    const actual: number | 'no-stream' = last ? last.streamRevision : 'no-stream';
    if (!expectationHolds(append.expectedRevision, actual)) {
      throw new VersionConflict(append.streamId, append.expectedRevision, actual);
    }
    const previousHash = (last?.metadata as { integrity?: EventIntegrity } | undefined)?.integrity?.hash ?? GENESIS_HASH;
    const firstRevision = last ? last.streamRevision + 1 : 0;
    const integrity = chainEvents(
      previousHash,
      append.events.map((event, index) => ({
        eventId: event.eventId,
        type: event.type,
        schemaVersion: event.schemaVersion,
        streamId: append.streamId,
        streamRevision: firstRevision + index,
        data: event.data,
        metadata: event.metadata as unknown as Record<string, unknown>,
      })),
    );
    return {
      streamId: append.streamId,
      expectedRevision: last ? last.streamRevision : 'no-stream',
      events: append.events.map((event, index): NewEvent => ({ ...event, metadata: { ...event.metadata, integrity: integrity[index] } })),
    };
  }

  async appendToStream(streamId: string, events: NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    const chained = await this.chain({ streamId, events, expectedRevision });
    return this.inner.appendToStream(streamId, chained.events, chained.expectedRevision);
  }

  async appendToStreams(appends: StreamAppend[]): Promise<AppendResult[]> {
    const chained = [];
    for (const append of appends) chained.push(await this.chain(append));
    return this.inner.appendToStreams(chained);
  }

  readStream(streamId: string, options?: ReadStreamOptions) {
    return this.inner.readStream(streamId, options);
  }

  readAll(options?: ReadAllOptions) {
    return this.inner.readAll(options);
  }

  subscribeToAll(options: SubscribeOptions, handler: SubscriptionHandler) {
    return this.inner.subscribeToAll(options, handler);
  }

  headPosition() {
    return this.inner.headPosition();
  }

  close() {
    return this.inner.close();
  }
}

function expectationHolds(expected: ExpectedRevision, actual: number | 'no-stream'): boolean {
  if (expected === 'any') return true;
  if (expected === 'no-stream') return actual === 'no-stream';
  if (expected === 'stream-exists') return actual !== 'no-stream';
  return expected === actual || (expected === -1 && actual === 'no-stream');
}
