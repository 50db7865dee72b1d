import { IllegalTransition, InvalidValue, NotFound, type Decider } from '@telemed/domain/core';
import { EVERY_WEBHOOK_EVENT_TYPE, isWebhookEventType } from './webhook-event-types';
import { WebhookEndpointAlreadyRegistered } from './webhook.errors';
import { evolve, initialState, type WebhookEndpointState, type WebhookEvent } from './webhook.events';
import { webhookUrlRefusal } from './webhook-url';

export interface RegisterWebhookEndpoint {
  type: 'RegisterWebhookEndpoint';
  endpointId: string;
  url: string;
  eventTypes: string[];
  partnershipId?: string;
  hospitalId?: string;
  description?: string;
  by: string;
  now: string;
}

export interface DisableWebhookEndpoint {
  type: 'DisableWebhookEndpoint';
  reason: string;
  /** True when the dispatcher disables an endpoint whose deliveries kept failing. */
  automatic: boolean;
  by: string;
  now: string;
}

export interface EnableWebhookEndpoint {
  type: 'EnableWebhookEndpoint';
  by: string;
  now: string;
}

export interface ReplayWebhookDeliveries {
  type: 'ReplayWebhookDeliveries';
  fromPosition: string;
  by: string;
  now: string;
}

export type WebhookCommand = RegisterWebhookEndpoint | DisableWebhookEndpoint | EnableWebhookEndpoint | ReplayWebhookDeliveries;

const MAX_EVENT_TYPES = 100;
const MAX_REASON_LENGTH = 500;
/** A log position: a non-negative integer, as a decimal string. */
const POSITION = /^(0|[1-9]\d{0,19})$/;

function registered(command: RegisterWebhookEndpoint): WebhookEvent[] {
  const refusal = webhookUrlRefusal(command.url);
  if (refusal) throw refusal;
  if (!Array.isArray(command.eventTypes) || command.eventTypes.length === 0) {
    throw new InvalidValue('eventTypes', 'must name at least one event type, or * for every one', 'invalid-event-types');
  }
  if (command.eventTypes.length > MAX_EVENT_TYPES) throw new InvalidValue('eventTypes', 'must name at most {max} event types', 'invalid-event-types', { max: MAX_EVENT_TYPES });
  const unknown = command.eventTypes.filter((type) => type !== EVERY_WEBHOOK_EVENT_TYPE && !isWebhookEventType(type));
  if (unknown.length > 0) {
    throw new InvalidValue('eventTypes', 'names event types that are not delivered: {unknown}', 'unknown-event-type', { unknown: unknown.join(', ') });
  }
  const eventTypes = command.eventTypes.includes(EVERY_WEBHOOK_EVENT_TYPE) ? [EVERY_WEBHOOK_EVENT_TYPE] : [...new Set(command.eventTypes)];
  const { endpointId, url, partnershipId, hospitalId, by: registeredBy, now: registeredAt } = command;
  const description = command.description?.trim();
  return [
    {
      type: 'WebhookEndpointRegistered',
      data: {
        endpointId,
        url,
        eventTypes,
        ...(partnershipId !== undefined && { partnershipId }),
        ...(hospitalId !== undefined && { hospitalId }),
        ...(description && { description }),
        registeredBy,
        registeredAt,
      },
    },
  ];
}

/**
 * The life of a webhook endpoint: registered (active), disabled by a coordinator or after failing
 * deliveries, enabled again, and replays asked for. Deliveries themselves are not facts of the
 * history: they are kept in the delivery log, which the history does not depend on.
 */
export const webhookDecider: Decider<WebhookCommand, WebhookEvent, WebhookEndpointState> = {
  decide(command, state) {
    if (command.type === 'RegisterWebhookEndpoint') {
      if (state.status !== 'unregistered') throw new WebhookEndpointAlreadyRegistered(state.endpointId);
      return registered(command);
    }
    if (state.status === 'unregistered') throw new NotFound('webhook endpoint');
    const { endpointId } = state;
    switch (command.type) {
      case 'DisableWebhookEndpoint': {
        if (state.status === 'disabled') throw new IllegalTransition('webhook endpoint', 'disable', 'disabled');
        const reason = typeof command.reason === 'string' ? command.reason.trim() : '';
        if (reason === '') throw new InvalidValue('reason', 'must not be empty');
        if (reason.length > MAX_REASON_LENGTH) throw new InvalidValue('reason', 'must be at most {max} characters long', 'invalid-value', { max: MAX_REASON_LENGTH });
        return [{ type: 'WebhookEndpointDisabled', data: { endpointId, reason, automatic: command.automatic, disabledBy: command.by, disabledAt: command.now } }];
      }
      case 'EnableWebhookEndpoint':
        if (state.status === 'active') throw new IllegalTransition('webhook endpoint', 'enable', 'active');
        return [{ type: 'WebhookEndpointEnabled', data: { endpointId, enabledBy: command.by, enabledAt: command.now } }];
      case 'ReplayWebhookDeliveries':
        if (!POSITION.test(command.fromPosition)) throw new InvalidValue('fromPosition', 'must be a log position: a whole number, as a decimal string');
        return [{ type: 'WebhookReplayRequested', data: { endpointId, fromPosition: command.fromPosition, requestedBy: command.by, requestedAt: command.now } }];
    }
  },
  evolve,
  initialState,
};
