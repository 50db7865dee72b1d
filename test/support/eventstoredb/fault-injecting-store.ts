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

/**
 * Wraps a store so a test can make appends fail or race on purpose: `failNextAppend` makes the
 * next append to a stream with the prefix throw; `raceNextAppends` holds the next appends to such
 * streams until that many are waiting, so that all of them were decided on the same reads.
 */
export class FaultInjectingStore implements EventStore {
  private failure?: { streamPrefix: string; error: Error };
  private race?: { streamPrefix: string; waiting: number; count: number; release: () => void; released: Promise<void> };

  constructor(private readonly inner: EventStore) {}

  get supportsAtomicMultiStreamAppend(): boolean | undefined {
    return this.inner.supportsAtomicMultiStreamAppend;
  }

  failNextAppend(streamPrefix: string, error: Error): void {
    this.failure = { streamPrefix, error };
  }

  raceNextAppends(streamPrefix: string, count: number): void {
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    this.race = { streamPrefix, waiting: 0, count, release, released };
  }

  async appendToStream(streamId: string, events: NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    await this.beforeAppend(streamId);
    return this.inner.appendToStream(streamId, events, expectedRevision);
  }

  async appendToStreams(appends: StreamAppend[]): Promise<AppendResult[]> {
    for (const { streamId } of appends) await this.beforeAppend(streamId);
    return this.inner.appendToStreams(appends);
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

  private async beforeAppend(streamId: string): Promise<void> {
    const race = this.race;
    if (race && streamId.startsWith(race.streamPrefix)) {
      if (++race.waiting === race.count) {
        this.race = undefined;
        race.release();
      }
      await race.released;
    }
    const failure = this.failure;
    if (failure && streamId.startsWith(failure.streamPrefix)) {
      this.failure = undefined;
      throw failure.error;
    }
  }
}
