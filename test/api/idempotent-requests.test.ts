import { consultationRequest, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { read, requestConsultation } from '../support/consultation-steps';
import { expectProblem, withoutWriting } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

describe('a POST retried with the same Idempotency-Key', () => {
  let t: TestApp;
  let network: SeededNetwork;

  beforeAll(async () => {
    t = await startTestApp();
    network = await seedNetwork(t);
  });

  afterAll(() => t.close());

  const postOnce = (token: string, key: string, path: string, body: object = {}) =>
    t.http.post(path).set('Authorization', `Bearer ${token}`).set('Idempotency-Key', key).send(body);

  const requestsFor = async (patientReference: string) => {
    const worklist = await read(t, network.tokens.clinician, '/v1/consultations?limit=200', String(await t.eventCount()));
    return worklist.body.items.filter((item: { patient: { reference: string } }) => item.patient.reference === patientReference);
  };

  it('answers the first answer again and records the consultation only once', async () => {
    const body = consultationRequest(network, { patient: { reference: 'KS2-2026-IDEM-1' } });
    const first = await postOnce(network.tokens.clinician, 'request-KS2-2026-IDEM-1', '/v1/consultations', body);
    expect(first.status).toBe(201);

    const retry = await withoutWriting(t, () => postOnce(network.tokens.clinician, 'request-KS2-2026-IDEM-1', '/v1/consultations', body));

    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replay']).toBe('true');
    expect(await requestsFor('KS2-2026-IDEM-1')).toEqual([expect.objectContaining({ id: first.body.id })]);
  });

  it('is 409 when the same key comes with another body, and nothing is written', async () => {
    const key = 'request-KS2-2026-IDEM-2';
    const forPatient = (reference: string) => consultationRequest(network, { patient: { reference } });
    const first = await postOnce(network.tokens.clinician, key, '/v1/consultations', forPatient('KS2-2026-IDEM-2'));
    expect(first.status).toBe(201);

    const reused = await withoutWriting(t, () =>
      postOnce(network.tokens.clinician, key, '/v1/consultations', forPatient('KS2-2026-IDEM-3')),
    );

    expectProblem(reused, 409, 'idempotency-key-reused');
    expect(await requestsFor('KS2-2026-IDEM-3')).toEqual([]);
  });

  it('lets an expert retry an acceptance safely: the retry gets the first answer, not a conflict', async () => {
    const { id } = await requestConsultation(t, network);
    const first = await postOnce(network.tokens.chiefExpert, `accept-${id}`, `/v1/consultations/${id}/accept`);
    expect(first.status).toBe(201);

    const retry = await withoutWriting(t, () => postOnce(network.tokens.chiefExpert, `accept-${id}`, `/v1/consultations/${id}/accept`));
    const withoutKey = await withoutWriting(t, () =>
      t.http.post(`/v1/consultations/${id}/accept`).set('Authorization', `Bearer ${network.tokens.chiefExpert}`).send({}),
    );

    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expectProblem(withoutKey, 409, 'illegal-transition');
  });

  it('a request sent twice at once, as by a double click, is recorded once', async () => {
    const body = consultationRequest(network, { patient: { reference: 'KS2-2026-IDEM-6' } });

    const answers = await Promise.all([
      postOnce(network.tokens.clinician, 'double-click', '/v1/consultations', body),
      postOnce(network.tokens.clinician, 'double-click', '/v1/consultations', body),
    ]);

    expect(answers.map((answer) => answer.status)).toContain(201);
    const recorded = await requestsFor('KS2-2026-IDEM-6');
    expect(recorded).toHaveLength(1);
    for (const answer of answers) {
      if (answer.status === 201) expect(answer.body.id).toBe(recorded[0].id);
      else expectProblem(answer, 409, 'idempotency-key-in-progress');
    }
  });

  it('belongs to the caller: another clinician using the same key makes their own request', async () => {
    const colleague = await t.token('clinician', 'clinician-gulnur', network.receivingHospitalId);
    const body = consultationRequest(network, { patient: { reference: 'KS2-2026-IDEM-4' } });
    const mine = await postOnce(network.tokens.clinician, 'shared-key', '/v1/consultations', body);

    const theirs = await postOnce(colleague, 'shared-key', '/v1/consultations', body);

    expect([mine.status, theirs.status]).toEqual([201, 201]);
    expect(theirs.body.id).not.toBe(mine.body.id);
  });

  it('is not used up by a request that was refused, so the corrected request can carry it', async () => {
    const key = 'request-KS2-2026-IDEM-5';
    const corrected = consultationRequest(network, { patient: { reference: 'KS2-2026-IDEM-5' } });
    const refused = await postOnce(network.tokens.clinician, key, '/v1/consultations', { ...corrected, urgency: 'asap' });
    expectProblem(refused, 400, undefined, ['urgency']);

    const accepted = await postOnce(network.tokens.clinician, key, '/v1/consultations', corrected);

    expect(accepted.status).toBe(201);
    expect(await requestsFor('KS2-2026-IDEM-5')).toEqual([expect.objectContaining({ id: accepted.body.id })]);
  });

  it('must be 1 to 200 visible characters', async () => {
    const tooLong = await withoutWriting(t, () =>
      postOnce(network.tokens.clinician, 'k'.repeat(201), '/v1/consultations', consultationRequest(network)),
    );

    expectProblem(tooLong, 400, 'invalid-idempotency-key');
  });
});
