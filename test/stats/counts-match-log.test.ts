import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CommandBus } from '@nestjs/cqrs';
import request from 'supertest';
import { mintToken } from '@telemed/auth';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { loadConfig } from '@telemed/runtime';
import { createApp } from '../../apps/api/src/create-app';
import { EVENT_STORE } from '../../apps/api/src/infrastructure/tokens';
import { generateProgramme } from '../../apps/cli/src/scenario/programme-scenario';
import { ScenarioClock, ScenarioIds } from '../../apps/cli/src/scenario/scenario-context';
import { asStatsSeries, readWholeLog, recount, recountOverall } from './log-recount';

const SECRET = 'counts-match-log-secret-of-forty-characters';

describe.each([11, 23, 42])('a programme generated with seed %i', (seed) => {
  let app: NestFastifyApplication;
  let dataDir: string;
  let token: string;
  let store: EventStore;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'telemed-counts-'));
    const clock = new ScenarioClock();
    app = await createApp(loadConfig({ DATA_DIR: dataDir, AUTH_JWT_SECRET: SECRET }), { clock, ids: new ScenarioIds(seed), logger: false });
    await generateProgramme(app.get(CommandBus), clock, { seed, scale: 0.6, start: '2024-01-01T00:00:00Z', months: 14 });
    store = app.get<EventStore>(EVENT_STORE);
    token = await mintToken(SECRET, { sub: 'auditor-1', role: 'auditor' });
  }, 120_000);

  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves for every partnership exactly the counts a recount of the raw log gives, month by month', async () => {
    const head = (await store.headPosition()).toString();
    const expected = recount(await readWholeLog(store));
    expect(expected.size).toBeGreaterThan(0);
    for (const [partnershipId, months] of expected) {
      const answer = await request(app.getHttpServer())
        .get(`/v1/stats/partnerships/${partnershipId}?groupBy=month&minPosition=${head}`)
        .set('authorization', `Bearer ${token}`)
        .expect(200);
      const { partnershipId: answered, ...counts } = answer.body;
      expect(answered).toBe(partnershipId);
      expect(counts).toEqual(asStatsSeries(months));
    }
  });

  it('serves an overview equal to the recount of the whole log, and a range equal to the recount of that range', async () => {
    const events = await readWholeLog(store);
    const all = recountOverall(events);
    const overview = await request(app.getHttpServer()).get('/v1/stats/overview?groupBy=month').set('authorization', `Bearer ${token}`).expect(200);
    expect(overview.body).toEqual(asStatsSeries(all));

    // 2024-03 in Beijing time runs from 2024-02-29T16:00Z to 2024-03-31T16:00Z.
    const march = await request(app.getHttpServer())
      .get('/v1/stats/overview?from=2024-02-29T16:00:00Z&to=2024-03-31T16:00:00Z')
      .set('authorization', `Bearer ${token}`)
      .expect(200);
    const expectedMarch = asStatsSeries(new Map([['2024-03', all.get('2024-03') ?? {}]]));
    const { series: _series, ...marchTotals } = expectedMarch;
    expect(march.body).toEqual({ from: '2024-02-29T16:00:00.000Z', to: '2024-03-31T16:00:00.000Z', ...marchTotals, series: [] });
  });
});
