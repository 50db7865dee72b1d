import { arrayOf, flag, id, instant, integer, named, nullable, object, oneOf, optional, pageOf, position, text, listOf } from '../http/openapi/response-schema';

const ATTEMPT = object({
  messageId: text('the `webhook-id` header: the id of the event delivered, the same on every attempt and replay'),
  eventType: text(),
  streamId: text('the case (or partnership) the event belongs to; its deliveries never overtake each other'),
  position: position('the log position of the event'),
  attempt: integer('1 for the first attempt at the message, 2 for its first retry...'),
  attemptedAt: instant(),
  outcome: oneOf(['delivered', 'failed']),
  statusCode: nullable(integer('the HTTP status the receiver answered; null when it did not answer')),
  latencyMs: integer('from sending the request to the end of the answer (or the failure)'),
  error: nullable(text('why the attempt failed: `HTTP 503`, `timed out after 10000 ms`, `connection refused`...')),
});

export const WEBHOOK_REGISTERED = named(
  'WebhookEndpointRegistered',
  object({
    id: id('the endpoint'),
    position: position('the global log position of the registration; pass it as `minPosition` to read your write'),
    secret: text('the signing secret (`whsec_...`), shown this once: configure it in the receiver’s Standard Webhooks verifier'),
  }),
);

export const WEBHOOK_ENDPOINT_LIST = named(
  'WebhookEndpointList',
  listOf(
    object({
      id: id(),
      url: text(),
      eventTypes: arrayOf(text(), 'the event types delivered, or `*` for every one'),
      partnershipId: optional(id()),
      hospitalId: optional(id('whose system it is: what concerns this hospital, and only its own patients’ details')),
      description: optional(text()),
      status: oneOf(['active', 'disabled']),
      disabled: optional(
        object({
          reason: text(),
          automatic: flag('true when the deliveries kept failing and the backbone disabled it'),
          at: instant(),
          by: text(),
        }),
      ),
      registeredBy: text(),
      registeredAt: instant(),
      lastReplay: optional(object({ fromPosition: position(), requestedAt: instant() })),
      delivery: object({
        position: optional(position('every message up to this log position has been delivered')),
        lastAttempt: optional(ATTEMPT),
      }),
    }),
  ),
);

export const WEBHOOK_DELIVERY_PAGE = named('WebhookDeliveryPage', pageOf(ATTEMPT));
