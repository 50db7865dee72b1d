import { randomUUID } from 'node:crypto';
import { created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { post, read } from '../support/consultation-steps';
import { expectProblem, withoutWriting } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

describe('cooperation agreements', () => {
  let t: TestApp;
  let network: SeededNetwork;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-02T00:00:00Z' });
    network = await seedNetwork(t);
  });

  afterAll(() => t.close());

  const terms = (overrides: Record<string, unknown> = {}) => ({
    services: ['consultation', 'case-review'],
    validFrom: '2026-01-01',
    validUntil: '2026-12-31',
    responseTargets: { urgent: { acceptMinutes: 30, answerMinutes: 1440 }, routine: { acceptMinutes: 480, answerMinutes: 4320 } },
    workingTimeOnly: true,
    fees: [{ service: 'consultation', amount: 300, currency: 'CNY', givingShare: 0.7 }],
    liability: 'The receiving hospital keeps the decision on diagnosis and treatment.',
    signatories: [
      { hospitalId: network.givingHospitalId, name: 'Wang Jun', signedAt: '2025-12-20T10:00:00+08:00' },
      { hospitalId: network.receivingHospitalId, name: 'Aysha Tursun', signedAt: '2025-12-22T11:00:00+08:00' },
    ],
    ...overrides,
  });

  const register = (overrides: Record<string, unknown> = {}) =>
    created(t, network.tokens.coordinator, `/v1/partnerships/${network.partnershipId}/agreements`, terms(overrides));

  const readAgreement = async (id: string, token = network.tokens.coordinator) =>
    read(t, token, `/v1/agreements/${id}`, String(await t.eventCount()));

  it('a coordinator registers a signed agreement, and both hospitals read its terms', async () => {
    const { id } = await register();

    for (const token of [network.tokens.coordinator, network.tokens.auditor, network.tokens.clinician, network.tokens.chiefExpert]) {
      const answer = await readAgreement(id, token);
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual(
        expect.objectContaining({
          id,
          partnershipId: network.partnershipId,
          status: 'in-effect',
          inForce: true,
          services: ['consultation', 'case-review'],
          validFrom: '2026-01-01',
          validUntil: '2026-12-31',
          workingTimeOnly: true,
          fees: [{ service: 'consultation', amount: 300, currency: 'CNY', givingShare: 0.7 }],
          signatories: [
            { hospitalId: network.givingHospitalId, name: 'Wang Jun', signedAt: '2025-12-20T02:00:00.000Z' },
            { hospitalId: network.receivingHospitalId, name: 'Aysha Tursun', signedAt: '2025-12-22T03:00:00.000Z' },
          ],
          registeredBy: 'coordinator-wang',
          termination: null,
        }),
      );
    }
    const list = await read(t, network.tokens.clinician, `/v1/partnerships/${network.partnershipId}/agreements`, String(await t.eventCount()));
    expect(list.status).toBe(200);
    expect(list.body.items.map((agreement: { id: string }) => agreement.id)).toContain(id);
  });

  it('a hospital outside the partnership sees none of its agreements', async () => {
    const { id } = await register();
    expectProblem(await readAgreement(id, network.tokens.otherClinician), 404, 'not-found');
    expectProblem(await read(t, network.tokens.otherExpert, `/v1/partnerships/${network.partnershipId}/agreements`), 404, 'not-found');
  });

  it('only a coordinator registers, amends or terminates an agreement', async () => {
    const { id } = await register();
    await withoutWriting(t, async () => {
      expectProblem(await post(t, network.tokens.clinician, `/v1/partnerships/${network.partnershipId}/agreements`, terms()), 403);
      expectProblem(await post(t, network.tokens.chiefExpert, `/v1/agreements/${id}/amend`, { liability: 'none' }), 403);
      expectProblem(await post(t, network.tokens.auditor, `/v1/agreements/${id}/terminate`, { reason: 'x', effectiveAt: '2026-06-01T00:00:00Z' }), 403);
    });
  });

  it('an amendment changes the terms it names and keeps the rest', async () => {
    const { id } = await register();
    const amended = await created(t, network.tokens.coordinator, `/v1/agreements/${id}/amend`, {
      validUntil: '2027-12-31',
      fees: [{ service: 'consultation', amount: 350, currency: 'CNY', givingShare: 0.6 }],
    });
    expect(amended.id).toBe(id);

    const answer = await readAgreement(id);
    expect(answer.body).toMatchObject({ validFrom: '2026-01-01', validUntil: '2027-12-31', fees: [{ amount: 350, givingShare: 0.6 }], workingTimeOnly: true });
    expect(answer.body.amendedAt).toBe('2026-03-02T00:00:00.000Z');
  });

  it('a termination takes effect at its instant, and a terminated agreement is closed to changes', async () => {
    const { id } = await register();
    await created(t, network.tokens.coordinator, `/v1/agreements/${id}/terminate`, { reason: 'superseded', effectiveAt: '2026-03-01T00:00:00+08:00' });

    expect((await readAgreement(id)).body).toMatchObject({
      status: 'terminated',
      inForce: false,
      termination: { reason: 'superseded', effectiveAt: '2026-02-28T16:00:00.000Z', terminatedBy: 'coordinator-wang' },
    });
    await withoutWriting(t, async () => {
      expectProblem(await post(t, network.tokens.coordinator, `/v1/agreements/${id}/amend`, { liability: 'none' }), 409, 'agreement-terminated');
      expectProblem(
        await post(t, network.tokens.coordinator, `/v1/agreements/${id}/terminate`, { reason: 'again', effectiveAt: '2026-04-01T00:00:00Z' }),
        409,
        'agreement-terminated',
      );
    });
  });

  it('refuses terms that break the rules, each field named, and writes nothing', async () => {
    await withoutWriting(t, async () => {
      const path = `/v1/partnerships/${network.partnershipId}/agreements`;
      const { coordinator } = network.tokens;
      expectProblem(await post(t, coordinator, path, terms({ validUntil: '2025-12-31' })), 400, 'invalid-value', ['validUntil']);
      expectProblem(
        await post(t, coordinator, path, terms({ fees: [{ service: 'consultation', amount: 300, currency: 'CNY', givingShare: 1.5 }] })),
        400,
        undefined,
        ['fees.0.givingShare'],
      );
      expectProblem(
        await post(t, coordinator, path, terms({ signatories: [terms().signatories[0], { hospitalId: network.otherHospitalId, name: 'Tashi', signedAt: '2025-12-22T03:00:00Z' }] })),
        400,
        'unknown-signatory',
        ['signatories[1].hospitalId'],
      );
      expectProblem(await post(t, coordinator, path, terms({ signatories: [terms().signatories[0]] })), 400, 'signatories-incomplete');
      expectProblem(await post(t, coordinator, path, terms({ services: ['telepathy'] })), 400, undefined, ['services']);
      expectProblem(await post(t, coordinator, path, { ...terms(), responseTargets: undefined }), 400, undefined, ['responseTargets']);
    });
  });

  it('refuses a termination that would end the agreement before it begins', async () => {
    const { id } = await register({ validFrom: '2026-06-01' });
    const answer = await withoutWriting(t, () =>
      post(t, network.tokens.coordinator, `/v1/agreements/${id}/terminate`, { reason: 'never started', effectiveAt: '2026-05-31T15:59:59Z' }),
    );
    expectProblem(answer, 400, 'invalid-value', ['effectiveAt']);
  });

  it('each change is an event of the partnership’s agreement history, in the clear, chained and verified', async () => {
    const { id } = await register();
    await created(t, network.tokens.coordinator, `/v1/agreements/${id}/amend`, { workingTimeOnly: false });
    await created(t, network.tokens.coordinator, `/v1/agreements/${id}/terminate`, { reason: 'ended by both hospitals', effectiveAt: '2026-04-01T00:00:00Z' });

    const history = await read(t, network.tokens.auditor, `/v1/audit/streams/agreements-${network.partnershipId}`);
    expect(history.status).toBe(200);
    const mine = history.body.events.filter((event: { data: { agreementId: string } }) => event.data.agreementId === id);
    expect(mine.map((event: { type: string }) => event.type)).toEqual(['AgreementSigned', 'AgreementAmended', 'AgreementTerminated']);
    expect(mine[2].data.reason).toBe('ended by both hospitals');
    expect(mine.every((event: { metadata: { encryption?: unknown } }) => event.metadata.encryption === undefined)).toBe(true);
    expect(mine[1].data.amendedFields).toEqual(['workingTimeOnly']);

    const verified = await post(t, network.tokens.auditor, '/v1/audit/verify');
    expect(verified.status).toBe(200);
    expect(verified.body.ok).toBe(true);
  });

  it('knows no agreement or partnership it was never told of', async () => {
    const unknown = randomUUID();
    expectProblem(await post(t, network.tokens.coordinator, `/v1/agreements/${unknown}/amend`, { liability: 'none' }), 404, 'not-found');
    expectProblem(await post(t, network.tokens.coordinator, `/v1/partnerships/${unknown}/agreements`, terms()), 404, 'not-found');
    expectProblem(await read(t, network.tokens.coordinator, `/v1/agreements/${unknown}`), 404, 'not-found');
  });
});
