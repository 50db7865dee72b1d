import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { WEBHOOK_EVENT_TYPES, type WebhookEndpointRegistered, type WebhookEvent } from '@telemed/domain/webhook';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { EventStore, Subscription } from '@telemed/event-store/event-store.port';
import { EndpointLane, type LaneDependencies } from './endpoint-lane';
import type { DeliverableEndpoint } from './webhook-messages';

/** The events of the endpoints themselves, which the dispatcher follows to know whom to deliver to. */
export const WEBHOOK_ENDPOINT_EVENT_TYPES: readonly WebhookEvent['type'][] = [
  'WebhookEndpointRegistered',
  'WebhookEndpointDisabled',
  'WebhookEndpointEnabled',
  'WebhookReplayRequested',
];

export interface DispatcherOptions {
  /** How long the lease is held without renewal; renewed at a third of it. */
  leaseMs?: number;
  /** The delivery log keeps attempts this long. */
  attemptRetentionDays?: number;
  log?: (level: 'info' | 'warn' | 'error', message: string, fields?: Record<string, unknown>) => void;
}

const DEFAULT_LEASE_MS = 30_000;
const DEFAULT_RETENTION_DAYS = 30;
const DAY_MS = 86_400_000;

/** This process, as the lease names it: a holder on this host whose process is gone may be taken over at once. */
const THIS_PROCESS = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

function isGoneFromThisHost(holder: string): boolean {
  const [host, pid] = holder.split(':');
  if (host !== hostname() || !/^\d+$/.test(pid ?? '') || Number(pid) === process.pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Delivers webhooks from the log: follows the endpoints' own events (registered, disabled,
 * enabled, replay asked for) and runs one lane per active endpoint, waking the lanes whenever the
 * log grows. One dispatcher delivers at a time, by a lease in the delivery state: another process
 * (a second webhooks app, an api started twice on one data directory) waits until it is free.
 */
export class WebhookDispatcher {
  private readonly endpoints = new Map<string, { endpoint: DeliverableEndpoint; active: boolean; lane: EndpointLane }>();
  private subscription?: Subscription;
  /** Rings the lanes when a deliverable event is appended; runs only while some endpoint is active. */
  private doorbell?: Subscription;
  private leaseTimer?: NodeJS.Timeout;
  private stopped = false;
  private holding = false;
  private started?: Promise<void>;
  private changes: Promise<void> = Promise.resolve();

  constructor(
    private readonly log: Pick<EventStore, 'readAll' | 'subscribeToAll' | 'headPosition'>,
    private readonly lanes: Omit<LaneDependencies, 'log'>,
    private readonly options: DispatcherOptions = {},
  ) {}

  /** Starts in the background: waits for the lease, reads the endpoints, then delivers until stopped. */
  start(): void {
    this.stopped = false;
    this.started ??= this.run().catch((error: unknown) => this.say('error', 'webhook delivery stopped', { error: String(error) }));
  }

  /** Whether this process holds the lease and delivers. */
  get delivering(): boolean {
    return this.holding && !this.stopped;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.leaseTimer);
    await this.subscription?.stop();
    await this.changes.catch(() => undefined);
    await this.silenceDoorbell();
    await Promise.all([...this.endpoints.values()].map(({ lane }) => lane.stop()));
    await this.started;
    if (this.holding) await this.lanes.state.releaseLease(THIS_PROCESS).catch(() => undefined);
    this.holding = false;
  }

  /** Stops delivering and starts again from the lease: lanes resume from their checkpoints. */
  private async restart(): Promise<void> {
    this.started = undefined;
    await this.stop();
    this.start();
  }

  private async run(): Promise<void> {
    await this.lanes.state.ensureSchema();
    await this.acquireLease();
    if (this.stopped) return;
    let after = 0n;
    for (;;) {
      const slice = await this.log.readAll({ after, maxCount: 1_000, filter: { eventTypes: [...WEBHOOK_ENDPOINT_EVENT_TYPES] } });
      for (const event of slice.events) await this.apply(event, false);
      if (slice.scannedUpTo <= after) break;
      after = slice.scannedUpTo;
    }
    if (this.stopped) return;
    for (const { active, lane } of this.endpoints.values()) if (active) lane.start();
    this.say('info', `webhook delivery started: ${this.endpoints.size} endpoint(s) registered, following the log from position ${after}`);
    await this.updateDoorbell();
    this.subscription = this.log.subscribeToAll({ after, filter: { eventTypes: [...WEBHOOK_ENDPOINT_EVENT_TYPES] } }, async (events) => {
      for (const event of events) await this.apply(event, true);
      if (events.length > 0) await this.updateDoorbell();
    });
    this.subscription.done.catch((error: unknown) => {
      if (this.stopped) return;
      this.say('error', 'the webhook dispatcher lost the log; starting again', { error: String(error) });
      void this.restart();
    });
  }

  /**
   * A log with no active endpoint is not watched for deliverable events at all; with one, every
   * append of one wakes the lanes (which also look again every second, for writers elsewhere).
   */
  private async updateDoorbell(): Promise<void> {
    const anyActive = [...this.endpoints.values()].some((endpoint) => endpoint.active);
    if (!anyActive || this.stopped) return this.silenceDoorbell();
    if (this.doorbell) return;
    const doorbell = this.log.subscribeToAll({ after: await this.log.headPosition(), filter: { eventTypes: [...WEBHOOK_EVENT_TYPES] } }, async (events) => {
      if (events.length > 0) for (const { lane } of this.endpoints.values()) lane.ring();
    });
    this.doorbell = doorbell;
    doorbell.done.catch((error: unknown) => {
      if (this.doorbell !== doorbell || this.stopped) return;
      this.say('warn', 'the webhook doorbell lost the log; the lanes look again every second meanwhile', { error: String(error) });
      this.doorbell = undefined;
      setTimeout(() => void this.updateDoorbell().catch(() => undefined), 1_000).unref();
    });
  }

  private async silenceDoorbell(): Promise<void> {
    const doorbell = this.doorbell;
    this.doorbell = undefined;
    await doorbell?.stop();
  }

  private async acquireLease(): Promise<void> {
    const leaseMs = this.options.leaseMs ?? DEFAULT_LEASE_MS;
    for (let waiting = false; !this.stopped; waiting = true) {
      if (await this.claim(leaseMs)) break;
      if (!waiting) this.say('info', 'another process delivers webhooks; waiting for its lease');
      await new Promise((resolve) => setTimeout(resolve, leaseMs / 3).unref());
    }
    this.scheduleRenewal(leaseMs);
  }

  private async claim(leaseMs: number): Promise<boolean> {
    const now = Date.now();
    this.holding = await this.lanes.state.claimLease(THIS_PROCESS, new Date(now).toISOString(), new Date(now + leaseMs).toISOString(), isGoneFromThisHost);
    return this.holding;
  }

  private scheduleRenewal(leaseMs: number): void {
    if (this.stopped) return;
    this.leaseTimer = setTimeout(() => {
      this.claim(leaseMs)
        .then(async (held) => {
          if (held) return this.forgetOldAttempts();
          // Another process took the lease (this one stalled past it): let it deliver alone, and stand by.
          this.say('warn', 'the webhook lease was taken over; this process stops delivering and waits for the lease');
          await this.restart();
        })
        .catch((error: unknown) => this.say('warn', 'could not renew the webhook lease', { error: String(error) }))
        .finally(() => this.holding && this.scheduleRenewal(leaseMs));
    }, leaseMs / 3);
    this.leaseTimer.unref();
  }

  private async forgetOldAttempts(): Promise<void> {
    const days = this.options.attemptRetentionDays ?? DEFAULT_RETENTION_DAYS;
    await this.lanes.state.forgetAttemptsBefore(new Date(Date.now() - days * DAY_MS).toISOString());
  }

  /** Follows one event of an endpoint; endpoints change one at a time, in log order. */
  private apply(event: RecordedEvent, live: boolean): Promise<void> {
    const next = this.changes.then(() => this.applyNow(event, live));
    this.changes = next.catch(() => undefined);
    return next;
  }

  private async applyNow(event: RecordedEvent, live: boolean): Promise<void> {
    const { state } = this.lanes;
    const change = { type: event.type, data: event.data } as WebhookEvent;
    if (change.type === 'WebhookEndpointRegistered') {
      const endpoint = deliverable(change.data);
      if (this.endpoints.has(endpoint.id)) return;
      await state.startAfter(endpoint.id, event.globalPosition);
      const lane = new EndpointLane(endpoint, { ...this.lanes, log: this.log });
      this.endpoints.set(endpoint.id, { endpoint, active: true, lane });
      if (live) lane.start();
      return;
    }
    const known = this.endpoints.get(change.data.endpointId);
    if (!known) return;
    switch (change.type) {
      case 'WebhookEndpointDisabled':
        known.active = false;
        if (live) await known.lane.stop();
        return;
      case 'WebhookEndpointEnabled':
        known.active = true;
        if (live) known.lane.start();
        return;
      case 'WebhookReplayRequested': {
        await known.lane.stop();
        await state.applyReplay(known.endpoint.id, BigInt(change.data.fromPosition), event.globalPosition);
        if (live && known.active) known.lane.start();
        return;
      }
    }
  }

  private say(level: 'info' | 'warn' | 'error', message: string, fields?: Record<string, unknown>): void {
    this.options.log?.(level, message, fields);
  }
}

function deliverable(data: WebhookEndpointRegistered['data']): DeliverableEndpoint {
  return {
    id: data.endpointId,
    url: data.url,
    eventTypes: data.eventTypes,
    ...(data.partnershipId !== undefined && { partnershipId: data.partnershipId }),
    ...(data.hospitalId !== undefined && { hospitalId: data.hospitalId }),
  };
}
