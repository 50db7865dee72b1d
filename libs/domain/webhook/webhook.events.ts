import type { DomainEvent } from '@telemed/domain/core';

/**
 * A coordinator registered an endpoint to receive events as webhooks. The secret that signs the
 * deliveries is not part of the fact: it is shown once and kept, encrypted, beside the delivery
 * state. `partnershipId` and `hospitalId` narrow what it receives; `hospitalId` also names whose
 * system it is, which decides whether it may receive a patient's details.
 */
export type WebhookEndpointRegistered = DomainEvent<
  'WebhookEndpointRegistered',
  {
    endpointId: string;
    url: string;
    /** Event types, or `*` for every deliverable one. */
    eventTypes: string[];
    partnershipId?: string;
    hospitalId?: string;
    description?: string;
    registeredBy: string;
    registeredAt: string;
  }
>;

/** Deliveries to the endpoint stopped: a coordinator said why, or they kept failing (`automatic`). */
export type WebhookEndpointDisabled = DomainEvent<
  'WebhookEndpointDisabled',
  { endpointId: string; reason: string; automatic: boolean; disabledBy: string; disabledAt: string }
>;

/** Deliveries resume from where they stopped. */
export type WebhookEndpointEnabled = DomainEvent<'WebhookEndpointEnabled', { endpointId: string; enabledBy: string; enabledAt: string }>;

/** The endpoint is to be sent again every event it asks for from this log position on (inclusive). */
export type WebhookReplayRequested = DomainEvent<
  'WebhookReplayRequested',
  { endpointId: string; fromPosition: string; requestedBy: string; requestedAt: string }
>;

export type WebhookEvent = WebhookEndpointRegistered | WebhookEndpointDisabled | WebhookEndpointEnabled | WebhookReplayRequested;

export type WebhookEndpointStatus = 'active' | 'disabled';

export type WebhookEndpointState =
  | { status: 'unregistered' }
  | {
      status: WebhookEndpointStatus;
      endpointId: string;
      url: string;
      eventTypes: string[];
      partnershipId?: string;
      hospitalId?: string;
      registeredAt: string;
      disabled?: { reason: string; automatic: boolean; at: string };
      /** The position the last replay asked for, if any. */
      replayFrom?: string;
    };

export const webhookEndpointStreamId = (endpointId: string): string => `webhook-${endpointId}`;

export const initialState = (): WebhookEndpointState => ({ status: 'unregistered' });

export function evolve(state: WebhookEndpointState, event: WebhookEvent): WebhookEndpointState {
  if (event.type === 'WebhookEndpointRegistered') {
    const { endpointId, url, eventTypes, partnershipId, hospitalId, registeredAt } = event.data;
    return {
      status: 'active',
      endpointId,
      url,
      eventTypes: [...eventTypes],
      ...(partnershipId !== undefined && { partnershipId }),
      ...(hospitalId !== undefined && { hospitalId }),
      registeredAt,
    };
  }
  if (state.status === 'unregistered') return state;
  switch (event.type) {
    case 'WebhookEndpointDisabled': {
      const { reason, automatic, disabledAt } = event.data;
      return { ...state, status: 'disabled', disabled: { reason, automatic, at: disabledAt } };
    }
    case 'WebhookEndpointEnabled': {
      const { disabled: _disabled, ...enabled } = state;
      return { ...enabled, status: 'active' };
    }
    case 'WebhookReplayRequested':
      return { ...state, replayFrom: event.data.fromPosition };
    default:
      return state;
  }
}
