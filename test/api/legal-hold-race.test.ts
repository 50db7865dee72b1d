import { PatientDataCipher } from '@telemed/event-store/encryption';
import { consultationRequest, created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { post, read } from '../support/consultation-steps';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

const PATIENTS = 10;
const reference = (index: number) => `KS2-2020-${String(index).padStart(6, '0')}`;

/**
 * A hold and an erasure of one patient, asked at the same moment: they meet in the patient's record
 * stream, so exactly one wins. Either the hold stands and the erasure is refused (409 legal-hold,
 * every key kept), or the erasure is recorded first and the hold is refused because there is
 * nothing left to hold (409 patient-data-already-erased). Never an erasure under a hold.
 */
describe('a legal hold and an erasure racing on one patient', () => {
  let t: TestApp;
  let network: SeededNetwork;
  const consultations: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-02T00:00:00Z' });
    network = await seedNetwork(t);
    for (let index = 0; index < PATIENTS; index++) {
      const body = consultationRequest(network, { patient: { reference: reference(index), name: `Patient ${index}` } });
      consultations.push((await created(t, network.tokens.clinician, '/v1/consultations', body)).id);
    }
    t.clock.set('2056-06-01T00:00:00Z'); // every patient is past the 30-year retention period
  }, 120_000);

  afterAll(() => t?.close());

  it('ends in exactly one consistent outcome for every patient, and the history still verifies', async () => {
    const coordinator = network.tokens.coordinator;
    const hospitalId = network.receivingHospitalId;
    const answers = await Promise.all(
      consultations.map(async (consultationId, index) => {
        const hold = () => post(t, coordinator, '/v1/patients/holds', { hospitalId, reference: reference(index), reason: 'claim 2056-3 at the district court' });
        const erase = () => post(t, coordinator, '/v1/patients/erasure', { hospitalId, reference: reference(index), reason: 'retention period is over' });
        // Half the pairs send the hold first, half the erasure, all at once.
        const [held, erased] = index % 2 === 0 ? await Promise.all([hold(), erase()]) : (await Promise.all([erase(), hold()])).reverse();
        return { index, consultationId, held, erased };
      }),
    );

    const cipher = t.app.get(PatientDataCipher);
    const outcomes = { holdWon: 0, erasureWon: 0 };
    for (const { index, consultationId, held, erased } of answers) {
      const keyId = cipher.keyIdOf(hospitalId, reference(index));
      const keys = await cipher.keys.versions(keyId);
      const stream = await read(t, network.tokens.auditor, `/v1/audit/streams/patient-data-${keyId}`);
      const types = stream.body.events.map((event: { type: string }) => event.type);
      const consultation = await read(t, network.tokens.clinician, `/v1/consultations/${consultationId}`);
      if (held.status === 201) {
        outcomes.holdWon++;
        expectProblem(erased, 409, 'legal-hold');
        expect(types).toEqual(['LegalHoldPlaced']);
        expect(keys.every((key) => key.erasedAt === null || key.erasedAt === undefined)).toBe(true);
        expect(consultation.body.patient).toMatchObject({ reference: reference(index) });
      } else {
        outcomes.erasureWon++;
        expect(erased.status).toBe(201);
        expectProblem(held, 409, 'patient-data-already-erased');
        expect(types).toEqual(['PatientDataErased']);
        expect(keys.every((key) => typeof key.erasedAt === 'string')).toBe(true);
        expect(consultation.body.patient).not.toMatchObject({ reference: reference(index) });
      }
    }
    process.stdout.write(`legal hold against erasure, ${PATIENTS} racing pairs: hold first ${outcomes.holdWon}, erasure first ${outcomes.erasureWon}\n`);
    expect(outcomes.holdWon + outcomes.erasureWon).toBe(PATIENTS);

    const verified = await post(t, network.tokens.auditor, '/v1/audit/verify');
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ ok: true });
  }, 120_000);
});
