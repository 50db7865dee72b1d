import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNdjson, verifyCaseExport, type CaseExportEvent, type CaseExportRecord } from '@telemed/audit';
import { PatientDataCipher } from '@telemed/event-store/encryption';
import { consultationRequest, created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { hourFrom, post, read } from '../support/consultation-steps';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

const ERASED = '[erased]';
const ERASED_PATIENT = { reference: ERASED };

/** The patient whose data is erased, and one whose data must stay as it was. */
const AYGUL = { reference: 'KS2-1996-004711', name: 'Aygul Tursun', sex: 'female', birthDate: '1958-11-02' };
const MEHMET = { reference: 'KS2-2001-000815', name: 'Mehmet Ablimit', sex: 'male' };

const eventsOf = (records: CaseExportRecord[]) => records.filter((record): record is CaseExportEvent => record.record === 'event');

describe("erasing a patient's data by deleting their key (crypto-shredding)", () => {
  let t: TestApp;
  let network: SeededNetwork;
  let publicKeyPem: string;
  /** Aygul's consultations: one completed with an opinion, one declined; and her case review. */
  let completedId: string;
  let declinedId: string;
  let reviewId: string;
  /** Mehmet's consultation, which the erasure must not touch. */
  let otherId: string;
  let statsBefore: unknown;
  let otherBefore: unknown;
  let hashesBefore: string[];
  let exportBefore: CaseExportRecord[];
  let wrappedKey: Buffer;
  let erasure: { keyId: string; keyVersions: number[]; lastActivityAt: string; position: string };

  const erase = (body: Record<string, unknown> = {}, token = network.tokens.coordinator) =>
    post(t, token, '/v1/patients/erasure', { hospitalId: network.receivingHospitalId, reference: AYGUL.reference, reason: 'retention period of 30 years is over', ...body });
  const auditor = () => network.tokens.auditor;
  const stats = async () => (await read(t, auditor(), '/v1/stats/overview?groupBy=month', erasure?.position)).body;
  const exportOf = async (id: string) => {
    const response = await t.http.get(`/v1/audit/exports/consultations/${id}`).set('Authorization', `Bearer ${auditor()}`).buffer(true);
    expect(response.status).toBe(200);
    return parseNdjson(response.text) as CaseExportRecord[];
  };

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-02T00:00:00Z' });
    network = await seedNetwork(t);
    publicKeyPem = readFileSync(join(t.dataDir, 'audit', 'public-key.pem'), 'utf8');
    const { tokens } = network;
    const requestFor = (patient: object) => consultationRequest(network, { patient });

    completedId = (await created(t, tokens.clinician, '/v1/consultations', requestFor(AYGUL))).id;
    await created(t, tokens.chiefExpert, `/v1/consultations/${completedId}/accept`);
    await created(t, tokens.chiefExpert, `/v1/consultations/${completedId}/schedule`, hourFrom('2026-03-04T02:00:00Z'));
    t.clock.set('2026-03-04T02:00:00Z');
    await created(t, tokens.chiefExpert, `/v1/consultations/${completedId}/start`);
    await created(t, tokens.chiefExpert, `/v1/consultations/${completedId}/opinion`, { opinion: 'Start sacubitril/valsartan.', recommendations: 'Echo in 3 months.' });
    declinedId = (await created(t, tokens.clinician, '/v1/consultations', requestFor(AYGUL))).id;
    await created(t, tokens.chiefExpert, `/v1/consultations/${declinedId}/decline`, { reasonCode: 'not-suitable-for-remote', reason: 'her amyloidosis needs a specialist centre' });
    otherId = (await created(t, tokens.clinician, '/v1/consultations', requestFor(MEHMET))).id;

    reviewId = (
      await created(t, tokens.clinician, '/v1/case-reviews', {
        partnershipId: network.partnershipId,
        specialties: ['cardiology'],
        purpose: 'plan for cardiac amyloidosis',
        caseSummary: 'Female, 67, ATTR amyloidosis suspected on scintigraphy.',
        patient: AYGUL,
        consent: { medical: true, dataSharing: true },
      })
    ).id;
    await created(t, tokens.clinician, `/v1/case-reviews/${reviewId}/invitations`, { expertIds: [network.chiefExpertId, network.attendingExpertId] });
    await created(t, tokens.attendingExpert, `/v1/case-reviews/${reviewId}/decline`, { reason: 'I treated her sister' });
    await created(t, tokens.chiefExpert, `/v1/case-reviews/${reviewId}/accept`);
    await created(t, tokens.coordinator, `/v1/case-reviews/${reviewId}/schedule`, hourFrom('2026-03-10T02:00:00Z'));
    t.clock.set('2026-03-10T02:00:00Z');
    await created(t, tokens.coordinator, `/v1/case-reviews/${reviewId}/start`);
    await created(t, tokens.chiefExpert, `/v1/case-reviews/${reviewId}/contributions`, { opinion: 'Tafamidis is indicated.' });
    t.clock.set('2026-03-10T03:00:00Z');
    const concluded = await created(t, tokens.chiefExpert, `/v1/case-reviews/${reviewId}/conclude`, { conclusion: 'Start tafamidis; review in 6 months.' });

    expect((await read(t, auditor(), '/v1/stats/overview', concluded.position)).status).toBe(200);
    statsBefore = await stats();
    otherBefore = (await read(t, tokens.clinician, `/v1/consultations/${otherId}`)).body;
    hashesBefore = (await read(t, auditor(), `/v1/audit/streams/consultation-${completedId}`)).body.events.map(
      (event: { metadata: { integrity: { hash: string } } }) => event.metadata.integrity.hash,
    );
    exportBefore = await exportOf(completedId);
    expect((await post(t, tokens.coordinator, '/v1/audit/seal')).body).toEqual({ sealed: true });
  }, 60_000);

  afterAll(() => t.close());

  it('is refused with 409 while the last recorded activity is within the retention period', async () => {
    expectProblem(await erase(), 409, 'retention-period-not-over');
    t.clock.set('2056-03-10T02:59:00Z'); // the case review concluded 30 years ago less a minute
    const refused = await erase();
    expectProblem(refused, 409, 'retention-period-not-over');
    expect(refused.body.detail).toContain('2056-03-10T03:00:00.000Z');
    expect(refused.text).not.toContain(AYGUL.reference);
  });

  it('only coordinators erase, and an unknown patient is 404', async () => {
    t.clock.set('2056-06-01T00:00:00Z');
    expectProblem(await erase({}, network.tokens.auditor), 403, 'role-not-allowed');
    expectProblem(await erase({}, network.tokens.clinician), 403, 'role-not-allowed');
    expectProblem(await erase({ reference: 'KS2-0000-000000' }), 404, 'patient-not-found');
    expectProblem(await erase({ hospitalId: network.otherHospitalId }), 404, 'patient-not-found');
  });

  it('after the retention period, deletes the patient key and answers which key it erased', async () => {
    const cipher = t.app.get(PatientDataCipher);
    const keyId = (exportBefore.find((record) => record.record === 'event') as CaseExportEvent).envelope.metadata.encryption!.keyId;
    wrappedKey = (await cipher.keys.key(keyId, 1))!.wrappedKey;

    const response = await erase();
    expect(response.status).toBe(201);
    erasure = response.body;
    expect(erasure).toEqual({ keyId, keyVersions: [1], lastActivityAt: '2026-03-10T03:00:00.000Z', position: expect.stringMatching(/^\d+$/) });
    expect(await cipher.keys.key(keyId, 1)).toBeUndefined();
    const keyFiles = ['patient-keys.sqlite', 'patient-keys.sqlite-wal'].map((file) => join(t.dataDir, file)).filter(existsSync);
    for (const file of keyFiles) expect(readFileSync(file).indexOf(wrappedKey)).toBe(-1);
    expectProblem(await erase(), 409, 'patient-data-already-erased');
  });

  it("the consultations show placeholders for the patient and every clinical text, and nothing else changed", async () => {
    const { clinician } = network.tokens;
    const completed = (await read(t, clinician, `/v1/consultations/${completedId}`, erasure.position)).body;
    expect(completed).toMatchObject({
      status: 'completed',
      patient: ERASED_PATIENT,
      purpose: ERASED,
      caseSummary: ERASED,
      opinion: ERASED,
      recommendations: ERASED,
      signedBy: network.chiefExpertId,
      slot: hourFrom('2026-03-04T02:00:00Z'),
    });
    expect((await read(t, clinician, `/v1/consultations/${declinedId}`)).body).toMatchObject({ status: 'declined', patient: ERASED_PATIENT, declineReason: ERASED });
    expect((await read(t, clinician, `/v1/consultations/${otherId}`)).body).toEqual(otherBefore);

    const list = (await read(t, clinician, '/v1/consultations')).body.items as Array<{ id: string; patient: unknown }>;
    expect(Object.fromEntries(list.map((item) => [item.id, item.patient]))).toEqual({
      [completedId]: ERASED_PATIENT,
      [declinedId]: ERASED_PATIENT,
      [otherId]: MEHMET,
    });
  });

  it('the case review shows placeholders in its request, panel answers, contributions and conclusion', async () => {
    const review = (await read(t, network.tokens.clinician, `/v1/case-reviews/${reviewId}`)).body;
    expect(review).toMatchObject({ status: 'concluded', patient: ERASED_PATIENT, purpose: ERASED, caseSummary: ERASED, conclusion: ERASED });
    expect(review.contributions).toEqual([expect.objectContaining({ expertId: network.chiefExpertId, opinion: ERASED })]);
    expect(review.invitations).toEqual(
      expect.arrayContaining([expect.objectContaining({ expertId: network.attendingExpertId, answer: 'declined', reason: ERASED })]),
    );
    const asOf = (await read(t, auditor(), `/v1/audit/case-reviews/${reviewId}/as-of?at=2100-01-01T00:00:00Z`)).body;
    expect(asOf.state).toMatchObject({ patient: ERASED_PATIENT, caseSummary: ERASED, conclusion: ERASED, contributions: [expect.objectContaining({ opinion: ERASED })] });
  });

  it("the audit history shows placeholders, with every event and its hash as it was", async () => {
    const events = (await read(t, auditor(), `/v1/audit/streams/consultation-${completedId}`)).body.events;
    expect(events.map((event: { metadata: { integrity: { hash: string } } }) => event.metadata.integrity.hash)).toEqual(hashesBefore);
    expect(events[0].data).toMatchObject({ consultationId: completedId, patient: ERASED_PATIENT, caseSummary: ERASED, specialty: 'cardiology' });
    expect(events[4].data).toMatchObject({ opinion: ERASED, recommendations: ERASED, expertId: network.chiefExpertId });
    const log = await read(t, auditor(), '/v1/audit/events?limit=500');
    expect(log.text).not.toContain(AYGUL.reference);
    expect(log.text).not.toContain(AYGUL.name);
  });

  it('the export still verifies over the stored ciphertext; its decrypted member now holds placeholders', async () => {
    const before = eventsOf(exportBefore);
    expect(before[0].decrypted).toEqual({ verified: false, erased: false, fields: expect.objectContaining({ patient: AYGUL }) });
    const records = await exportOf(completedId);
    expect(verifyCaseExport(records, publicKeyPem)).toMatchObject({ ok: true, eventsChecked: 5, eventsSealed: 5 });
    const events = eventsOf(records);
    expect(events.map((event) => event.envelope)).toEqual(before.map((event) => event.envelope));
    expect(events[0].decrypted).toEqual({
      verified: false,
      erased: true,
      fields: { patient: ERASED_PATIENT, purpose: ERASED, caseSummary: ERASED },
    });
    expect(JSON.stringify(records)).not.toContain(AYGUL.reference);
  });

  it('the counts are unchanged', async () => {
    expect(await stats()).toEqual(statsBefore);
  });

  it('the history and the access trail still verify, the seal made before the erasure included', async () => {
    const { status, body } = await post(t, network.tokens.auditor, '/v1/audit/verify');
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, accessTrail: { ok: true } });
    expect(body.sealsChecked).toBeGreaterThanOrEqual(1);
  });

  it('read models rebuilt from the log equal the purged ones, and still show the placeholders once swapped in', async () => {
    const compared = await post(t, network.tokens.auditor, '/v1/audit/rebuild');
    expect({ status: compared.status, body: compared.body }).toMatchObject({ status: 200, body: { equal: true, differences: [] } });
    const swapped = await post(t, network.tokens.coordinator, '/v1/audit/rebuild', { swap: true });
    expect({ status: swapped.status, body: swapped.body }).toMatchObject({ status: 200, body: { equal: true, swapped: true } });
    expect((await read(t, network.tokens.clinician, `/v1/consultations/${completedId}`)).body).toMatchObject({ patient: ERASED_PATIENT, opinion: ERASED });
    expect((await read(t, network.tokens.clinician, `/v1/consultations/${otherId}`)).body).toEqual(otherBefore);
  });

  it('the erasure itself is in the audit history: who, when, why and which key, never the reference', async () => {
    const stream = await read(t, auditor(), `/v1/audit/streams/patient-data-${erasure.keyId}`);
    expect(stream.status).toBe(200);
    expect(stream.body.events).toEqual([
      expect.objectContaining({
        type: 'PatientDataErased',
        globalPosition: erasure.position,
        data: {
          keyId: erasure.keyId,
          keyVersions: [1],
          reason: 'retention period of 30 years is over',
          erasedBy: 'coordinator-wang',
          erasedAt: '2056-06-01T00:00:00.000Z',
          lastActivityAt: '2026-03-10T03:00:00.000Z',
          retentionYears: 30,
        },
        metadata: expect.objectContaining({ actor: { userId: 'coordinator-wang', role: 'coordinator' } }),
      }),
    ]);
    expect(stream.text).not.toContain(AYGUL.reference);
    const log = (await read(t, auditor(), '/v1/audit/events?type=PatientDataErased')).body.items;
    expect(log.map((event: { streamId: string }) => event.streamId)).toEqual([`patient-data-${erasure.keyId}`]);
  });
});
