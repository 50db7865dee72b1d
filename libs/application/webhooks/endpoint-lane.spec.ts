import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { ReadAllOptions } from '@telemed/event-store/event-store.port';
import { SqliteReadModelStore } from '@telemed/projections';
import type { WebhookConfig } from '@telemed/runtime';
import { CasePartiesReader } from './case-parties';
import { EndpointLane } from './endpoint-lane';
import { WebhookDeliveryState } from './webhook-delivery-state';
import { WebhookMessages, type WebhookMessage } from './webhook-messages';
import { WebhookSecretBox } from './webhook-secrets';
import type { SendOutcome } from './webhook-sender';

/** Three consultations of one partnership, their events interleaved in the log. */
function interleavedLog(): RecordedEvent[] {
  const events: RecordedEvent[] = [];
  const types = ['ConsultationRequested', 'ConsultationAccepted', 'ConsultationStarted', 'ConsultationOpinionSigned'];
  for (let revision = 0; revision < types.length; revision++) {
    for (const id of ['a', 'b', 'c']) {
      const position = events.length + 1;
      events.push({
        eventId: `event-${id}-${revision}`,
        type: types[revision],
        schemaVersion: 1,
        data: revision === 0 ? { consultationId: id, partnershipId: 'p-1', requestingHospitalId: 'h-kashgar', givingHospitalId: 'h-shanghai' } : { consultationId: id },
        metadata: { actor: { userId: 'spec', role: 'system' }, correlationId: 'spec' },
        streamId: `consultation-${id}`,
        streamRevision: revision,
        globalPosition: BigInt(position),
        recordedAt: '2026-03-02T02:00:00.000Z',
      });
    }
  }
  return events;
}

const config: WebhookConfig = { delivery: 'inprocess', timeoutMs: 1_000, retryBaseMs: 2, retryMaxMs: 8, maxAttempts: 4, parallelCases: 3, batchSize: 100 };

describe('the delivery lane of one endpoint', () => {
  let store: SqliteReadModelStore;
  let state: WebhookDeliveryState;
  const events = interleavedLog();
  const log = {
    readAll: async ({ after = 0n, maxCount = 100 }: ReadAllOptions = {}) => {
      const slice = events.filter((event) => event.globalPosition > after).slice(0, maxCount);
      return { events: slice, scannedUpTo: slice.length > 0 ? slice[slice.length - 1].globalPosition : after };
    },
    readStream: async (streamId: string) => events.filter((event) => event.streamId === streamId),
  };
  const endpoint = { id: 'w-1', url: 'https://his.example/hook', eventTypes: ['*'] };

  beforeEach(async () => {
    store = SqliteReadModelStore.open(':memory:');
    state = new WebhookDeliveryState(store, new WebhookSecretBox(Buffer.alloc(32, 7)));
    await state.keepSecret('w-1', 'whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA==', '2026-03-02T00:00:00Z');
    await state.startAfter('w-1', 0n);
  });

  afterEach(() => store.close());

  function laneWith(send: (message: WebhookMessage) => Promise<SendOutcome>, disabled: string[] = []) {
    return new EndpointLane(endpoint, {
      log,
      state,
      messages: new WebhookMessages(new CasePartiesReader(log)),
      send: (_url, _secret, message) => send(message),
      disable: async (_id, reason) => void disabled.push(reason),
      config,
      idlePollMs: 5,
    });
  }

  async function until(done: () => boolean | Promise<boolean>): Promise<void> {
    for (let tries = 0; tries < 500 && !(await done()); tries++) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  it('delivers every case in order, and a case being retried holds back only itself', async () => {
    const sent: string[] = [];
    let failuresLeft = 2;
    const lane = laneWith(async (message) => {
      sent.push(message.id);
      if (message.id === 'event-b-1' && failuresLeft-- > 0) return { delivered: false, statusCode: 503, latencyMs: 1, error: 'HTTP 503' };
      return { delivered: true, statusCode: 204, latencyMs: 1, error: null };
    });
    lane.start();
    await until(async () => (await state.checkpointOf('w-1'))?.position === 12n);
    await lane.stop();

    for (const id of ['a', 'b', 'c']) {
      const own = sent.filter((sentId) => sentId.startsWith(`event-${id}-`));
      expect([...new Set(own)]).toEqual([0, 1, 2, 3].map((revision) => `event-${id}-${revision}`));
    }
    expect(sent.filter((id) => id === 'event-b-1')).toHaveLength(3);
    // While b waited for its retries, a and c went to the end.
    expect(sent.indexOf('event-a-3')).toBeLessThan(sent.lastIndexOf('event-b-1'));
    expect(sent.indexOf('event-c-3')).toBeLessThan(sent.lastIndexOf('event-b-1'));
    const attempts = await store.all<{ message_id: string; attempt: number; outcome: string }>('SELECT message_id, attempt, outcome FROM webhook_attempts WHERE message_id = ? ORDER BY attempt', ['event-b-1']);
    expect(attempts.map((attempt) => [attempt.attempt, attempt.outcome])).toEqual([[1, 'failed'], [2, 'failed'], [3, 'delivered']]);
  });

  it('disables the endpoint after the last attempt, keeps the checkpoint before what was not delivered, and starts there again', async () => {
    const disabled: string[] = [];
    const failing = laneWith(async (message) =>
      message.id === 'event-b-1' ? { delivered: false, statusCode: 500, latencyMs: 1, error: 'HTTP 500' } : { delivered: true, statusCode: 204, latencyMs: 1, error: null },
    disabled);
    failing.start();
    await until(() => disabled.length > 0 && !failing.isRunning);
    expect(disabled).toEqual([`4 attempts at delivering ConsultationAccepted (position 5) failed; the last: HTTP 500`]);
    expect((await state.checkpointOf('w-1'))?.position).toBe(4n);

    const resent: string[] = [];
    const recovered = laneWith(async (message) => {
      resent.push(message.id);
      return { delivered: true, statusCode: 204, latencyMs: 1, error: null };
    });
    recovered.start();
    await until(async () => (await state.checkpointOf('w-1'))?.position === 12n);
    await recovered.stop();
    expect(resent[0]).toBe('event-b-1');
    expect(resent).not.toContain('event-a-0');
    expect(resent).toContain('event-b-3');
  });
});
