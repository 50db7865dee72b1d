import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IllegalTransition, InvalidValue, NotFound } from '@telemed/domain/core';
import { specFor } from '@telemed/domain/core/decider-spec.testing';
import { webhookDecider, type WebhookCommand } from './webhook.decider';
import { WebhookEndpointAlreadyRegistered } from './webhook.errors';
import { WEBHOOK_EVENT_TYPES, WEBHOOK_EVENT_TYPES_BY_STREAM, eventTypesAskedFor } from './webhook-event-types';
import { webhookEndpointStreamId, type WebhookEvent } from './webhook.events';

const given = specFor(webhookDecider);
const now = '2026-03-02T02:00:00.000Z';
const register: WebhookCommand = {
  type: 'RegisterWebhookEndpoint',
  endpointId: 'w-1',
  url: 'https://his.kashgar2.example/telemed/webhooks',
  eventTypes: ['ConsultationRequested', 'ConsultationOpinionSigned', 'ConsultationRequested'],
  hospitalId: 'h-kashgar',
  description: ' HIS of Kashgar No. 2 ',
  by: 'coord-1',
  now,
};
const registered: WebhookEvent = {
  type: 'WebhookEndpointRegistered',
  data: {
    endpointId: 'w-1',
    url: 'https://his.kashgar2.example/telemed/webhooks',
    eventTypes: ['ConsultationRequested', 'ConsultationOpinionSigned'],
    hospitalId: 'h-kashgar',
    description: 'HIS of Kashgar No. 2',
    registeredBy: 'coord-1',
    registeredAt: now,
  },
};
const disable = (reason = 'the HIS is being migrated', automatic = false): WebhookCommand => ({ type: 'DisableWebhookEndpoint', reason, automatic, by: 'coord-1', now });
const disabled = (reason = 'the HIS is being migrated', automatic = false): WebhookEvent => ({
  type: 'WebhookEndpointDisabled',
  data: { endpointId: 'w-1', reason, automatic, disabledBy: 'coord-1', disabledAt: now },
});
const enable: WebhookCommand = { type: 'EnableWebhookEndpoint', by: 'coord-1', now };
const enabled: WebhookEvent = { type: 'WebhookEndpointEnabled', data: { endpointId: 'w-1', enabledBy: 'coord-1', enabledAt: now } };

describe('a webhook endpoint', () => {
  it('is registered with the event types it asks for, each once', () => {
    given([]).when(register).then([registered]);
  });

  it('asking for every event type is recorded as * alone', () => {
    given([]).when({ ...register, eventTypes: ['ConsultationRequested', '*'] } as WebhookCommand).then([
      { ...registered, data: { ...registered.data, eventTypes: ['*'] } } as WebhookEvent,
    ]);
  });

  it.each([
    ['a remote address over plain http', 'http://his.kashgar2.example/hook', 'invalid-webhook-url'],
    ['an address that is no URL', 'his.kashgar2.example/hook', 'invalid-webhook-url'],
    ['another scheme', 'ftp://his.kashgar2.example/hook', 'invalid-webhook-url'],
    ['a password in the address', 'https://user:secret@his.kashgar2.example/hook', 'invalid-webhook-url'],
    ['a fragment', 'https://his.kashgar2.example/hook#part', 'invalid-webhook-url'],
  ])('is refused at %s', (_sentence, url, code) => {
    const error = given([]).when({ ...register, url } as WebhookCommand).thenFails(InvalidValue, code);
    expect(error.fieldErrors[0].field).toBe('url');
  });

  it.each(['http://127.0.0.1:8080/hook', 'http://localhost/hook', 'http://[::1]:9000/hook'])('accepts plain http on the loopback address %s, for development', (url) => {
    given([]).when({ ...register, url } as WebhookCommand).then([{ ...registered, data: { ...registered.data, url } } as WebhookEvent]);
  });

  it('is refused with no event type, or one that is not delivered, naming it', () => {
    given([]).when({ ...register, eventTypes: [] } as WebhookCommand).thenFails(InvalidValue, 'invalid-event-types');
    const error = given([]).when({ ...register, eventTypes: ['ConsultationRequested', 'ExpertBooked', 'Nonsense'] } as WebhookCommand).thenFails(InvalidValue, 'unknown-event-type');
    expect(error.fieldErrors[0]).toMatchObject({ field: 'eventTypes', message: 'names event types that are not delivered: ExpertBooked, Nonsense' });
  });

  it('is registered once', () => {
    given([registered]).when(register).thenFails(WebhookEndpointAlreadyRegistered, 'already-registered');
  });

  it('is disabled with a reason, by a coordinator or after failing deliveries, and enabled again', () => {
    given([registered]).when(disable()).then([disabled()]);
    given([registered]).when(disable('12 attempts failed; the last: HTTP 503', true)).then([disabled('12 attempts failed; the last: HTTP 503', true)]);
    given([registered, disabled()]).when(enable).then([enabled]);
  });

  it('is not disabled twice, nor enabled while active, nor disabled without a reason', () => {
    given([registered, disabled()]).when(disable()).thenFails(IllegalTransition, 'illegal-transition');
    given([registered]).when(enable).thenFails(IllegalTransition, 'illegal-transition');
    given([registered]).when(disable('  ')).thenFails(InvalidValue);
  });

  it('replays from a log position, whether active or disabled', () => {
    const replay: WebhookCommand = { type: 'ReplayWebhookDeliveries', fromPosition: '1200', by: 'coord-1', now };
    const replayed: WebhookEvent = { type: 'WebhookReplayRequested', data: { endpointId: 'w-1', fromPosition: '1200', requestedBy: 'coord-1', requestedAt: now } };
    given([registered]).when(replay).then([replayed]);
    given([registered, disabled()]).when(replay).then([replayed]);
    given([registered]).when({ ...replay, fromPosition: '-3' } as WebhookCommand).thenFails(InvalidValue);
    given([registered]).when({ ...replay, fromPosition: '12.5' } as WebhookCommand).thenFails(InvalidValue);
  });

  it('an endpoint never registered can be neither disabled, enabled nor replayed, and lives in a stream named after it', () => {
    given([]).when(enable).thenFails(NotFound);
    expect(webhookEndpointStreamId('w-1')).toBe('webhook-w-1');
  });
});

describe('the deliverable event types', () => {
  /** Every event type the domain declares, by the folder of its events file. */
  const declared = (folder: string) => {
    const directory = join(__dirname, '..', folder);
    return readdirSync(directory)
      .filter((file) => file.endsWith('.events.ts'))
      .flatMap((file) => [...readFileSync(join(directory, file), 'utf8').matchAll(/DomainEvent<\s*'(\w+)'/g)].map((match) => match[1]));
  };

  it('are every event of the activities, their materials, partnerships and agreements, and nothing else', () => {
    expect([...WEBHOOK_EVENT_TYPES].sort()).toEqual(
      ['consultation', 'case-review', 'training', 'partnership', 'agreement', 'case-material'].flatMap(declared).sort(),
    );
    expect(WEBHOOK_EVENT_TYPES_BY_STREAM['case-review-']).toContain('CaseReviewMaterialAttached');
  });

  it('* asks for all of them', () => {
    expect(eventTypesAskedFor(['*'])).toEqual(WEBHOOK_EVENT_TYPES);
    expect(eventTypesAskedFor(['AgreementSigned'])).toEqual(['AgreementSigned']);
  });
});
