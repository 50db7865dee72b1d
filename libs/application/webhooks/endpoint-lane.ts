import { randomUUID } from 'node:crypto';
import { eventTypesAskedFor } from '@telemed/domain/webhook';
import type { EventStore } from '@telemed/event-store/event-store.port';
import type { WebhookConfig } from '@telemed/runtime';
import type { DeliveryAttempt, WebhookDeliveryState } from './webhook-delivery-state';
import type { DeliverableEndpoint, WebhookMessage, WebhookMessages } from './webhook-messages';
import type { SendOutcome } from './webhook-sender';
import { retryDelay } from './retry-schedule';

export interface LaneDependencies {
  log: Pick<EventStore, 'readAll'>;
  state: WebhookDeliveryState;
  messages: WebhookMessages;
  send(url: string, secret: string, message: WebhookMessage, timeoutMs: number, signal: AbortSignal): Promise<SendOutcome>;
  /** Records that the endpoint is disabled because its deliveries kept failing. */
  disable(endpointId: string, reason: string): Promise<void>;
  config: WebhookConfig;
  random?: () => number;
  /** How long a lane that has caught up waits before looking at the log again unasked. */
  idlePollMs?: number;
  onError?: (endpointId: string, error: unknown) => void;
}

/** Attempts are written at least this often while a batch is still being delivered. */
const ATTEMPT_FLUSH_MS = 500;
/** A lane that only skipped events (none for its endpoint) writes its checkpoint once it has skipped this many positions. */
const SKIPPED_POSITIONS_PER_WRITE = 1_000n;
const RESTART_DELAY_MS = 1_000;

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * Delivers the log to one endpoint from its checkpoint, at least once and in order per case: the
 * events of a batch are grouped by stream (a consultation, a case review...), up to
 * `parallelCases` streams go at once, and each stream's messages go one after the other, the next
 * only once the one before is delivered. A failed attempt is retried after a growing, jittered
 * wait; when one message has failed `maxAttempts` times the endpoint is disabled and the lane stops.
 * The checkpoint moves only past messages delivered: after a crash, a stop or a disabling,
 * delivery starts again at the earliest message not yet delivered, so a receiver may see a message
 * twice (the same `webhook-id`) but never a case's messages out of order.
 */
export class EndpointLane {
  private stopping?: AbortController;
  private running?: Promise<void>;
  private rung = false;
  private wake?: () => void;
  private pending: DeliveryAttempt[] = [];

  constructor(
    private endpoint: DeliverableEndpoint,
    private readonly deps: LaneDependencies,
  ) {}

  get endpointId(): string {
    return this.endpoint.id;
  }

  get isRunning(): boolean {
    return this.running !== undefined;
  }

  start(): void {
    if (this.running) return;
    const stopping = new AbortController();
    this.stopping = stopping;
    this.running = this.runUntilStopped(stopping.signal).finally(() => {
      if (this.stopping === stopping) {
        this.running = undefined;
        this.stopping = undefined;
      }
    });
  }

  /** Stops after the attempts in flight; what they delivered is recorded. */
  async stop(): Promise<void> {
    this.stopping?.abort();
    this.wake?.();
    await this.running;
  }

  /** The log may have grown. */
  ring(): void {
    this.rung = true;
    this.wake?.();
  }

  private async runUntilStopped(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      try {
        await this.deliverFromCheckpoint(signal);
        return;
      } catch (error) {
        // The log or the state store is out of reach for a while: start again from the checkpoint.
        this.deps.onError?.(this.endpoint.id, error);
        await sleep(RESTART_DELAY_MS, signal);
      }
    }
  }

  private async deliverFromCheckpoint(signal: AbortSignal): Promise<void> {
    const { state, log, config } = this.deps;
    const secret = await state.secretOf(this.endpoint.id);
    if (secret === undefined) {
      await this.deps.disable(this.endpoint.id, 'its signing secret is missing from the delivery state: register the endpoint again');
      return;
    }
    let cursor = (await state.checkpointOf(this.endpoint.id))?.position ?? 0n;
    let persisted = cursor;
    const eventTypes = eventTypesAskedFor(this.endpoint.eventTypes);
    while (!signal.aborted) {
      this.rung = false;
      const slice = await log.readAll({ after: cursor, maxCount: config.batchSize, filter: { eventTypes } });
      const last = slice.events[slice.events.length - 1];
      const scannedUpTo = last && last.globalPosition > slice.scannedUpTo ? last.globalPosition : slice.scannedUpTo;
      const messages: WebhookMessage[] = [];
      for (const event of slice.events) {
        const message = await this.deps.messages.messageFor(this.endpoint, event);
        if (message) messages.push(message);
      }
      if (messages.length === 0) {
        if (scannedUpTo > cursor) {
          cursor = scannedUpTo;
          if (cursor - persisted >= SKIPPED_POSITIONS_PER_WRITE) {
            await state.record(this.endpoint.id, [], cursor);
            persisted = cursor;
          }
          continue;
        }
        if (cursor > persisted) {
          await state.record(this.endpoint.id, [], cursor);
          persisted = cursor;
        }
        await this.idle(signal);
        continue;
      }
      const firstUndelivered = await this.deliverBatch(secret, messages, signal);
      const reached = firstUndelivered === undefined ? scannedUpTo : firstUndelivered - 1n;
      await state.record(this.endpoint.id, this.takePending(), reached > cursor ? reached : cursor);
      persisted = cursor = reached > cursor ? reached : cursor;
      if (firstUndelivered !== undefined) return;
    }
  }

  /** Waits until the log may have grown, or a while. */
  private idle(signal: AbortSignal): Promise<void> {
    if (this.rung || signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, this.deps.idlePollMs ?? 1_000);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = () => {
        this.wake = undefined;
        done();
      };
    });
  }

  /** Delivers a batch; answers the position of the earliest message left undelivered, if any. */
  private async deliverBatch(secret: string, messages: WebhookMessage[], signal: AbortSignal): Promise<bigint | undefined> {
    const cases = new Map<string, WebhookMessage[]>();
    for (const message of messages) cases.set(message.streamId, [...(cases.get(message.streamId) ?? []), message]);
    const queues = [...cases.values()];
    const batch = new AbortController();
    const stopBatch = () => batch.abort();
    signal.addEventListener('abort', stopBatch, { once: true });
    const undelivered: bigint[] = [];
    const flusher = setInterval(() => void this.flushPending().catch((error) => this.deps.onError?.(this.endpoint.id, error)), ATTEMPT_FLUSH_MS);
    let next = 0;
    const worker = async () => {
      while (next < queues.length) {
        const queue = queues[next++];
        for (const message of queue) {
          if (batch.signal.aborted || !(await this.deliverOne(secret, message, batch))) {
            undelivered.push(message.position);
            break;
          }
        }
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.min(this.deps.config.parallelCases, queues.length) }, worker));
    } finally {
      clearInterval(flusher);
      signal.removeEventListener('abort', stopBatch);
    }
    return undelivered.length === 0 ? undefined : undelivered.reduce((earliest, position) => (position < earliest ? position : earliest));
  }

  /** Attempts one message until it is delivered (true), or the batch stops or the endpoint is disabled (false). */
  private async deliverOne(secret: string, message: WebhookMessage, batch: AbortController): Promise<boolean> {
    const { config } = this.deps;
    for (let attempt = 1; ; attempt++) {
      const attemptedAt = new Date().toISOString();
      const outcome = await this.deps.send(this.endpoint.url, secret, message, config.timeoutMs, batch.signal);
      // An attempt cut short by a stop is not the receiver's failure and is not logged.
      if (!outcome.delivered && batch.signal.aborted) return false;
      this.pending.push({
        attemptId: randomUUID(),
        messageId: message.id,
        eventType: message.type,
        streamId: message.streamId,
        position: message.position,
        attempt,
        attemptedAt,
        outcome: outcome.delivered ? 'delivered' : 'failed',
        statusCode: outcome.statusCode,
        latencyMs: outcome.latencyMs,
        error: outcome.error,
      });
      if (outcome.delivered) return true;
      if (attempt >= config.maxAttempts) {
        batch.abort();
        await this.flushPending();
        await this.deps.disable(
          this.endpoint.id,
          `${attempt} attempts at delivering ${message.type} (position ${message.position}) failed; the last: ${outcome.error ?? 'no answer'}`,
        );
        return false;
      }
      await sleep(retryDelay(attempt, config, this.deps.random), batch.signal);
      if (batch.signal.aborted) return false;
    }
  }

  private takePending(): DeliveryAttempt[] {
    const taken = this.pending;
    this.pending = [];
    return taken;
  }

  private async flushPending(): Promise<void> {
    const attempts = this.takePending();
    if (attempts.length === 0) return;
    try {
      await this.deps.state.record(this.endpoint.id, attempts);
    } catch (error) {
      this.pending.unshift(...attempts);
      throw error;
    }
  }
}
