import type { NewEvent } from '@telemed/event-store/event-envelope';
import type { AppendResult, ExpectedRevision, StreamAppend } from '@telemed/event-store/event-store.port';
import { assertExpectedRevision } from '@telemed/event-store/expected-revision';
import { ForwardingEventStore } from '@telemed/event-store/forwarding-event-store';
import { chainEvents, GENESIS_HASH, type EventIntegrity } from './hash-chain';

/**
 * Puts every appended event on its stream's hash chain, whatever adapter stores it. The chain
 * needs the stream's last hash, so an append always expects the exact revision it chained onto:
 * a writer that raced ahead makes this append fail with a version conflict, never fork the chain.
 */
export class ChainedEventStore extends ForwardingEventStore {
  private async chain(append: StreamAppend): Promise<StreamAppend> {
    // A new stream starts from the genesis hash; should it exist after all, the adapter refuses the append.
    const [last] =
      append.expectedRevision === 'no-stream' ? [] : await this.inner.readStream(append.streamId, { direction: 'backwards', maxCount: 1 });
    assertExpectedRevision(append.streamId, append.expectedRevision, last?.streamRevision);
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

  override async appendToStream(streamId: string, events: NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    const chained = await this.chain({ streamId, events, expectedRevision });
    return this.inner.appendToStream(streamId, chained.events, chained.expectedRevision);
  }

  override async appendToStreams(appends: StreamAppend[]): Promise<AppendResult[]> {
    const chained = [];
    for (const append of appends) chained.push(await this.chain(append));
    return this.inner.appendToStreams(chained);
  }
}
