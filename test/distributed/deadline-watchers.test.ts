import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import supertest from 'supertest';
import { mintToken } from '@telemed/auth';
import { loadConfig } from '@telemed/runtime';
import { createApp } from '../../apps/api/src/create-app';
import { DeadlineWatcher } from '@telemed/application/deadlines/deadline-watcher';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { SettableClock } from '../support/test-app';
import { agreementTerms } from '../support/network-fixture';

const SECRET = 'deadline-watchers-secret-of-at-least-forty-chars';
type Json = Record<string, any>;

/** Two API processes' worth of the application on one PostgreSQL database, each with a clock the test moves. */
describe('overdue deadlines with several API processes and a restart, on PostgreSQL', () => {
  let database: TestDatabase;
  const masterKey = randomBytes(32).toString('base64');
  const dirs: string[] = [];
  const apps: NestFastifyApplication[] = [];

  async function start(now: string) {
    const dataDir = await mkdtemp(join(tmpdir(), 'telemed-deadlines-'));
    dirs.push(dataDir);
    const config = loadConfig({
      EVENT_STORE: 'postgres',
      READ_MODEL_STORE: 'postgres',
      DATABASE_URL: database.connectionString,
      PATIENT_DATA_MASTER_KEY: masterKey,
      DATA_DIR: dataDir,
      AUTH_JWT_SECRET: SECRET,
      DEADLINE_CHECK_INTERVAL_MS: '0',
      RATE_LIMIT_PER_MINUTE: '0',
    });
    const clock = new SettableClock(now);
    const app = await createApp(config, { clock, logger: false });
    await app.listen(0, '127.0.0.1');
    apps.push(app);
    return { app, clock, http: supertest.agent(app.getHttpServer()), watcher: app.get(DeadlineWatcher) };
  }

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    for (const app of apps) await app.close().catch(() => undefined);
    await database?.drop();
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('each deadline is recorded overdue exactly once, whichever process finds it, and none is lost to a restart', async () => {
    const first = await start('2026-03-02T00:00:00Z');
    const coordinator = await mintToken(SECRET, { sub: 'coordinator-1', role: 'coordinator' });
    const post = async (path: string, token: string, body: Json = {}) => {
      const response = await first.http.post(path).set('Authorization', `Bearer ${token}`).send(body);
      if (response.status !== 201) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body as { id: string; position: string };
    };
    const giving = await post('/v1/hospitals', coordinator, { name: 'Shanghai Renji Hospital', region: 'Shanghai', timezone: 'Asia/Shanghai' });
    const receiving = await post('/v1/hospitals', coordinator, { name: 'Kashgar No. 2', region: 'Xinjiang', timezone: 'Asia/Shanghai' });
    const givingDepartment = await post(`/v1/hospitals/${giving.id}/departments`, coordinator, { name: 'Cardiology', specialty: 'cardiology' });
    const receivingDepartment = await post(`/v1/hospitals/${receiving.id}/departments`, coordinator, { name: 'Cardiology', specialty: 'cardiology' });
    const partnership = await post('/v1/partnerships', coordinator, { givingHospitalId: giving.id, receivingHospitalId: receiving.id, programme: 'group-aid', validFrom: '2026-01-01' });
    await post(`/v1/partnerships/${partnership.id}/pairings`, coordinator, { givingDepartmentId: givingDepartment.id, receivingDepartmentId: receivingDepartment.id });
    await post(`/v1/partnerships/${partnership.id}/agreements`, coordinator, {
      ...agreementTerms(giving.id, receiving.id, { validUntil: undefined, workingTimeOnly: false }),
      validFrom: '2026-01-01',
    });
    const clinician = await mintToken(SECRET, { sub: 'dr-aziz', role: 'clinician', hospitalId: receiving.id });
    const ids: string[] = [];
    let position = '0';
    for (let i = 0; i < 5; i++) {
      const written = await post('/v1/consultations', clinician, {
        partnershipId: partnership.id,
        specialty: 'cardiology',
        urgency: 'urgent',
        purpose: 'second opinion',
        caseSummary: 'chest pain on exertion',
        patient: { reference: `MRN-${i}` },
        consent: { medical: true, dataSharing: true },
      });
      ids.push(written.id);
      position = written.position;
    }
    const reviewIds: string[] = [];
    for (let i = 0; i < 3; i++) {
      const written = await post('/v1/case-reviews', clinician, {
        partnershipId: partnership.id,
        specialties: ['cardiology'],
        urgency: 'urgent',
        purpose: 'panel plan',
        caseSummary: 'recurrent ventricular tachycardia',
        patient: { reference: `MRN-R${i}` },
        consent: { medical: true, dataSharing: true },
      });
      reviewIds.push(written.id);
      position = written.position;
    }
    // Urgent: accepted within 30 minutes. The first process stops before any deadline passes.
    const seen = await first.http.get(`/v1/consultations/${ids[4]}?minPosition=${position}`).set('Authorization', `Bearer ${clinician}`);
    expect(seen.body.deadlines.accept.due).toBe('2026-03-02T00:30:00.000Z');
    await first.app.close();
    apps.splice(apps.indexOf(first.app), 1);

    // Restarted, as two processes, after the deadlines passed: both look at once.
    const [a, b] = [await start('2026-03-02T01:00:00Z'), await start('2026-03-02T01:00:00Z')];
    const [writtenByA, writtenByB] = await Promise.all([a.watcher.recordDue(), b.watcher.recordDue()]);
    expect(writtenByA + writtenByB).toBe(5 + 3);
    expect(await a.watcher.recordDue()).toBe(0);
    expect(await b.watcher.recordDue()).toBe(0);

    const auditor = await mintToken(SECRET, { sub: 'auditor-1', role: 'auditor' });
    for (const id of ids) {
      const history = await a.http.get(`/v1/audit/streams/consultation-${id}`).set('Authorization', `Bearer ${auditor}`);
      expect(history.body.events.map((event: Json) => event.type)).toEqual(['ConsultationRequested', 'ConsultationResponseOverdue']);
    }
    for (const id of reviewIds) {
      const history = await a.http.get(`/v1/audit/streams/case-review-${id}`).set('Authorization', `Bearer ${auditor}`);
      expect(history.body.events.map((event: Json) => event.type)).toEqual(['CaseReviewRequested', 'CaseReviewResponseOverdue']);
    }
  }, 120_000);
});
