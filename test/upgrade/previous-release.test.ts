import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import supertest from 'supertest';
import { mintToken, type UserRole } from '@telemed/auth';
import { verifyCaseExport } from '@telemed/audit';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { UpcasterRegistry, type Upcaster } from '@telemed/event-store/upcasting';
import { loadConfig } from '@telemed/runtime';
import { createApp } from '../../apps/api/src/create-app';
import { EVENT_STORE, RAW_EVENT_STORE } from '@telemed/application/infrastructure/tokens';
import { agreementTerms, consultationRequest } from '../support/network-fixture';

// @fastify/static (which serves /docs) depends on content-disposition@3, an ES module jest's CommonJS
// loader cannot read; Node's own require can.
jest.mock('content-disposition', () => process.getBuiltinModule('node:module').createRequire(__filename)('content-disposition'));

const FIXTURE = join(__dirname, '../fixtures/previous-release');
const fixture = JSON.parse(readFileSync(join(FIXTURE, 'fixture.json'), 'utf8')) as {
  jwtSecret: string;
  receivingHospitalId: string;
  partnershipId: string;
  consultations: Array<{ id: string; reference: string; purpose: string }>;
};

/** As if this release wrote ConsultationRequested at version 2, whose purpose is kept as a sentence. */
const sentencePurpose: Upcaster = {
  eventType: 'ConsultationRequested',
  fromVersion: 1,
  upcast: (data) => {
    const { purpose, ...rest } = data as { purpose: string };
    return { ...rest, purpose: `${purpose.charAt(0).toUpperCase()}${purpose.slice(1)}` };
  },
};
const asSentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

describe("the previous release's data directory, read by this release through its upcasters", () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'telemed-upgrade-')), 'data');
  let app: NestFastifyApplication;
  let http: supertest.Agent;
  const token = (role: UserRole, sub: string, hospitalId?: string) => mintToken(fixture.jwtSecret, { role, sub, ...(hospitalId && { hospitalId }) });
  const [first] = fixture.consultations;

  beforeAll(async () => {
    cpSync(join(FIXTURE, 'data-directory'), dataDir, { recursive: true });
    const config = loadConfig({ DATA_DIR: dataDir, AUTH_JWT_SECRET: fixture.jwtSecret, LOG_LEVEL: 'silent', AUDIT_SEAL_EVERY_EVENTS: '1000000', AUDIT_SEAL_INTERVAL_MS: '3600000' });
    app = await createApp(config, { logger: false, upcasters: new UpcasterRegistry([sentencePurpose]) });
    await app.listen(0, '127.0.0.1');
    http = supertest.agent(app.getHttpServer());
  });

  afterAll(async () => {
    await app?.close();
    rmSync(join(dataDir, '..'), { recursive: true, force: true });
  });

  it('verifies as it was stored: hash chains, the seal and the anchored latest seal', async () => {
    const { body } = await http.post('/v1/audit/verify').set('Authorization', `Bearer ${await token('auditor', 'auditor-chen')}`).expect(200);
    expect(body).toMatchObject({ ok: true, sealsChecked: 1 });
    expect(body.eventsChecked).toBeGreaterThan(fixture.consultations.length);
  });

  it('stream and log reads answer the current version; what is stored stays at version 1', async () => {
    const store = app.get<EventStore>(EVENT_STORE);
    const [requested] = await store.readStream(`consultation-${first.id}`);
    expect(requested).toMatchObject({ schemaVersion: 2, data: { purpose: asSentence(first.purpose), patient: { reference: first.reference } } });
    const slice = await store.readAll({ after: 0n, filter: { eventTypes: ['ConsultationRequested'] } });
    expect(slice.events.map((event) => [event.schemaVersion, (event.data as { purpose: string }).purpose])).toEqual(
      fixture.consultations.map(({ purpose }) => [2, asSentence(purpose)]),
    );
    const [stored] = await app.get<EventStore>(RAW_EVENT_STORE).readStream(`consultation-${first.id}`);
    expect(stored.schemaVersion).toBe(1);
    expect((stored.data as { purpose: unknown }).purpose).not.toEqual(first.purpose);
  });

  it('a subscription delivers them upcast', async () => {
    const store = app.get<EventStore>(EVENT_STORE);
    const delivered: RecordedEvent[] = [];
    const subscription = store.subscribeToAll({ after: 0n, filter: { eventTypes: ['ConsultationRequested'] } }, async (events) => {
      delivered.push(...events);
      if (delivered.length >= fixture.consultations.length) void subscription.stop();
    });
    await subscription.done;
    expect(delivered.map((event) => event.schemaVersion)).toEqual(fixture.consultations.map(() => 2));
  });

  it('they project: the read models, built afresh from the old log, serve the current shape', async () => {
    const head = await app.get<EventStore>(EVENT_STORE).headPosition();
    const { body } = await http
      .get(`/v1/consultations/${first.id}?minPosition=${head}`)
      .set('Authorization', `Bearer ${await token('clinician', 'clinician-aziz', fixture.receivingHospitalId)}`)
      .expect(200);
    expect(body).toMatchObject({ status: 'requested', purpose: asSentence(first.purpose), patient: { reference: first.reference } });
  });

  it('they export as stored, with the upcast data beside the envelope, and the export still verifies', async () => {
    const response = await http
      .get(`/v1/audit/exports/consultation/${first.id}?format=ndjson`)
      .set('Authorization', `Bearer ${await token('auditor', 'auditor-chen')}`)
      .expect(200);
    const records = response.text.trim().split('\n').map((line) => JSON.parse(line));
    const requested = records.find((record) => record.record === 'event' && record.envelope.type === 'ConsultationRequested');
    expect(requested.envelope.schemaVersion).toBe(1);
    expect(requested.upcast).toEqual({ verified: false, schemaVersion: 2, data: expect.objectContaining({ purpose: asSentence(first.purpose) }) });
    expect(verifyCaseExport(records, readFileSync(join(dataDir, 'audit/public-key.pem'), 'utf8'))).toMatchObject({ ok: true });
  });

  it('events this release writes are stored at the current version and read back unchanged', async () => {
    const clinician = await token('clinician', 'clinician-aziz', fixture.receivingHospitalId);
    // This release asks for a cooperation agreement in force, which the previous release did not know.
    const coordinator = await token('coordinator', 'coordinator-1');
    const partnership = await http.get(`/v1/partnerships/${fixture.partnershipId}`).set('Authorization', `Bearer ${coordinator}`).expect(200);
    await http
      .post(`/v1/partnerships/${fixture.partnershipId}/agreements`)
      .set('Authorization', `Bearer ${coordinator}`)
      .send(agreementTerms(partnership.body.givingHospitalId, fixture.receivingHospitalId, { validFrom: partnership.body.validFrom }))
      .expect(201);
    const purpose = 'Follow-up of heart failure therapy';
    const { body } = await http
      .post('/v1/consultations')
      .set('Authorization', `Bearer ${clinician}`)
      .send(consultationRequest({ partnershipId: fixture.partnershipId } as never, { purpose, patient: { reference: 'KS2-2026-000900', sex: 'female', birthDate: '1979-02-03' } }))
      .expect(201);
    const [stored] = await app.get<EventStore>(RAW_EVENT_STORE).readStream(`consultation-${body.id}`);
    expect(stored.schemaVersion).toBe(2);
    const [read] = await app.get<EventStore>(EVENT_STORE).readStream(`consultation-${body.id}`);
    expect(read).toMatchObject({ schemaVersion: 2, data: { purpose } });
  });
});
