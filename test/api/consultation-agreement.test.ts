import { agreementTerms, consultationRequest, created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { post } from '../support/consultation-steps';
import { expectProblem, withoutWriting } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

describe('a request needs an agreement in force that covers it', () => {
  let t: TestApp;
  let network: SeededNetwork;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-02T00:00:00Z' });
    network = await seedNetwork(t, { agreement: false });
  });

  afterAll(() => t.close());

  const caseReview = () => ({
    partnershipId: network.partnershipId,
    specialties: ['cardiology'],
    purpose: 'plan for refractory heart failure',
    caseSummary: 'Female, 47, NYHA III.',
    patient: { reference: 'KS2-2026-000456' },
    consent: { medical: true, dataSharing: true },
  });
  const requestConsultation = () => post(t, network.tokens.clinician, '/v1/consultations', consultationRequest(network));
  const requestCaseReview = () => post(t, network.tokens.clinician, '/v1/case-reviews', caseReview());
  const registerAgreement = (overrides: Record<string, unknown>) =>
    created(t, network.tokens.coordinator, `/v1/partnerships/${network.partnershipId}/agreements`, agreementTerms(network.givingHospitalId, network.receivingHospitalId, overrides));

  it('a partnership without an agreement takes no consultation or case review, and nothing is written', async () => {
    await withoutWriting(t, async () => {
      expectProblem(await requestConsultation(), 409, 'no-agreement-in-force');
      expectProblem(await requestCaseReview(), 409, 'no-agreement-in-force');
    });
  });

  it('an agreement covering training only does not cover a consultation or a case review', async () => {
    await registerAgreement({ services: ['training'], fees: [] });
    await withoutWriting(t, async () => {
      expectProblem(await requestConsultation(), 409, 'no-agreement-in-force');
      expectProblem(await requestCaseReview(), 409, 'no-agreement-in-force');
    });
  });

  it('an agreement not yet in force on the day of the request does not cover it', async () => {
    await registerAgreement({ services: ['consultation', 'case-review'], validFrom: '2026-04-01' });
    await withoutWriting(t, async () => expectProblem(await requestConsultation(), 409, 'no-agreement-in-force'));
  });

  it('once an agreement is in force, both are requested; once it is terminated, neither is', async () => {
    const { id } = await registerAgreement({ services: ['consultation', 'case-review'], validFrom: '2026-03-01' });
    expect((await requestConsultation()).status).toBe(201);
    expect((await requestCaseReview()).status).toBe(201);

    await created(t, network.tokens.coordinator, `/v1/agreements/${id}/terminate`, { reason: 'suspended by the provincial health commission', effectiveAt: '2026-03-02T08:00:00Z' });
    t.clock.set('2026-03-02T07:59:59Z');
    expect((await requestConsultation()).status).toBe(201);
    t.clock.set('2026-03-02T08:00:00Z');
    await withoutWriting(t, async () => {
      expectProblem(await requestConsultation(), 409, 'no-agreement-in-force');
      expectProblem(await requestCaseReview(), 409, 'no-agreement-in-force');
    });
  });
});
