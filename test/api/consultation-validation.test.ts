import { consultationRequest, created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { acceptedConsultation, hourFrom, post, read, requestConsultation, scheduledConsultation } from '../support/consultation-steps';
import { expectProblem, withoutWriting } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

type Body = Record<string, unknown>;

describe('a request the backbone cannot take as sent is refused with 400, naming the field', () => {
  let t: TestApp;
  let network: SeededNetwork;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-02T00:00:00Z' });
    network = await seedNetwork(t);
  });

  afterAll(() => t.close());

  const withPatient = (patient: Body) => (valid: Body) => ({ ...valid, patient });
  const withConsent = (consent: Body) => (valid: Body) => ({ ...valid, consent });
  const without = (field: string) => (valid: Body) =>
    Object.fromEntries(Object.entries(valid).filter(([key]) => key !== field));

  const badRequests: Array<{ sent: string; change: (valid: Body) => Body; field: string; code?: string }> = [
    { sent: 'an unknown top-level field', change: (valid) => ({ ...valid, priority: 'high' }), field: 'priority' },
    {
      sent: 'an unknown field inside the patient',
      change: withPatient({ reference: 'KS2-2026-000123', bloodType: 'A+' }),
      field: 'patient.bloodType',
    },
    {
      sent: 'an unknown field inside the consent',
      change: withConsent({ medical: true, dataSharing: true, research: true }),
      field: 'consent.research',
    },
    { sent: 'no consent at all', change: without('consent'), field: 'consent' },
    {
      sent: 'no consent to the consultation itself',
      change: withConsent({ medical: false, dataSharing: true }),
      field: 'consent.medical',
      code: 'consent-required',
    },
    {
      sent: 'no consent to share data with the invited hospital',
      change: withConsent({ medical: true, dataSharing: false }),
      field: 'consent.dataSharing',
      code: 'consent-required',
    },
    {
      sent: 'consent given as text instead of true or false',
      change: withConsent({ medical: true, dataSharing: 'yes' }),
      field: 'consent.dataSharing',
    },
    { sent: 'an urgency other than routine or urgent', change: (valid) => ({ ...valid, urgency: 'asap' }), field: 'urgency' },
    { sent: 'a patient without a reference', change: withPatient({ sex: 'female' }), field: 'patient.reference' },
    { sent: 'an empty purpose', change: (valid) => ({ ...valid, purpose: '' }), field: 'purpose' },
    { sent: 'no case summary', change: without('caseSummary'), field: 'caseSummary' },
    {
      sent: 'a requested title that is not a physician title',
      change: (valid) => ({ ...valid, requestedTitle: 'professor' }),
      field: 'requestedTitle',
    },
    {
      sent: 'a partnership id that is not a UUID',
      change: (valid) => ({ ...valid, partnershipId: 'partnership-1' }),
      field: 'partnershipId',
    },
    // Names that exist on every JavaScript object are still fields the contract does not know.
    {
      sent: 'an unknown field named like a built-in object property',
      change: (valid) => ({ ...valid, toString: 'x' }),
      field: 'toString',
    },
  ];

  it.each(badRequests)('a consultation request with $sent', async ({ change, field, code }) => {
    const refused = await withoutWriting(t, () =>
      post(t, network.tokens.clinician, '/v1/consultations', change(consultationRequest(network))),
    );
    expectProblem(refused, 400, code, [field]);
  });

  describe('scheduling', () => {
    let consultationId: string;

    beforeAll(async () => {
      ({ id: consultationId } = await acceptedConsultation(t, network));
    });

    const badSlots: Array<{ sent: string; slot: Body; field: string; code?: string }> = [
      { sent: 'a start that is not an instant', slot: { start: 'next Tuesday at ten', end: '2026-03-10T03:00:00Z' }, field: 'start' },
      { sent: 'a start without an offset', slot: { start: '2026-03-10T10:00:00', end: '2026-03-10T03:00:00Z' }, field: 'start' },
      { sent: 'an end that is not an instant', slot: { start: '2026-03-10T02:00:00Z', end: '2026-03-10T25:00:00Z' }, field: 'end' },
      { sent: 'no end', slot: { start: '2026-03-10T02:00:00Z' }, field: 'end' },
      { sent: 'an end before the start', slot: { start: '2026-03-10T03:00:00Z', end: '2026-03-10T02:00:00Z' }, field: 'end' },
      { sent: 'an end equal to the start', slot: { start: '2026-03-10T03:00:00Z', end: '2026-03-10T11:00:00+08:00' }, field: 'end' },
      {
        sent: 'a start in the past',
        slot: { start: '2026-03-01T02:00:00Z', end: '2026-03-01T03:00:00Z' },
        field: 'start',
        code: 'start-in-past',
      },
      {
        sent: 'thirteen hours between start and end',
        slot: { start: '2026-03-10T00:00:00Z', end: '2026-03-10T13:00:00Z' },
        field: 'end',
        code: 'slot-too-long',
      },
      {
        sent: 'an unknown field',
        slot: { start: '2026-03-10T02:00:00Z', end: '2026-03-10T03:00:00Z', room: 'video-3' },
        field: 'room',
      },
    ];

    it.each(badSlots)('a slot with $sent', async ({ slot, field, code }) => {
      const refused = await withoutWriting(t, () =>
        post(t, network.tokens.chiefExpert, `/v1/consultations/${consultationId}/schedule`, slot),
      );
      expectProblem(refused, 400, code, [field]);
    });

    it('none of those slots was booked: the consultation is still waiting to be scheduled', async () => {
      const response = await read(t, network.tokens.clinician, `/v1/consultations/${consultationId}`, String(await t.eventCount()));
      expect(response.body).toMatchObject({ status: 'accepted', slot: null });
    });
  });

  it('a decline without a reason', async () => {
    const { id } = await requestConsultation(t, network);

    const refused = await withoutWriting(t, () => post(t, network.tokens.chiefExpert, `/v1/consultations/${id}/decline`, {}));

    expectProblem(refused, 400, undefined, ['reason', 'reasonCode']);
  });

  it('a decline whose reason is not one of the list', async () => {
    const { id } = await requestConsultation(t, network);

    const refused = await withoutWriting(t, () =>
      post(t, network.tokens.chiefExpert, `/v1/consultations/${id}/decline`, { reasonCode: 'too-busy', reason: 'busy' }),
    );

    expectProblem(refused, 400, undefined, ['reasonCode']);
  });

  it('an opinion that is blank', async () => {
    const { id } = await scheduledConsultation(t, network, hourFrom('2026-03-11T02:00:00Z'));
    await created(t, network.tokens.chiefExpert, `/v1/consultations/${id}/start`);

    const refused = await withoutWriting(t, () => post(t, network.tokens.chiefExpert, `/v1/consultations/${id}/opinion`, { opinion: '' }));

    expectProblem(refused, 400, undefined, ['opinion']);
  });

  it('a worklist filter the API does not know', async () => {
    const refused = await read(t, network.tokens.clinician, '/v1/consultations?status=lost&ward=3');

    expectProblem(refused, 400, undefined, ['status', 'ward']);
  });

  describe('a body that is not a JSON object', () => {
    const raw = (path: string, token: string, body: string) =>
      t.http.post(path).set('Authorization', `Bearer ${token}`).set('Content-Type', 'application/json').send(body);

    it('a body that is not valid JSON', async () => {
      const refused = await withoutWriting(t, () => raw('/v1/consultations', network.tokens.clinician, '{"partnershipId": '));

      expectProblem(refused, 400);
    });

    it.each([
      ['a JSON array', '[{"reason": "busy"}]'],
      ['a JSON string', '"busy"'],
      ['a JSON number', '42'],
    ])('%s where an object is expected', async (_case, body) => {
      const { id } = await requestConsultation(t, network);

      const declined = await withoutWriting(t, () => raw(`/v1/consultations/${id}/decline`, network.tokens.chiefExpert, body));
      const accepted = await withoutWriting(t, () => raw(`/v1/consultations/${id}/accept`, network.tokens.chiefExpert, body));

      expectProblem(declined, 400);
      expectProblem(accepted, 400);
    });
  });
});
