import Ajv2020 from 'ajv/dist/2020';
import { publishedMessageSchema } from '@telemed/messaging';
import { consultationRequest, created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { post, read } from '../support/consultation-steps';
import { expectProblem, withoutWriting } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

const REFERENCE = 'KS2-2019-004242';

describe('a legal hold keeps a patient’s records from erasure until it is released', () => {
  let t: TestApp;
  let network: SeededNetwork;
  let consultationId: string;
  let holdId: string;
  let keyId: string;

  const coordinator = () => network.tokens.coordinator;
  const erase = () => post(t, coordinator(), '/v1/patients/erasure', { hospitalId: network.receivingHospitalId, reference: REFERENCE, reason: 'retention period of 30 years is over' });

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-02T00:00:00Z' });
    network = await seedNetwork(t);
    consultationId = (await created(t, network.tokens.clinician, '/v1/consultations', consultationRequest(network, { patient: { reference: REFERENCE, name: 'Nurgul Yasin' } }))).id;
  }, 60_000);

  afterAll(() => t.close());

  it('is placed by a coordinator on the patient of a case, answering its id and position', async () => {
    const placed = await post(t, coordinator(), '/v1/patients/holds', {
      hospitalId: network.receivingHospitalId,
      reference: REFERENCE,
      caseKind: 'consultation',
      caseId: consultationId,
      reason: 'malpractice claim 2026-17 at the district court',
    });
    expect(placed.status).toBe(201);
    expect(placed.body).toEqual({ id: expect.any(String), position: expect.stringMatching(/^\d+$/) });
    holdId = placed.body.id;
  });

  it('is refused to a clinician (403), without a reason, a patient or a case id (400), and for an unknown patient or case (404)', async () => {
    await withoutWriting(t, async () => {
      expectProblem(await post(t, network.tokens.clinician, '/v1/patients/holds', { hospitalId: network.receivingHospitalId, reference: REFERENCE, reason: 'x' }), 403, 'role-not-allowed');
      expectProblem(await post(t, coordinator(), '/v1/patients/holds', { hospitalId: network.receivingHospitalId, reference: REFERENCE }), 400, undefined, ['reason']);
      expectProblem(await post(t, coordinator(), '/v1/patients/holds', { hospitalId: network.receivingHospitalId, reason: 'a claim' }), 400, 'invalid-value', ['reference']);
      expectProblem(await post(t, coordinator(), '/v1/patients/holds', { hospitalId: network.receivingHospitalId, reference: 'KS2-0000-000000', reason: 'a claim' }), 404, 'patient-not-found');
      expectProblem(await post(t, coordinator(), '/v1/patients/holds', { hospitalId: network.receivingHospitalId, caseKind: 'consultation', reason: 'a claim' }), 400, 'invalid-value', ['caseId']);
      const unknownCase = { hospitalId: network.receivingHospitalId, caseKind: 'case-review', caseId: '00000000-0000-4000-8000-000000000000', reason: 'a claim' };
      expectProblem(await post(t, coordinator(), '/v1/patients/holds', unknownCase), 404, 'not-found');
    });
  });

  it('is listed for coordinators and auditors with the patient’s key id, never the record number', async () => {
    const listed = await read(t, network.tokens.auditor, `/v1/patients/holds?hospitalId=${network.receivingHospitalId}&active=true`);
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([
      {
        id: holdId,
        keyId: expect.stringMatching(/^[0-9a-f]{64}$/),
        hospitalId: network.receivingHospitalId,
        case: { kind: 'consultation', id: consultationId },
        reason: 'malpractice claim 2026-17 at the district court',
        placedBy: 'coordinator-wang',
        placedAt: '2026-03-02T00:00:00.000Z',
        active: true,
      },
    ]);
    expect(listed.text).not.toContain(REFERENCE);
    keyId = listed.body.items[0].keyId;
    expect((await read(t, network.tokens.auditor, '/v1/patients/holds?active=false')).body.items).toEqual([]);
  });

  it('keeps the patient off the retention listing even once the retention period is over', async () => {
    t.clock.set('2056-06-01T00:00:00Z');
    const due = await read(t, coordinator(), '/v1/patients/retention-due');
    expect(due.status).toBe(200);
    expect(due.body).toMatchObject({ retentionYears: 30, items: [] });
  });

  it('refuses erasure while it stands: 409 legal-hold, nothing erased', async () => {
    const refused = await withoutWriting(t, erase);
    expectProblem(refused, 409, 'legal-hold');
    expect(refused.body.detail).toContain(holdId);
    expect((await read(t, network.tokens.clinician, `/v1/consultations/${consultationId}`)).body.patient).toMatchObject({ reference: REFERENCE });
  });

  it('is released with a reason, once: a second release is 409 legal-hold-released', async () => {
    const released = await post(t, coordinator(), `/v1/patients/holds/${holdId}/release`, { reason: 'the claim was settled' });
    expect(released.status).toBe(201);
    expectProblem(await post(t, coordinator(), `/v1/patients/holds/${holdId}/release`, { reason: 'again' }), 409, 'legal-hold-released');
    expectProblem(await post(t, coordinator(), '/v1/patients/holds/00000000-0000-4000-8000-000000000000/release', { reason: 'none' }), 404, 'not-found');
    const listed = await read(t, coordinator(), '/v1/patients/holds?active=false');
    expect(listed.body.items).toEqual([
      expect.objectContaining({ id: holdId, active: false, release: { reason: 'the claim was settled', releasedBy: 'coordinator-wang', releasedAt: '2056-06-01T00:00:00.000Z' } }),
    ]);
  });

  it('once released, the patient is listed past retention for a person to decide, and erasure is allowed', async () => {
    const due = await read(t, coordinator(), '/v1/patients/retention-due');
    expect(due.body.items).toEqual([
      {
        keyId,
        lastActivityAt: '2026-03-02T00:00:00.000Z',
        keptUntil: '2056-03-02T00:00:00.000Z',
        cases: [{ kind: 'consultation', id: consultationId, requestingHospitalId: network.receivingHospitalId }],
      },
    ]);
    const erased = await erase();
    expect(erased.status).toBe(201);
    expect(erased.body).toMatchObject({ keyId });
    expect((await read(t, coordinator(), '/v1/patients/retention-due')).body.items).toEqual([]);
    expectProblem(await post(t, coordinator(), '/v1/patients/holds', { hospitalId: network.receivingHospitalId, reference: REFERENCE, reason: 'too late' }), 409, 'patient-data-already-erased');
  });

  it('leaves the holds in the patient’s audit history, the published events and the verified log', async () => {
    const stream = await read(t, network.tokens.auditor, `/v1/audit/streams/patient-data-${keyId}`);
    expect(stream.body.events.map((event: { type: string }) => event.type)).toEqual(['LegalHoldPlaced', 'LegalHoldReleased', 'PatientDataErased']);
    expect(stream.text).not.toContain(REFERENCE);
    const logged = await read(t, network.tokens.auditor, '/v1/audit/events?type=LegalHoldReleased');
    expect(logged.body.items.map((event: { streamId: string }) => event.streamId)).toEqual([`patient-data-${keyId}`]);
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    for (const event of stream.body.events) {
      const { eventId, type, schemaVersion, streamId, streamRevision, globalPosition, recordedAt, data, metadata } = event;
      const validate = ajv.compile(publishedMessageSchema(type, schemaVersion)!);
      expect({ type, valid: validate({ eventId, type, schemaVersion, streamId, streamRevision, globalPosition, recordedAt, data, metadata }), errors: validate.errors ?? null }).toEqual({
        type,
        valid: true,
        errors: null,
      });
    }
    const verified = await post(t, network.tokens.auditor, '/v1/audit/verify');
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ ok: true });
  });
});
