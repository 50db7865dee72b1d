import { BackboneError, createBackboneClient, unwrap } from '@telemed/client';
import { consultationRequest, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { startTestApp, type TestApp } from '../support/test-app';

/** The typed client integrators call the backbone with (libs/client), as the README shows it, against a running backbone. */
describe('the typed client', () => {
  let t: TestApp;
  let network: SeededNetwork;
  let baseUrl: string;

  beforeAll(async () => {
    t = await startTestApp();
    network = await seedNetwork(t);
    baseUrl = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
  });

  afterAll(() => t.close());

  it('requests a consultation and reads it back at once: its reads wait for its own writes', async () => {
    // The README's example, as it is written there.
    const backbone = createBackboneClient({ baseUrl, token: network.tokens.clinician, language: 'en' });
    const { data: written, error } = await backbone.POST('/v1/consultations', {
      body: {
        partnershipId: network.partnershipId,
        specialty: 'cardiology',
        urgency: 'routine',
        purpose: 'second opinion on suspected dilated cardiomyopathy',
        caseSummary: 'Male, 58, dyspnoea on exertion for 3 months; echo LVEF 32%.',
        patient: { reference: 'KS2-2026-000123', sex: 'male' },
        consent: { medical: true, dataSharing: true },
      },
    });
    if (error) throw new Error(`${error.code}: ${error.detail}`);
    const { data: consultation } = await backbone.GET('/v1/consultations/{id}', { params: { path: { id: written.id } } });
    expect(consultation).toMatchObject({ id: written.id, status: 'requested', patient: { reference: 'KS2-2026-000123' } });
    expect(consultation!.deadlines?.accept?.due).toEqual(expect.any(String));
    const hospitals = await unwrap(backbone.GET('/v1/hospitals', { params: { query: { region: 'Xinjiang' } } }));
    expect(hospitals.items.map((hospital) => hospital.id)).toEqual([network.receivingHospitalId]);
  });

  it('turns a refusal into a BackboneError with the problem document, in the language asked for', async () => {
    const backbone = createBackboneClient({ baseUrl, token: () => network.tokens.otherClinician, language: 'zh-CN' });
    const { partnershipId, specialty, purpose, caseSummary, consent } = consultationRequest(network);
    const body = { partnershipId, specialty, purpose, caseSummary, consent, urgency: 'routine' as const, patient: { reference: 'KS2-2026-000999' } };
    const refused = await unwrap(backbone.POST('/v1/consultations', { body })).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(BackboneError);
    expect((refused as BackboneError).problem).toMatchObject({ status: 403, code: expect.any(String) });
    expect((refused as BackboneError).problem.title).toMatch(/[\u4e00-\u9fff]/);
  });
});
