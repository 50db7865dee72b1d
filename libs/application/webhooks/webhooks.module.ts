import { Module } from '@nestjs/common';
import { RegisterWebhookEndpointHandler } from './register-webhook-endpoint';
import { ChangeWebhookEndpointHandler } from './change-webhook-endpoint';
import { ListWebhookDeliveriesHandler, ListWebhookEndpointsHandler } from './webhook-endpoints.queries';
import { webhookDeliveryStateProvider } from './webhook-delivery.providers';
import { WebhookDelivery } from './webhook-delivery';

const PROVIDERS = [
  webhookDeliveryStateProvider,
  RegisterWebhookEndpointHandler,
  ChangeWebhookEndpointHandler,
  ListWebhookEndpointsHandler,
  ListWebhookDeliveriesHandler,
  WebhookDelivery,
];

/** Webhooks: partner systems' endpoints, and the signed, ordered, at-least-once delivery of the log to them. */
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class WebhooksModule {}
