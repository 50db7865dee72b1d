import type { Provider } from '@nestjs/common';
import type { ReadModelStore } from '@telemed/projections';
import type { AppConfig } from '@telemed/runtime';
import { APP_CONFIG, IDEMPOTENCY_STORE } from '../infrastructure/tokens';
import { WebhookDeliveryState } from './webhook-delivery-state';
import { WebhookSecretBox } from './webhook-secrets';

/** The delivery state lives in the API's state store: beside the read models, never rebuilt with them. */
export const webhookDeliveryStateProvider: Provider = {
  provide: WebhookDeliveryState,
  inject: [IDEMPOTENCY_STORE, APP_CONFIG],
  useFactory: (apiState: ReadModelStore, config: AppConfig) => new WebhookDeliveryState(apiState, new WebhookSecretBox(config.patientData.masterKey)),
};
