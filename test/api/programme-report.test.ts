import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Commands } from '@telemed/application/commands/commands';
import request from 'supertest';
import { mintToken } from '@telemed/auth';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { PROGRAMME_FIGURE_KEYS } from '@telemed/projections';
import { loadConfig } from '@telemed/runtime';
import { createApp } from '../../apps/api/src/create-app';
import { EVENT_STORE } from '@telemed/application/infrastructure/tokens';
import { generateProgramme } from '../../apps/cli/src/scenario/programme-scenario';
import { ScenarioClock, ScenarioIds } from '../../apps/cli/src/scenario/scenario-context';
import { readWholeLog } from '../stats/log-recount';
import { recountProgramme, tabulate, type CountedEvent } from '../support/programme-recount';
import { startTestBackend, type TestBackend } from '../support/test-backend';
import { expectProblem } from '../support/problem';

const SECRET = 'programme-report-secret-of-forty-characters';

/** The programme report of a generated programme shaped like Shanghai's group-style aid, against a recount of its log. */
describe('the programme report of a generated programme', () => {
  let app: NestFastifyApplication;
  let backend: TestBackend;
  let dataDir: string;
  let auditor: string;
  let counted: CountedEvent[];
  let head: string;
  let partnerships: Array<{ partnershipId: string; receivingHospitalId: string }>;

  const get = (path: string, token = auditor) => request(app.getHttpServer()).get(`${path}${path.includes('?') ? '&' : '?'}minPosition=${head}`).set('authorization', `Bearer ${token}`);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'telemed-programme-report-'));
    backend = await startTestBackend();
    const clock = new ScenarioClock();
    app = await createApp(loadConfig({ ...backend.env, DATA_DIR: dataDir, AUTH_JWT_SECRET: SECRET }), { clock, ids: new ScenarioIds(7), logger: false });
    await app.listen(0, '127.0.0.1');
    // On EventStoreDB (a gRPC server in this process) every append is a round trip: a smaller programme
    // of the same shape proves the same equalities there.
    const scale = process.env.TEST_BACKEND === 'eventstoredb' ? 0.125 : 0.15;
    await generateProgramme(app.get(Commands), clock, { seed: 7, scale, start: '2018-10-01T00:00:00Z', months: 16, preset: 'shanghai-group-aid' });
    const store = app.get<EventStore>(EVENT_STORE);
    const events = await readWholeLog(store);
    head = (await store.headPosition()).toString();
    counted = recountProgramme(events);
    partnerships = events.filter((event) => event.type === 'PartnershipEstablished').map((event) => event.data as { partnershipId: string; receivingHospitalId: string });
    auditor = await mintToken(SECRET, { sub: 'auditor-1', role: 'auditor' });
  }, 240_000);

  afterAll(async () => {
    await app?.close();
    await backend?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('counts every figure of the programme exactly as a recount of the raw log, by year and in total', async () => {
    const answer = await get('/v1/reports/programme?programme=group-aid').expect(200);
    expect(answer.body.years).toEqual(['2018', '2019', '2020']);
    const expected = tabulate(counted.filter((entry) => entry.programme === 'group-aid' || entry.figure.startsWith('consortia') || entry.figure === 'consortiumMembers'), answer.body.years);
    expect(answer.body.figures.map((figure: { key: string }) => figure.key)).toEqual(PROGRAMME_FIGURE_KEYS);
    for (const figure of answer.body.figures) {
      expect({ key: figure.key, total: figure.total, byYear: figure.byYear }).toEqual({
        key: figure.key,
        ...(expected[figure.key] ?? { total: 0, byYear: { 2018: 0, 2019: 0, 2020: 0 } }),
      });
    }
    // Every kind of record is present, so no figure is trivially equal at zero.
    for (const key of ['consultations', 'caseReviews', 'trainingPersonTimes', 'furtherStudy', 'shortVisitExperts', 'postedSpecialists', 'managementCadres', 'newTechniques', 'consortiumMembers']) {
      expect({ key, positive: (expected[key]?.total ?? 0) > 0 }).toEqual({ key, positive: true });
    }
  });

  it('counts each partnership and each receiving hospital as the recount does, and a period of days as its years', async () => {
    for (const { partnershipId, receivingHospitalId } of partnerships) {
      const byPartnership = await get(`/v1/reports/programme?partnershipId=${partnershipId}`).expect(200);
      const expected = tabulate(counted.filter((entry) => entry.partnershipId === partnershipId), byPartnership.body.years);
      for (const figure of byPartnership.body.figures) expect([figure.key, figure.total]).toEqual([figure.key, expected[figure.key]?.total ?? 0]);
      const byHospital = await get(`/v1/reports/programme?receivingHospitalId=${receivingHospitalId}`).expect(200);
      const expectedHospital = tabulate(counted.filter((entry) => entry.receivingHospitalId === receivingHospitalId), byHospital.body.years);
      for (const figure of byHospital.body.figures) expect([figure.key, figure.total]).toEqual([figure.key, expectedHospital[figure.key]?.total ?? 0]);
    }
    const year2019 = await get('/v1/reports/programme?programme=group-aid&from=2019-01-01&to=2019-12-31').expect(200);
    const whole = await get('/v1/reports/programme?programme=group-aid').expect(200);
    expect(year2019.body.figures.map((figure: { total: number }) => figure.total)).toEqual(whole.body.figures.map((figure: { byYear: Record<string, number> }) => figure.byYear['2019']));
  });

  it('lists behind each figure exactly the events counted, whose quantities add up to it', async () => {
    const report = await get('/v1/reports/programme?programme=group-aid').expect(200);
    for (const figure of report.body.figures) {
      const listed: Array<{ eventId: string; quantity: number }> = [];
      let cursor: string | null = null;
      do {
        const page: request.Response = await get(`/v1/reports/programme/figures/${figure.key}/events?programme=group-aid&limit=200${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
        expect(page.body.total).toBe(figure.total);
        listed.push(...page.body.items);
        cursor = page.body.nextCursor;
      } while (cursor);
      const expected = counted.filter((entry) => entry.figure === figure.key && (entry.programme === 'group-aid' || !entry.partnershipId));
      expect(listed.map((item) => item.eventId).sort()).toEqual(expected.map((entry) => entry.eventId).sort());
      expect(listed.reduce((sum, item) => sum + item.quantity, 0)).toBe(figure.total);
    }
  });

  it('downloads the same table as CSV and as a spreadsheet', async () => {
    const report = await get('/v1/reports/programme?programme=group-aid').expect(200);
    const csv = await get('/v1/reports/programme?programme=group-aid').set('accept', 'text/csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('key,指标,figure,2018,2019,2020,total');
    expect(lines).toHaveLength(report.body.figures.length + 1);
    const xlsx = await get('/v1/reports/programme?programme=group-aid&format=xlsx')
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    const body = xlsx.body as Buffer;
    // exceljs declares its own Buffer as an ArrayBuffer: hand it the bytes as one.
    await workbook.xlsx.load(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer);
    const totals: Record<string, number> = {};
    workbook.worksheets[0].eachRow((row) => {
      const values = row.values as unknown[];
      if (typeof values[1] === 'string' && PROGRAMME_FIGURE_KEYS.includes(values[1] as never)) totals[values[1]] = Number(values[values.length - 1]);
    });
    expect(totals).toEqual(Object.fromEntries(report.body.figures.map((figure: { key: string; total: number }) => [figure.key, figure.total])));
  });

  it('refuses a report without exactly one scope, an unknown figure and an unknown partnership', async () => {
    expectProblem(await get('/v1/reports/programme'), 400, 'report-scope-required');
    expectProblem(await get('/v1/reports/programme?programme=group-aid&partnershipId=8a4e3b2c-1d0f-4e5a-9b8c-7d6e5f4a3b2c'), 400, 'report-scope-required');
    expectProblem(await get('/v1/reports/programme/figures/happiness/events?programme=group-aid'), 404, 'unknown-figure');
    expectProblem(await get('/v1/reports/programme?partnershipId=8a4e3b2c-1d0f-4e5a-9b8c-7d6e5f4a3b2c'), 404, 'not-found');
    expectProblem(await get('/v1/reports/programme?programme=group-aid&from=2020-01-01&to=2019-01-01'), 400, undefined, ['to']);
  });

  it('lets a clinician read the report of their own hospital only, and an expert none', async () => {
    const [{ receivingHospitalId }, other] = partnerships;
    const clinician = await mintToken(SECRET, { sub: 'clinician-1', role: 'clinician', hospitalId: receivingHospitalId });
    const own = await get(`/v1/reports/programme?receivingHospitalId=${receivingHospitalId}`, clinician).expect(200);
    const asAuditor = await get(`/v1/reports/programme?receivingHospitalId=${receivingHospitalId}`).expect(200);
    expect(own.body.figures).toEqual(asAuditor.body.figures);
    const others = await get(`/v1/reports/programme?receivingHospitalId=${other.receivingHospitalId}`, clinician).expect(200);
    expect(others.body.figures.every((figure: { total: number }) => figure.total === 0)).toBe(true);
    const expert = await mintToken(SECRET, { sub: 'expert-1', role: 'expert', hospitalId: receivingHospitalId });
    expectProblem(await get('/v1/reports/programme?programme=group-aid', expert), 403, 'role-not-allowed');
  });
});
