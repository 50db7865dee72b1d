import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { ensureBuilt, REPOSITORY_ROOT } from '../recovery/backbone-process';
import { consultationRequest, created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { read } from '../support/consultation-steps';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { startTestApp, type TestApp } from '../support/test-app';
import { WebhookReceiver } from '../support/webhook-receiver';

const BUILT_WEBHOOKS_APP = join(REPOSITORY_ROOT, 'dist/apps/webhooks/src/main.js');

/** `npm run webhooks` as an operator runs it, its output kept. */
class WebhooksApp {
  output = '';
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcess;

  constructor(env: NodeJS.ProcessEnv) {
    this.child = spawn(process.execPath, [BUILT_WEBHOOKS_APP], { cwd: REPOSITORY_ROOT, env: { ...process.env, ...env, PROBE_PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const collect = (chunk: Buffer) => void (this.output += chunk.toString('utf8'));
    this.child.stdout!.on('data', collect);
    this.child.stderr!.on('data', collect);
    this.exited = new Promise((resolve) => this.child.once('close', (code) => resolve(code)));
  }

  async said(text: string, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.output.includes(text)) {
      if (Date.now() > deadline) throw new Error(`the webhooks app did not say "${text}":\n${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  stop(): Promise<number | null> {
    if (this.child.exitCode === null) this.child.kill('SIGTERM');
    return this.exited;
  }
}

describe('the webhooks app, delivering for an api on PostgreSQL (distributed mode)', () => {
  let database: TestDatabase;
  let t: TestApp;
  let network: SeededNetwork;
  let receiver: WebhookReceiver;
  const apps: WebhooksApp[] = [];
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    ensureBuilt();
    database = await createTestDatabase();
    env = {
      EVENT_STORE: 'postgres',
      READ_MODEL_STORE: 'postgres',
      DATABASE_URL: database.connectionString,
      PATIENT_DATA_MASTER_KEY: randomBytes(32).toString('base64'),
      WEBHOOK_DELIVERY: 'app',
    };
    t = await startTestApp({ env });
    receiver = await WebhookReceiver.start();
    network = await seedNetwork(t);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.stop()));
    await t?.close();
    await receiver?.close();
    await database?.drop();
  });

  it('refuses to start beside an api that delivers itself, saying why', async () => {
    const app = new WebhooksApp({ ...env, WEBHOOK_DELIVERY: 'inprocess' });
    expect(await app.exited).not.toBe(0);
    expect(app.output).toContain('the webhooks app runs with WEBHOOK_DELIVERY=app');
  });

  it('delivers what the api records, signed, while the api delivers nothing itself; a second app waits for the lease', async () => {
    const { id, secret } = (await created(t, network.tokens.coordinator, '/v1/webhooks', {
      url: receiver.url('/his'),
      eventTypes: ['ConsultationRequested'],
      hospitalId: network.receivingHospitalId,
    })) as unknown as { id: string; secret: string };
    const first = await created(t, network.tokens.clinician, '/v1/consultations', consultationRequest(network));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(receiver.at('/his')).toHaveLength(0);

    apps.push(new WebhooksApp(env));
    await apps[0].said('webhook delivery started: 1 endpoint');
    apps.push(new WebhooksApp(env));
    await apps[1].said('another process delivers webhooks; waiting for its lease');

    const second = await created(t, network.tokens.clinician, '/v1/consultations', consultationRequest(network));
    const deliveries = await receiver.waitFor('/his', (got) => got.length >= 2);
    expect(deliveries.map((delivery) => delivery.payload.subject.id)).toEqual([first.id, second.id]);
    expect(WebhookReceiver.verify(secret, deliveries[0])).toMatchObject({ data: { patient: { reference: 'KS2-2026-000123' } } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.at('/his')).toHaveLength(2);

    // The api serves the delivery log the app wrote.
    const log = await read(t, network.tokens.coordinator, `/v1/webhooks/${id}/deliveries`);
    expect(log.body.items.map((item: { outcome: string }) => item.outcome)).toEqual(['delivered', 'delivered']);
  });
});
