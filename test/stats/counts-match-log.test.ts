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
import { generateProgramme, type ScenarioSummary } from '../../apps/cli/src/scenario/programme-scenario';
import { ScenarioClock, ScenarioIds } from '../../apps/cli/src/scenario/scenario-context';
import { asStatsSeries, readWholeLog, recount, recountOverall } from './log-recount';
import { followTurnaround, turnaroundFigures } from './turnaround-recount';

const SECRET = 'counts-match-log-secret-of-forty-characters';

describe.each([11, 23, 42])('a programme generated with seed %i', (seed) => {
  let app: NestFastifyApplication;
  let dataDir: string;
  let token: string;
  let store: EventStore;
  let summary: ScenarioSummary;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'telemed-counts-'));
    const clock = new ScenarioClock();
    // The programme plays the deadline watcher at each consultation's simulated time.
    const config = loadConfig({ DATA_DIR: dataDir, AUTH_JWT_SECRET: SECRET, DEADLINE_CHECK_INTERVAL_MS: '0' });
    app = await createApp(config, { clock, ids: new ScenarioIds(seed), logger: false });
    summary = await generateProgramme(app.get(Commands), clock, { seed, scale: 0.6, start: '2024-01-01T00:00:00Z', months: 14 });
    store = app.get<EventStore>(EVENT_STORE);
    token = await mintToken(SECRET, { sub: 'auditor-1', role: 'auditor' });
  }, 120_000);

  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('holds agreements, missed deadlines, information loops, materials and feedback, as a programme under the rules does', () => {
    const { consultations, caseReviews } = summary;
    expect(summary.refusals).not.toHaveProperty('no-agreement-in-force');
    expect(consultations.responseOverdue).toBeGreaterThan(0);
    expect(consultations.opinionOverdue).toBeGreaterThan(0);
    expect(caseReviews.responseOverdue).toBeGreaterThan(0);
    expect(consultations.informationLoops).toBeGreaterThan(0);
    expect(consultations.feedbackGiven).toBeGreaterThan(0);
    expect(consultations.materials.files + caseReviews.materials.files).toBeGreaterThan(0);
    expect(consultations.materials.dicomStudies + caseReviews.materials.dicomStudies).toBeGreaterThan(0);
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
    // The same month named by its Beijing calendar days.
    const marchByDates = await request(app.getHttpServer()).get('/v1/stats/overview?from=2024-03-01&to=2024-03-31').set('authorization', `Bearer ${token}`).expect(200);
    expect(marchByDates.body).toEqual(march.body);
  });

  it('serves turnaround figures for every partnership, month by month, equal to a recount of the log', async () => {
    const head = (await store.headPosition()).toString();
    const followed = [...followTurnaround(await readWholeLog(store)).values()];
    const partnershipIds = [...new Set(followed.map((consultation) => consultation.partnershipId))].sort();
    expect(partnershipIds.length).toBeGreaterThan(0);
    for (const partnershipId of partnershipIds) {
      const own = followed.filter((consultation) => consultation.partnershipId === partnershipId);
      const answer = await request(app.getHttpServer())
        .get(`/v1/stats/turnaround?partnershipId=${partnershipId}&groupBy=month&minPosition=${head}`)
        .set('authorization', `Bearer ${token}`)
        .expect(200);
      const { series, ...totals } = answer.body;
      expect(totals).toEqual({ partnershipId, ...turnaroundFigures(own) });
      const periods = [...new Set(own.map((consultation) => consultation.period))].sort();
      expect(series.map(({ period, label: _label, ...figures }: Record<string, unknown>) => ({ period, ...figures }))).toEqual(
        periods.map((period) => ({ period, ...turnaroundFigures(own.filter((consultation) => consultation.period === period)) })),
      );
    }
    const overall = await request(app.getHttpServer()).get('/v1/stats/turnaround').set('authorization', `Bearer ${token}`).expect(200);
    expect(overall.body).toEqual({ ...turnaroundFigures(followed), series: [] });
    expect(overall.body.overdue.response + overall.body.overdue.opinion).toBeGreaterThan(0);
  });
});
