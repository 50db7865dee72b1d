import { consultationRequest, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { post } from '../support/consultation-steps';
import { expectProblem, withoutWriting } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

type FieldError = { field: string; message: string };

/** The field errors of a problem answer, as sent. */
const fieldErrors = (response: { body: { errors?: FieldError[] } }): FieldError[] => response.body.errors ?? [];

describe('calendar dates are real dates, and a birth date lies between 1900 and today', () => {
  let t: TestApp;
  let network: SeededNetwork;

  beforeAll(async () => {
    // 2026-03-02T00:00Z is already 08:00 on 2 March in Beijing, the calendar the dates are read on.
    t = await startTestApp({ now: '2026-03-02T00:00:00Z' });
    network = await seedNetwork(t);
  });

  afterAll(() => t.close());

  const requestFor = (birthDate: string) =>
    consultationRequest(network, { patient: { reference: 'KS2-2026-000777', sex: 'female', birthDate } });

  it.each([
    { birthDate: '1968-13-45', sent: 'a thirteenth month' },
    { birthDate: '2023-02-29', sent: 'the 29th of February in a common year' },
    { birthDate: '1968-04-31', sent: 'the 31st of April' },
  ])('a consultation for a patient born on $sent is refused, naming the birth date', async ({ birthDate }) => {
    const refused = await withoutWriting(t, () => post(t, network.tokens.clinician, '/v1/consultations', requestFor(birthDate)));

    expectProblem(refused, 400, 'invalid-request', ['patient.birthDate']);
    expect(fieldErrors(refused)).toEqual([{ field: 'patient.birthDate', message: 'must be a real calendar date (YYYY-MM-DD)' }]);
  });

  it('a consultation for a patient born in 2099 is refused: a birth date is not in the future', async () => {
    const refused = await withoutWriting(t, () => post(t, network.tokens.clinician, '/v1/consultations', requestFor('2099-01-01')));

    expectProblem(refused, 400, 'birth-date-out-of-range', ['patient.birthDate']);
    expect(fieldErrors(refused)).toEqual([{ field: 'patient.birthDate', message: 'must not be in the future' }]);
  });

  it('a patient born tomorrow on the Beijing calendar is refused, one born today is taken', async () => {
    const tomorrow = await withoutWriting(t, () => post(t, network.tokens.clinician, '/v1/consultations', requestFor('2026-03-03')));
    expectProblem(tomorrow, 400, 'birth-date-out-of-range', ['patient.birthDate']);

    const today = await post(t, network.tokens.clinician, '/v1/consultations', requestFor('2026-03-02'));
    expect(today.status).toBe(201);
  });

  it('a patient born before 1900 is refused, one born on 1 January 1900 is taken', async () => {
    const early = await withoutWriting(t, () => post(t, network.tokens.clinician, '/v1/consultations', requestFor('1899-12-31')));
    expectProblem(early, 400, 'birth-date-out-of-range', ['patient.birthDate']);
    expect(fieldErrors(early)).toEqual([{ field: 'patient.birthDate', message: 'must not be before 1900-01-01' }]);

    const first = await post(t, network.tokens.clinician, '/v1/consultations', requestFor('1900-01-01'));
    expect(first.status).toBe(201);
  });

  const partnership = (dates: Record<string, string | undefined>) => ({
    givingHospitalId: network.givingHospitalId,
    receivingHospitalId: network.otherHospitalId,
    programme: 'group-aid',
    ...dates,
  });

  it.each([
    { field: 'validFrom', dates: { validFrom: '2025-02-30' } },
    { field: 'validUntil', dates: { validFrom: '2025-01-01', validUntil: '2027-13-01' } },
  ])('a partnership with a $field that is no real date is refused, naming it once', async ({ field, dates }) => {
    const refused = await withoutWriting(t, () => post(t, network.tokens.coordinator, '/v1/partnerships', partnership(dates)));

    expectProblem(refused, 400, 'invalid-request', [field]);
    expect(fieldErrors(refused)).toEqual([{ field, message: 'must be a real calendar date (YYYY-MM-DD)' }]);
  });

  it('an expert licensed since a day that does not exist is refused, naming licensedSince once', async () => {
    const refused = await withoutWriting(t, () =>
      post(t, network.tokens.coordinator, '/v1/experts', {
        name: 'Dr. Zhou Min',
        hospitalId: network.givingHospitalId,
        departmentId: network.givingDepartmentId,
        specialty: 'cardiology',
        title: 'attending-physician',
        licensedSince: '2015-02-29',
      }),
    );

    expectProblem(refused, 400, 'invalid-request', ['licensedSince']);
    expect(fieldErrors(refused)).toEqual([{ field: 'licensedSince', message: 'must be a real calendar date (YYYY-MM-DD)' }]);
  });
});

describe('each field in error is named once, with one clear message', () => {
  let t: TestApp;
  let network: SeededNetwork;

  beforeAll(async () => {
    t = await startTestApp();
    network = await seedNetwork(t);
  });

  afterAll(() => t.close());

  it('a hospital sent without any field is told, once per field, that each is required', async () => {
    const refused = await withoutWriting(t, () => post(t, network.tokens.coordinator, '/v1/hospitals', {}));

    expectProblem(refused, 400, 'invalid-request');
    expect(fieldErrors(refused)).toEqual([
      { field: 'name', message: 'is required' },
      { field: 'region', message: 'is required' },
      { field: 'timezone', message: 'is required' },
    ]);
    expect(refused.body.detail).toBe('name: is required; region: is required; timezone: is required');
  });

  it('a consultation request without a patient is told that the patient is required, and nothing about its members', async () => {
    const { patient: _patient, ...withoutPatient } = consultationRequest(network);

    const refused = await withoutWriting(t, () => post(t, network.tokens.clinician, '/v1/consultations', withoutPatient));

    expect(fieldErrors(refused)).toEqual([{ field: 'patient', message: 'is required' }]);
  });

  it('a field sent as null is required as much as a field left out', async () => {
    const refused = await withoutWriting(t, () =>
      post(t, network.tokens.clinician, '/v1/consultations', consultationRequest(network, { purpose: null })),
    );

    expect(fieldErrors(refused)).toEqual([{ field: 'purpose', message: 'is required' }]);
  });

  it.each([
    { sent: 'a name that is a number', body: { name: 42, region: 'Xinjiang', timezone: 'Asia/Shanghai' }, error: { field: 'name', message: 'must be text' } },
    { sent: 'an empty region', body: { name: 'Hotan District People\'s Hospital', region: '', timezone: 'Asia/Shanghai' }, error: { field: 'region', message: 'must not be empty' } },
    {
      sent: 'a name longer than 200 characters',
      body: { name: 'x'.repeat(201), region: 'Xinjiang', timezone: 'Asia/Shanghai' },
      error: { field: 'name', message: 'must be at most 200 characters long' },
    },
  ])('a hospital with $sent gets one message for that field', async ({ body, error }) => {
    const refused = await withoutWriting(t, () => post(t, network.tokens.coordinator, '/v1/hospitals', body));

    expect(fieldErrors(refused)).toEqual([error]);
  });

  it('a partnership id that is a number gets one message, not one per rule it breaks', async () => {
    const refused = await withoutWriting(t, () =>
      post(t, network.tokens.clinician, '/v1/consultations', consultationRequest(network, { partnershipId: 7 })),
    );

    expect(fieldErrors(refused)).toEqual([{ field: 'partnershipId', message: 'must be text' }]);
  });

  it('an unknown field is named once, as not part of the request', async () => {
    const refused = await withoutWriting(t, () =>
      post(t, network.tokens.clinician, '/v1/consultations', consultationRequest(network, { priority: 'high' })),
    );

    expect(fieldErrors(refused)).toEqual([{ field: 'priority', message: 'is not a field of this request' }]);
  });
});
