import { EventEmitter } from 'node:events';
import { Client } from 'pg';

export const POSTGRES_NOTIFY_CHANNEL = 'telemed_events';
const CHANGED = 'changed';
/** Other processes hear of a burst of appends at most this much later than of a single one. */
const MIN_NOTIFY_INTERVAL_MS = 5;

/**
 * Tells subscriptions that the log may have grown: at once for this process's appends, and through
 * NOTIFY on `telemed_events` (payload: the store's schema) for other processes'. One dedicated
 * connection LISTENs and also sends this process's NOTIFYs, so that they never wait for (or hold)
 * a pooled connection; it is replaced when lost. Subscriptions also poll, so a lost notification
 * only delays them.
 */
export class PostgresAppendSignal {
  private readonly changes = new EventEmitter().setMaxListeners(0);
  private appendsAndNotifications = 0;
  private listener: Client | undefined;
  private relistenTimer: NodeJS.Timeout | undefined;
  private notifying: Promise<void> | undefined;
  private notifyAgain = false;
  private closed = false;

  constructor(
    private readonly connectionString: string,
    private readonly schema: string,
    private readonly reconnectDelayMs: number,
  ) {}

  /** Counts appends and notifications, so a subscription can tell whether one came since it last read. */
  get changeCount(): number {
    return this.appendsAndNotifications;
  }

  async start(): Promise<void> {
    const listener = new Client({ connectionString: this.connectionString });
    listener.on('notification', (message) => {
      if (message.payload === this.schema) this.signal();
    });
    listener.on('error', () => this.relisten(listener));
    listener.on('end', () => this.relisten(listener));
    this.listener = listener;
    await listener.connect();
    await listener.query(`LISTEN ${POSTGRES_NOTIFY_CHANNEL}`);
  }

  /** Registers a one-off listener for the next change; answers its removal. */
  onChange(listener: () => void): () => void {
    this.changes.once(CHANGED, listener);
    return () => void this.changes.off(CHANGED, listener);
  }

  /**
   * After an append has ended (committed, or rolled back after taking positions): wakes this
   * process's subscriptions and notifies the others, a burst of appends sharing one NOTIFY.
   */
  announce(): void {
    this.signal();
    if (this.closed) return;
    if (this.notifying) {
      this.notifyAgain = true;
      return;
    }
    this.notifying = (async () => {
      do {
        this.notifyAgain = false;
        const sent = Date.now();
        await this.listener
          ?.query('SELECT pg_notify($1, $2)', [POSTGRES_NOTIFY_CHANNEL, this.schema])
          .catch(() => undefined);
        // Appends that keep coming share a NOTIFY every few milliseconds: each one is a transaction of its own.
        const wait = MIN_NOTIFY_INTERVAL_MS - (Date.now() - sent);
        if (this.notifyAgain && wait > 0 && !this.closed) await new Promise((resolve) => setTimeout(resolve, wait));
      } while (this.notifyAgain && !this.closed);
    })().finally(() => {
      this.notifying = undefined;
    });
  }

  /** Sends what is pending and stops listening. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.relistenTimer);
    await this.notifying;
    await this.listener?.end().catch(() => undefined);
  }

  private signal(): void {
    this.appendsAndNotifications++;
    this.changes.emit(CHANGED);
  }

  /** A lost LISTEN connection is replaced after a delay; subscriptions poll meanwhile. */
  private relisten(lost: Client): void {
    if (this.closed || this.listener !== lost) return;
    this.listener = undefined;
    lost.end().catch(() => undefined);
    this.relistenTimer = setTimeout(() => {
      if (this.closed) return;
      this.start().then(
        () => this.signal(), // notifications may have been missed while disconnected
        () => this.listener && this.relisten(this.listener),
      );
    }, this.reconnectDelayMs);
  }
}
