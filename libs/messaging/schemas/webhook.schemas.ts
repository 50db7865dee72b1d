import { type AggregateSchemas, id, instant, listOf, record, text } from './json-schema';

const position = { type: 'string', pattern: '^(0|[1-9]\\d*)$' };

export const webhookSchemas: AggregateSchemas = {
  streamPrefix: 'webhook-',
  events: {
    WebhookEndpointRegistered: {
      1: record(
        { endpointId: id, url: text, eventTypes: listOf(text, 1), registeredBy: id, registeredAt: instant },
        { partnershipId: id, hospitalId: id, description: text },
      ),
    },
    WebhookEndpointDisabled: {
      1: record({ endpointId: id, reason: text, automatic: { type: 'boolean' }, disabledBy: id, disabledAt: instant }),
    },
    WebhookEndpointEnabled: {
      1: record({ endpointId: id, enabledBy: id, enabledAt: instant }),
    },
    WebhookReplayRequested: {
      1: record({ endpointId: id, fromPosition: position, requestedBy: id, requestedAt: instant }),
    },
  },
};
