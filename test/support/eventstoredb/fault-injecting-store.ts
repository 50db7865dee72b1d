import type { NewEvent } from '@telemed/event-store/event-envelope';
import type { AppendResult, ExpectedRevision, StreamAppend } from '@telemed/event-store/event-store.port';
import { ForwardingEventStore } from '@telemed/event-store/forwarding-event-store';

/**
 * Wraps a store so a test can make appends fail or race on purpose: `failNextAppend` makes the
 * next append to a stream with the prefix throw; `raceNextAppends` holds the next appends to such
 * streams until that many are waiting, so that all of them were decided on the same reads.
 */
export class FaultInjectingStore extends ForwardingEventStore {
  private failure?: { streamPrefix: string; error: Error };
  private race?: { streamPrefix: string; waiting: number; count: number; release: () => void; released: Promise<void> };

  failNextAppend(streamPrefix: string, error: Error): void {
    this.failure = { streamPrefix, error };
  }

  raceNextAppends(streamPrefix: string, count: number): void {
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    this.race = { streamPrefix, waiting: 0, count, release, released };
  }

  override async appendToStream(streamId: string, events: NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    await this.beforeAppend(streamId);
    return this.inner.appendToStream(streamId, events, expectedRevision);
  }

  override async appendToStreams(appends: StreamAppend[]): Promise<AppendResult[]> {
    for (const { streamId } of appends) await this.beforeAppend(streamId);
    return this.inner.appendToStreams(appends);
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
