import type { ReadModelStore } from '@telemed/projections';
import { sampleProjectionLag } from '@telemed/observability';
import { READ_MODELS } from '@telemed/application/infrastructure/tokens';
import { ReadinessChecks } from '@telemed/application/observability/readiness-checks';
import { HOSPITAL, startObservedApp, type ObservedApp } from './observability-app';

async function until(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('liveness and readiness probes', () => {
  let t: ObservedApp;

  beforeAll(async () => {
    t = await startObservedApp();
  });

  afterAll(() => t.close());

  const ready = () => t.http.get('/health/ready');

  it('is live without asking anything of the store, and needs no token', async () => {
    const response = await t.http.get('/health/live');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'live' });
  });

  it('is ready when the log answers and the read models are caught up', async () => {
    const response = await ready();
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      status: 'ready',
      checks: {
        eventStore: expect.objectContaining({ ready: true, head: expect.any(String) }),
        readModels: expect.objectContaining({ ready: true, behind: '0' }),
      },
    });
  });

  it('answers 503 while the projections fail, and ready again once they recover', async () => {
    const readModels = t.app.get<ReadModelStore>(READ_MODELS);
    const transaction = jest.spyOn(readModels, 'transaction').mockRejectedValue(new Error('read-model disk is full'));
    try {
      const token = await t.coordinatorToken();
      await t.http.post('/v1/hospitals').set('Authorization', `Bearer ${token}`).send(HOSPITAL).expect(201);
      await until(async () => (await ready()).status === 503);

      const response = await ready();
      expect(response.body.status).toBe('not-ready');
      expect(response.body.checks.readModels).toEqual(
        expect.objectContaining({ ready: false, detail: expect.stringContaining('read-model disk is full') }),
      );
      expect(response.body.checks.eventStore.ready).toBe(true);
      expect((await t.http.get('/health/live')).status).toBe(200);
    } finally {
      transaction.mockRestore();
    }
    await until(async () => (await ready()).status === 200);
  });

  it('includes the checks other adapters register, such as Kafka, and fails when one fails', async () => {
    const checks = t.app.get(ReadinessChecks);
    checks.register({ name: 'kafka', check: async () => ({ ready: false, detail: 'no broker reachable' }) });
    try {
      const response = await ready();
      expect(response.status).toBe(503);
      expect(response.body.checks.kafka).toEqual({ ready: false, detail: 'no broker reachable' });
    } finally {
      checks.register({ name: 'kafka', check: async () => ({ ready: true }) });
    }
    expect((await ready()).status).toBe(200);
  });
});

describe('readiness with a lag limit', () => {
  it('is not ready while the read models are READINESS_MAX_LAG_EVENTS or more behind', async () => {
    const t = await startObservedApp({ READINESS_MAX_LAG_EVENTS: '1' });
    const readModels = t.app.get<ReadModelStore>(READ_MODELS);
    // The runner waits on a transaction held back by a gate: behind, but not failing.
    let openGate = () => undefined as void;
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    const transaction = readModels.transaction.bind(readModels);
    const stuck = jest.spyOn(readModels, 'transaction').mockImplementation(async (work) => {
      await gate;
      return transaction(work);
    });
    try {
      await t.http.post('/v1/hospitals').set('Authorization', `Bearer ${await t.coordinatorToken()}`).send(HOSPITAL).expect(201);
      await until(async () => (await t.http.get('/health/ready')).status === 503);
      const response = await t.http.get('/health/ready');
      expect(response.body.checks.readModels).toEqual(expect.objectContaining({ ready: false, detail: '1 events behind (limit 1)' }));
    } finally {
      stuck.mockRestore();
      openGate();
      await t.close();
    }
  });
});

describe('projection lag in seconds', () => {
  const event = (position: bigint, recordedAt: string) => ({ globalPosition: position, recordedAt }) as never;
  const store = (head: bigint, recordedAt: Record<string, string>) => ({
    headPosition: async () => head,
    readAll: async ({ after = 0n }: { after?: bigint } = {}) => {
      const next = after + 1n;
      return { events: next <= head ? [event(next, recordedAt[String(next)])] : [], scannedUpTo: next };
    },
  });
  const runner = (name: string, position: bigint) => ({ name, position: () => position, failure: () => undefined });
  const now = () => Date.parse('2026-03-02T10:00:30Z');

  it('is the age of the oldest event a runner has not applied, and 0 when it is caught up', async () => {
    const log = store(3n, { '2': '2026-03-02T10:00:00Z', '3': '2026-03-02T10:00:20Z' });
    const sample = await sampleProjectionLag(log, [runner('behind', 1n), runner('caught-up', 3n)], now);
    expect(sample.head).toBe(3n);
    expect(sample.projections).toEqual([
      { name: 'behind', position: 1n, eventsBehind: 2n, secondsBehind: 30, failing: false },
      { name: 'caught-up', position: 3n, eventsBehind: 0n, secondsBehind: 0, failing: false },
    ]);
  });
});
