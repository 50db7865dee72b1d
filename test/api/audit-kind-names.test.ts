import { randomUUID } from 'node:crypto';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { RAW_EVENT_STORE } from '@telemed/application/infrastructure/tokens';
import { seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { read, requestConsultation } from '../support/consultation-steps';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

const VALID_KINDS = 'consultation, case-review, training-session, posting, visit, further-study, technique, research-output, consortium, webhook';

describe('audit routes name the kinds of case alike, and find a stream by the id of its case', () => {
  let t: TestApp;
  let network: SeededNetwork;
  let consultationId: string;
  const now = () => new Date(Date.now() + 60_000).toISOString();
  const auditor = () => network.tokens.auditor;
  const exportOf = (kind: string, id: string) =>
    t.http.get(`/v1/audit/exports/${kind}/${id}`).set('Authorization', `Bearer ${auditor()}`).buffer(true);

  beforeAll(async () => {
    t = await startTestApp();
    network = await seedNetwork(t);
    consultationId = (await requestConsultation(t, network)).id;
  });

  afterAll(() => t.close());

  it('the as-of route takes the singular kind the exports use, and the plural, answering the singular', async () => {
    for (const kind of ['consultation', 'consultations']) {
      const response = await read(t, auditor(), `/v1/audit/${kind}/${consultationId}/as-of?at=${encodeURIComponent(now())}`);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ kind: 'consultation', id: consultationId, state: { status: 'requested' } });
    }
  });

  it('the export route takes the plural the as-of route used, and the singular', async () => {
    for (const kind of ['consultations', 'consultation']) {
      const response = await exportOf(kind, consultationId);
      expect(response.status).toBe(200);
      expect(JSON.parse(response.text.split('\n')[0])).toMatchObject({ record: 'header', kind: 'consultation', id: consultationId });
    }
  });

  it('an unknown kind is a 400 problem of its own code that lists the valid kinds, on every audit route', async () => {
    const asOf = await read(t, auditor(), `/v1/audit/prescriptions/${consultationId}/as-of?at=${encodeURIComponent(now())}`);
    const exported = await exportOf('prescription', consultationId);
    for (const response of [asOf, exported]) {
      expectProblem(response, 400, 'unknown-case-kind', ['kind']);
      expect(response.body.detail).toContain(VALID_KINDS);
      expect(response.body.errors[0].message).toContain(VALID_KINDS);
    }
  });

  it('the stream route resolves the raw id of a consultation to its stream', async () => {
    const byStream = await read(t, auditor(), `/v1/audit/streams/consultation-${consultationId}`);
    const byId = await read(t, auditor(), `/v1/audit/streams/${consultationId}`);
    expect(byId.status).toBe(200);
    expect(byId.body.streamId).toBe(`consultation-${consultationId}`);
    expect(byId.body.events).toEqual(byStream.body.events);
  });

  it('the stream route resolves the raw id of a hospital, and answers 404 for an id no stream holds', async () => {
    const response = await read(t, auditor(), `/v1/audit/streams/${network.receivingHospitalId}`);
    expect(response.status).toBe(200);
    expect(response.body.streamId).toBe(`hospital-${network.receivingHospitalId}`);
    expectProblem(await read(t, auditor(), `/v1/audit/streams/${randomUUID()}`), 404, 'not-found');
  });

  it('a raw id with events in two aggregate streams answers 409 naming both, and each stays readable by its stream id', async () => {
    const store = t.app.get<EventStore>(RAW_EVENT_STORE);
    const { metadata } = (await store.readStream(`consultation-${consultationId}`))[0];
    const { integrity: _chain, encryption: _patientData, ...context } = metadata;
    await store.appendToStream(
      `expert-${consultationId}`,
      [{ eventId: randomUUID(), type: 'ExpertRegistered', schemaVersion: 1, data: { expertId: consultationId }, metadata: context }],
      'no-stream',
    );
    const response = await read(t, auditor(), `/v1/audit/streams/${consultationId}`);
    expectProblem(response, 409, 'ambiguous-stream-id');
    expect(response.body.detail).toContain(`consultation-${consultationId}`);
    expect(response.body.detail).toContain(`expert-${consultationId}`);
    expect((await read(t, auditor(), `/v1/audit/streams/expert-${consultationId}`)).status).toBe(200);
  });
});
