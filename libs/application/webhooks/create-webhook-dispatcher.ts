import { randomUUID } from 'node:crypto';
import { DomainError } from '@telemed/domain/core';
import { webhookDecider, webhookEndpointStreamId } from '@telemed/domain/webhook';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { executeCommand } from '../commands/execute-command';
import type { WebhookConfig } from '@telemed/runtime';
import { CasePartiesReader } from './case-parties';
import { WebhookDispatcher, type DispatcherOptions } from './webhook-dispatcher';
import type { WebhookDeliveryState } from './webhook-delivery-state';
import { WebhookMessages } from './webhook-messages';
import { sendWebhook } from './webhook-sender';

/** Who disables an endpoint whose deliveries kept failing, as the history names it. */
export const WEBHOOK_DISPATCHER_ACTOR = 'webhook-dispatcher';

export interface WebhookDispatcherParts {
  /** The log as the backbone reads it: patient data decrypted, events upcast. */
  store: EventStore;
  state: WebhookDeliveryState;
  config: WebhookConfig;
  /** Business time of the disabling events; the wall clock unless given. */
  now?: () => string;
  log?: DispatcherOptions['log'];
}

/** The dispatcher as the api (embedded) and the webhooks app (distributed) both run it. */
export function createWebhookDispatcher({ store, state, config, now = () => new Date().toISOString(), log }: WebhookDispatcherParts): WebhookDispatcher {
  const disable = async (endpointId: string, reason: string) => {
    const requestId = randomUUID();
    const metadata: EventMetadata = { actor: { userId: WEBHOOK_DISPATCHER_ACTOR, role: 'system' }, correlationId: requestId, requestId };
    try {
      await executeCommand(store, metadata, (unitOfWork) =>
        unitOfWork.decide(webhookEndpointStreamId(endpointId), webhookDecider, { type: 'DisableWebhookEndpoint', reason, automatic: true, by: WEBHOOK_DISPATCHER_ACTOR, now: now() }),
      );
    } catch (error) {
      // A coordinator disabled it meanwhile: nothing left to record.
      if (error instanceof DomainError && error.kind === 'conflict') return;
      throw error;
    }
  };
  return new WebhookDispatcher(
    store,
    {
      state,
      messages: new WebhookMessages(new CasePartiesReader(store)),
      send: sendWebhook,
      disable,
      config,
      onError: (endpointId, error) => log?.('warn', 'webhook delivery failed; starting again from the checkpoint', { endpointId, error: String(error) }),
    },
    { log },
  );
}
