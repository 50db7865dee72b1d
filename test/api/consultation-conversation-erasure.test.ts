import { hourFrom, post, read } from '../support/consultation-steps';
import { consultationRequest, created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { startTestApp, type TestApp } from '../support/test-app';

const ERASED = '[erased]';
const PATIENT = { reference: 'KS2-1987-031415', name: 'Rukiye Abdukerim' };
const OTHER_PATIENT = { reference: 'KS2-1990-271828', name: 'Nurlan Osman' };
const QUESTION = 'Did Rukiye Abdukerim take amiodarone before the last admission?';
const ANSWER = 'Rukiye stopped amiodarone in January because of her thyroid.';
const COMMENT = 'Rukiye was spared the journey to Urumqi thanks to this advice.';

type Event = { type: string; data: Record<string, unknown>; metadata: { integrity: { hash: string } } };

/**
 * What the expert asked, what the clinician answered and what the clinician wrote in their rating
 * all speak of the patient: erasing the patient's data leaves none of it readable anywhere,
 * and leaves the history as provable as before.
 */
describe("erasing a patient's data reaches the information loop and the feedback", () => {
  let t: TestApp;
  let network: SeededNetwork;
  let consultationId: string;
  let otherId: string;
  let erasedAt: string;
  let hashesBefore: string[];

  /** A consultation asked about, answered, signed and rated with a comment. */
  async function conversation(patient: object): Promise<string> {
    const { tokens } = network;
    const { id } = await created(t, tokens.clinician, '/v1/consultations', consultationRequest(network, { patient }));
    await created(t, tokens.chiefExpert, `/v1/consultations/${id}/accept`);
    await created(t, tokens.chiefExpert, `/v1/consultations/${id}/questions`, { question: QUESTION });
    await created(t, tokens.clinician, `/v1/consultations/${id}/answers`, { answer: ANSWER });
    await created(t, tokens.chiefExpert, `/v1/consultations/${id}/schedule`, hourFrom(patient === PATIENT ? '2026-03-04T02:00:00Z' : '2026-03-05T02:00:00Z'));
    t.clock.set(patient === PATIENT ? '2026-03-04T02:00:00Z' : '2026-03-05T02:00:00Z');
    await created(t, tokens.chiefExpert, `/v1/consultations/${id}/start`);
    await created(t, tokens.chiefExpert, `/v1/consultations/${id}/opinion`, { opinion: 'Continue rate control.' });
    await created(t, tokens.clinician, `/v1/consultations/${id}/feedback`, { usefulness: 5, comment: COMMENT });
    t.clock.set('2026-03-02T03:00:00Z');
    return id;
  }

  const auditor = () => network.tokens.auditor;
  const streamEvents = async (id: string, position?: string): Promise<Event[]> => (await read(t, auditor(), `/v1/audit/streams/consultation-${id}`, position)).body.events;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-02T03:00:00Z' });
    network = await seedNetwork(t);
    consultationId = await conversation(PATIENT);
    otherId = await conversation(OTHER_PATIENT);
    hashesBefore = (await streamEvents(consultationId)).map((event) => event.metadata.integrity.hash);
    const before = (await read(t, network.tokens.clinician, `/v1/consultations/${consultationId}`)).body;
    // Before the erasure the texts are there to read.
    expect(before.questions).toEqual([expect.objectContaining({ question: QUESTION, answer: ANSWER })]);
    expect(before.feedback).toMatchObject({ usefulness: 5, comment: COMMENT });

    t.clock.set('2057-01-01T00:00:00Z'); // past the 30-year retention of the last activity
    const erased = await post(t, network.tokens.coordinator, '/v1/patients/erasure', {
      hospitalId: network.receivingHospitalId,
      reference: PATIENT.reference,
      reason: 'retention period of 30 years is over',
    });
    expect(erased.status).toBe(201);
    erasedAt = erased.body.position;
  }, 60_000);

  afterAll(() => t.close());

  it('the consultation shows placeholders for the question, the answer and the comment; the rating and who asked stay', async () => {
    const consultation = (await read(t, network.tokens.clinician, `/v1/consultations/${consultationId}`, erasedAt)).body;
    expect(consultation.questions).toEqual([
      expect.objectContaining({ question: ERASED, answer: ERASED, askedBy: network.chiefExpertId, answeredAt: expect.any(String) }),
    ]);
    expect(consultation.feedback).toMatchObject({ usefulness: 5, comment: ERASED });
    expect(JSON.stringify(consultation)).not.toMatch(/Rukiye|amiodarone|Urumqi/);
  });

  it("another patient's conversation is untouched", async () => {
    const other = (await read(t, network.tokens.clinician, `/v1/consultations/${otherId}`, erasedAt)).body;
    expect(other.questions).toEqual([expect.objectContaining({ question: QUESTION, answer: ANSWER })]);
    expect(other.feedback).toMatchObject({ comment: COMMENT });
  });

  it('the audit history holds the same events with the same hashes, their texts now placeholders', async () => {
    const events = await streamEvents(consultationId, erasedAt);
    expect(events.map((event) => event.metadata.integrity.hash)).toEqual(hashesBefore);
    const ofType = (type: string) => events.find((event) => event.type === type)!.data;
    expect(ofType('ConsultationInformationRequested')).toMatchObject({ question: ERASED, askedBy: network.chiefExpertId });
    expect(ofType('ConsultationInformationProvided')).toMatchObject({ answer: ERASED });
    expect(ofType('ConsultationFeedbackGiven')).toMatchObject({ usefulness: 5, comment: ERASED });
    const log = await read(t, auditor(), '/v1/audit/events?type=ConsultationFeedbackGiven&limit=100');
    expect(log.text).toContain(COMMENT); // the other patient's rating
    const ownLog = await read(t, auditor(), `/v1/audit/events?limit=500`);
    const ownEvents = (ownLog.body.items as Event[]).filter((event) => (event.data as { consultationId?: string }).consultationId === consultationId);
    expect(ownEvents.length).toBe(hashesBefore.length);
    expect(JSON.stringify(ownEvents)).not.toMatch(/Rukiye|amiodarone|Urumqi/);
  });

  it('the history still verifies, and read models rebuilt from the log equal the erased ones', async () => {
    const verified = await post(t, auditor(), '/v1/audit/verify');
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ ok: true });
    const rebuilt = await post(t, auditor(), '/v1/audit/rebuild');
    expect(rebuilt.status).toBe(200);
    expect(rebuilt.body).toMatchObject({ equal: true, differences: [] });
  });
});
