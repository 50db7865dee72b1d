import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { EventStore, Subscription } from '@telemed/event-store/event-store.port';
import { EVENT_STORE } from '../infrastructure/tokens';

export type EventListener = (event: RecordedEvent) => void;

/**
 * One subscription to the log's new events, shared by every open notification stream; it runs only
 * while someone listens, and starts from the head, since a stream notices what happens from now on.
 */
@Injectable()
export class NotificationHub implements OnModuleDestroy {
  private readonly listeners = new Set<EventListener>();
  private readonly closers = new Set<() => void>();
  private subscription?: Promise<Subscription>;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /**
   * Calls `listener` with every event written from now on, and `close` when the application shuts
   * down (an open stream would otherwise hold the server open); returns how to stop listening.
   */
  listen(listener: EventListener, close: () => void): () => void {
    this.listeners.add(listener);
    this.closers.add(close);
    this.subscription ??= this.subscribe();
    return () => {
      this.listeners.delete(listener);
      this.closers.delete(close);
      if (this.listeners.size === 0) void this.stop();
    };
  }

  async onModuleDestroy(): Promise<void> {
    const closers = [...this.closers];
    this.listeners.clear();
    this.closers.clear();
    closers.forEach((close) => close());
    await this.stop();
  }

  private async subscribe(): Promise<Subscription> {
    const head = await this.store.headPosition();
    const subscription = this.store.subscribeToAll({ after: head }, async (events) => {
      for (const event of events) for (const listener of this.listeners) listener(event);
    });
    // A failed subscription is dropped; the next listener starts a new one.
    subscription.done.catch(() => {
      if (this.subscription) this.subscription = undefined;
    });
    return subscription;
  }

  private async stop(): Promise<void> {
    const pending = this.subscription;
    this.subscription = undefined;
    if (pending) await (await pending).stop();
  }
}
