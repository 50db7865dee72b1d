import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Commands } from '@telemed/application/commands/commands';
import request from 'supertest';
import { mintToken } from '@telemed/auth';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { loadConfig } from '@telemed/runtime';
import { createApp } from '../../apps/api/src/create-app';
import { EVENT_STORE } from '@telemed/application/infrastructure/tokens';
import { generateProgramme } from '../../apps/cli/src/scenario/programme-scenario';
import { ScenarioClock, ScenarioIds } from '../../apps/cli/src/scenario/scenario-context';
import { asStatsSeries, readWholeLog, recountOverall } from '../stats/log-recount';
import { startTestBackend, type TestBackend } from '../support/test-backend';

const SECRET = 'verify-and-rebuild-secret-of-forty-characters';

describe('verifying the history and rebuilding the read models of a generated programme', () => {
  let app: NestFastifyApplication;
  let dataDir: string;
  let auditor: string;
  let coordinator: string;
  let clock: ScenarioClock;
  let backend: TestBackend;

  const post = (path: string, token: string, body: object = {}) =>
    request(app.getHttpServer()).post(path).set('authorization', `Bearer ${token}`).send(body);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'telemed-rebuild-'));
    clock = new ScenarioClock();
    backend = await startTestBackend();
    app = await createApp(loadConfig({ ...backend.env, DATA_DIR: dataDir, AUTH_JWT_SECRET: SECRET, AUDIT_SEAL_EVERY_EVENTS: '700' }), {
      clock,
      ids: new ScenarioIds(5),
      logger: false,
    });
    await generateProgramme(app.get(Commands), clock, { seed: 5, scale: 0.5, start: '2024-01-01T00:00:00Z', months: 12 });
    auditor = await mintToken(SECRET, { sub: 'auditor-1', role: 'auditor' });
    coordinator = await mintToken(SECRET, { sub: 'coordinator-1', role: 'coordinator' });
  }, 120_000);

  afterAll(async () => {
    await app.close();
    await backend.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('an auditor verifies the untouched history: every event checked, sealed up to the last seal', async () => {
    await post('/v1/audit/seal', coordinator).expect(200);
    const head = await app.get<EventStore>(EVENT_STORE).headPosition();
    const { body } = await post('/v1/audit/verify', auditor).expect(200);
    expect(body.ok).toBe(true);
    expect(body.firstBreak).toBeUndefined();
    expect(body.eventsChecked).toBe(Number(head));
    expect(body.sealsChecked).toBeGreaterThan(0);
    expect(body.accessTrail).toMatchObject({ ok: true });
    expect(BigInt(body.sealedUpTo)).toBe(head - 1n);
  });

  it('a rebuild of the generated programme equals the live read models', async () => {
    const { body } = await post('/v1/audit/rebuild', auditor).expect(200);
    expect(body).toMatchObject({ equal: true, differences: [], swapped: false });
    expect(body.eventsApplied).toBeGreaterThan(1000);
  });

  it('an auditor may compare but not swap; a coordinator swaps the rebuilt read models in', async () => {
    await post('/v1/audit/rebuild', auditor, { swap: true }).expect(403);
    const { body } = await post('/v1/audit/rebuild', coordinator, { swap: true }).expect(200);
    expect(body).toMatchObject({ equal: true, swapped: true });
    const again = await post('/v1/audit/rebuild', auditor).expect(200);
    expect(again.body.equal).toBe(true);
  });

  it('a rebuild under concurrent writes loses nothing: the counts still equal a recount of the log', async () => {
    const writing = generateProgramme(app.get(Commands), clock, { seed: 6, scale: 0.3, start: '2025-01-01T00:00:00Z', months: 4 });
    const [rebuild] = await Promise.all([post('/v1/audit/rebuild', coordinator, { swap: true }), writing]);
    expect(rebuild.status).toBe(200);
    expect(rebuild.body.equal).toBe(true);
    const store = app.get<EventStore>(EVENT_STORE);
    const head = (await store.headPosition()).toString();
    const all = recountOverall(await readWholeLog(store));
    const overview = await request(app.getHttpServer())
      .get(`/v1/stats/overview?groupBy=month&minPosition=${head}`)
      .set('authorization', `Bearer ${auditor}`)
      .expect(200);
    expect(overview.body).toEqual(asStatsSeries(all));
    const after = await post('/v1/audit/rebuild', auditor).expect(200);
    expect(after.body.equal).toBe(true);
  }, 60_000);
});
