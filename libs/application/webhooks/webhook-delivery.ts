import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { EventStore } from '@telemed/event-store/event-store.port';
import type { AppConfig } from '@telemed/runtime';
import { APP_CONFIG, Clock, EVENT_STORE } from '../infrastructure/tokens';
import { createWebhookDispatcher } from './create-webhook-dispatcher';
import type { WebhookDispatcher } from './webhook-dispatcher';
import { WebhookDeliveryState } from './webhook-delivery-state';

/**
 * Delivers webhooks in this process when WEBHOOK_DELIVERY=inprocess (the embedded mode); with
 * `app`, the webhooks app delivers and this process only registers endpoints and serves their log.
 */
@Injectable()
export class WebhookDelivery implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Webhooks');
  private dispatcher?: WebhookDispatcher;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly state: WebhookDeliveryState,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.webhooks.delivery !== 'inprocess') return;
    this.dispatcher = createWebhookDispatcher({
      store: this.store,
      state: this.state,
      config: this.config.webhooks,
      now: () => this.clock.now(),
      log: (level, message, fields) => (level === 'info' ? this.logger.log(fields ?? {}, message) : this.logger[level](fields ?? {}, message)),
    });
    this.dispatcher.start();
  }

  /** Before the stores close: the deliveries in flight finish and are recorded. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.dispatcher?.stop();
  }
}
