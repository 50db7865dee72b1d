import { created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { read, requestConsultation } from '../support/consultation-steps';
import { startTestApp, type TestApp } from '../support/test-app';
import { WebhookReceiver, type ReceivedDelivery } from '../support/webhook-receiver';

/** Short waits: the schedule's shape is what is checked, not its minutes. */
const RETRY_BASE_MS = 40;
const RETRY_MAX_MS = 160;
const MAX_ATTEMPTS = 4;
const TIMEOUT_MS = 250;

const gaps = (deliveries: ReceivedDelivery[]) => deliveries.slice(1).map((delivery, index) => delivery.receivedAt - deliveries[index].receivedAt);

describe('webhook deliveries to a receiver that fails', () => {
  let t: TestApp;
  let network: SeededNetwork;
  let receiver: WebhookReceiver;

  const register = async (path: string, behaviour: Parameters<WebhookReceiver['url']>[1]) =>
    (await created(t, network.tokens.coordinator, '/v1/webhooks', { url: receiver.url(path, behaviour), eventTypes: ['ConsultationRequested'] })).id;
  const endpointOf = async (id: string, position?: string) =>
    (await read(t, network.tokens.coordinator, '/v1/webhooks', position)).body.items.find((item: { id: string }) => item.id === id);

  /** The endpoint as listed once it has been disabled. */
  async function disabledEndpoint(id: string) {
    for (let tries = 0; tries < 200; tries++) {
      const endpoint = await endpointOf(id);
      if (endpoint?.status === 'disabled') return endpoint;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`endpoint ${id} was never disabled`);
  }

  beforeAll(async () => {
    t = await startTestApp({
      env: {
        WEBHOOK_RETRY_BASE_MS: String(RETRY_BASE_MS),
        WEBHOOK_RETRY_MAX_MS: String(RETRY_MAX_MS),
        WEBHOOK_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
        WEBHOOK_TIMEOUT_MS: String(TIMEOUT_MS),
      },
    });
    receiver = await WebhookReceiver.start();
    network = await seedNetwork(t);
  });

  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });

  it('tries again after growing waits until the receiver answers, and logs every attempt', async () => {
    const id = await register('/flaky', (_delivery, count) => ({ status: count <= 2 ? 503 : 200 }));
    await requestConsultation(t, network);
    const deliveries = await receiver.waitFor('/flaky', (got) => got.length >= 3);
    expect(deliveries.map((delivery) => delivery.answered)).toEqual([503, 503, 200]);
    expect(new Set(deliveries.map((delivery) => delivery.id)).size).toBe(1);
    // Equal jitter: the wait after the n-th failure lies in [base·2ⁿ⁻¹/2, base·2ⁿ⁻¹].
    const [first, second] = gaps(deliveries);
    expect(first).toBeGreaterThanOrEqual(RETRY_BASE_MS / 2 - 5);
    expect(second).toBeGreaterThanOrEqual(RETRY_BASE_MS - 5);

    let log = await read(t, network.tokens.coordinator, `/v1/webhooks/${id}/deliveries`);
    for (let tries = 0; log.body.items.length < 3 && tries < 100; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      log = await read(t, network.tokens.coordinator, `/v1/webhooks/${id}/deliveries`);
    }
    expect(log.body.items.map((item: { attempt: number; outcome: string; statusCode: number; error: string | null }) => [item.attempt, item.outcome, item.statusCode, item.error])).toEqual([
      [3, 'delivered', 200, null],
      [2, 'failed', 503, 'HTTP 503'],
      [1, 'failed', 503, 'HTTP 503'],
    ]);
    expect((await endpointOf(id)).status).toBe('active');
  });

  it('disables an endpoint whose receiver keeps failing, after the last attempt, with the reason for coordinators to see', async () => {
    const id = await register('/down', () => ({ status: 500 }));
    await requestConsultation(t, network);
    const endpoint = await disabledEndpoint(id);
    expect(endpoint.disabled).toEqual({
      reason: expect.stringMatching(new RegExp(`^${MAX_ATTEMPTS} attempts at delivering ConsultationRequested \\(position \\d+\\) failed; the last: HTTP 500$`)),
      automatic: true,
      at: expect.any(String),
      by: 'webhook-dispatcher',
    });
    const attempts = receiver.at('/down');
    expect(attempts).toHaveLength(MAX_ATTEMPTS);
    const waits = gaps(attempts);
    expect(waits[2]).toBeGreaterThanOrEqual(RETRY_BASE_MS * 2 - 5);
    expect(Math.max(...waits)).toBeLessThan(RETRY_MAX_MS + 500);
    const history = await read(t, network.tokens.auditor, `/v1/audit/streams/webhook-${id}`);
    expect(history.body.events.map((event: { type: string }) => event.type)).toEqual(['WebhookEndpointRegistered', 'WebhookEndpointDisabled']);
    expect(history.body.events[1].metadata.actor).toMatchObject({ userId: 'webhook-dispatcher', role: 'system' });
  });

  it('counts a receiver that does not answer in time as failing, and once enabled again delivers what is left', async () => {
    let healthy = false;
    const id = await register('/slow', () => (healthy ? { status: 202 } : { status: 200, delayMs: TIMEOUT_MS * 4 }));
    const consultation = await requestConsultation(t, network);
    const endpoint = await disabledEndpoint(id);
    expect(endpoint.disabled.reason).toMatch(new RegExp(`the last: timed out after ${TIMEOUT_MS} ms$`));
    const log = await read(t, network.tokens.coordinator, `/v1/webhooks/${id}/deliveries?outcome=failed`);
    expect(log.body.items).toHaveLength(MAX_ATTEMPTS);
    for (const item of log.body.items) {
      expect(item).toMatchObject({ statusCode: null, error: `timed out after ${TIMEOUT_MS} ms` });
      expect(item.latencyMs).toBeGreaterThanOrEqual(TIMEOUT_MS - 5);
    }

    healthy = true;
    const enabled = await created(t, network.tokens.coordinator, `/v1/webhooks/${id}/enable`);
    const deliveries = await receiver.waitFor('/slow', (got) => got.some((delivery) => delivery.answered === 202));
    expect(deliveries[deliveries.length - 1].payload.subject.id).toBe(consultation.id);
    expect((await endpointOf(id, enabled.position)).status).toBe('active');
  });
});
