import { created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { hourFrom, read } from '../support/consultation-steps';
import { fhirR4Errors } from '../support/fhir-r4';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

type Resource = { resourceType: string; id: string; [member: string]: any };
type Bundle = { resourceType: 'Bundle'; type: string; entry: Array<{ fullUrl: string; resource: Resource }> };

const PATIENT = 'KS2-2026-000456';
const RESOURCE_TYPES = ['ServiceRequest', 'Task', 'Appointment', 'Encounter', 'Consent', 'Composition', 'Provenance'];

/** Case discussions as FHIR R4, beside the consultations, checked against the official definitions. */
describe('FHIR R4 case discussion records', () => {
  let t: TestApp;
  let network: SeededNetwork;
  let concludedId: string;
  let requestedId: string;
  let position: string;
  let consultationId: string;

  const search = async (type: string, token: string, query = ''): Promise<Bundle> => {
    const answer = await read(t, token, `/v1/fhir/${type}?limit=200${query}`, position);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^application\/fhir\+json/);
    return answer.body as Bundle;
  };
  const resourcesOf = (bundle: Bundle) => bundle.entry.map((entry) => entry.resource);
  const ofCaseReview = (id: string) => (resource: Resource) => resource.id.includes(`case-review-${id}`);

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-02T00:00:00Z' });
    network = await seedNetwork(t);
    const { tokens } = network;
    const request = (reference: string) => ({
      partnershipId: network.partnershipId,
      specialties: ['cardiology'],
      purpose: 'multidisciplinary plan for heart failure',
      caseSummary: 'Female, 47, NYHA III; echo LVEF 35%.',
      patient: { reference, sex: 'female' },
      consent: { medical: true, dataSharing: true },
    });
    concludedId = (await created(t, tokens.clinician, '/v1/case-reviews', request(PATIENT))).id;
    await created(t, tokens.clinician, `/v1/case-reviews/${concludedId}/invitations`, { expertIds: [network.chiefExpertId, network.attendingExpertId] });
    await created(t, tokens.chiefExpert, `/v1/case-reviews/${concludedId}/accept`);
    await created(t, tokens.attendingExpert, `/v1/case-reviews/${concludedId}/decline`, { reason: 'on leave that week' });
    await created(t, tokens.coordinator, `/v1/case-reviews/${concludedId}/schedule`, hourFrom('2026-03-03T02:00:00Z'));
    t.clock.set('2026-03-03T02:00:00Z');
    await created(t, tokens.coordinator, `/v1/case-reviews/${concludedId}/start`);
    t.clock.set('2026-03-03T02:20:00Z');
    await created(t, tokens.chiefExpert, `/v1/case-reviews/${concludedId}/contributions`, { opinion: 'Optimise GDMT; add an SGLT2 inhibitor.' });
    t.clock.set('2026-03-03T02:55:00Z');
    await created(t, tokens.chiefExpert, `/v1/case-reviews/${concludedId}/conclude`, { conclusion: 'Titrate therapy; review in 4 weeks.' });
    t.clock.set('2026-03-04T01:00:00Z');
    requestedId = (await created(t, tokens.clinician, '/v1/case-reviews', request('KS2-2026-000789'))).id;
    t.clock.set('2026-03-04T02:00:00Z');
    const consultation = await created(t, tokens.clinician, '/v1/consultations', {
      partnershipId: network.partnershipId,
      specialty: 'cardiology',
      urgency: 'routine',
      purpose: 'second opinion',
      caseSummary: 'Male, 58, dyspnoea.',
      patient: { reference: PATIENT },
      consent: { medical: true, dataSharing: true },
    });
    consultationId = consultation.id;
    position = consultation.position;
  });

  afterAll(() => t.close());

  it('has a request, a task per invited panelist, a consent, the session, the conclusion and its provenance, every one valid R4', async () => {
    const byType: Record<string, Resource[]> = {};
    for (const type of RESOURCE_TYPES) {
      const bundle = await search(type, network.tokens.auditor);
      expect({ type, errors: fhirR4Errors(bundle) }).toEqual({ type, errors: [] });
      byType[type] = resourcesOf(bundle).filter(ofCaseReview(concludedId));
    }
    expect(byType.ServiceRequest).toEqual([
      expect.objectContaining({ id: `case-review-${concludedId}`, status: 'completed', intent: 'order', authoredOn: '2026-03-02T00:00:00.000Z', reasonCode: [{ text: 'multidisciplinary plan for heart failure' }] }),
    ]);
    expect(byType.ServiceRequest[0].subject.identifier).toEqual({ system: `urn:telemed-backbone:hospital:${network.receivingHospitalId}:patient`, value: PATIENT });
    const tasks = byType.Task.map((task) => [task.owner.identifier.value, task.status, task.statusReason?.text]);
    expect(tasks.sort()).toEqual([[network.attendingExpertId, 'rejected', 'on leave that week'], [network.chiefExpertId, 'completed', undefined]].sort());
    expect(byType.Task.every((task) => task.basedOn[0].reference === `ServiceRequest/case-review-${concludedId}`)).toBe(true);
    expect(byType.Consent.map((consent) => consent.provision.type)).toEqual(['permit']);
    expect(byType.Appointment).toEqual([expect.objectContaining({ status: 'fulfilled', start: '2026-03-03T02:00:00.000Z', end: '2026-03-03T03:00:00.000Z' })]);
    expect(byType.Encounter).toEqual([expect.objectContaining({ status: 'finished', class: expect.objectContaining({ code: 'VR' }), period: { start: '2026-03-03T02:00:00.000Z', end: '2026-03-03T02:55:00.000Z' } })]);
    const [composition] = byType.Composition;
    expect(composition).toMatchObject({ status: 'final', date: '2026-03-03T02:55:00.000Z', attester: [{ mode: 'legal', party: { identifier: { value: network.chiefExpertId } } }] });
    expect(JSON.stringify(composition.section)).toContain('Titrate therapy; review in 4 weeks.');
    expect(JSON.stringify(composition.section)).toContain('add an SGLT2 inhibitor.');
    expect(byType.Provenance).toEqual([expect.objectContaining({ id: `conclusion-case-review-${concludedId}`, recorded: '2026-03-03T02:55:00.000Z' })]);

    // The case review only requested so far has the ask and the consent, nothing of a session.
    const requested = (type: string) => byTypeOf(type, requestedId);
    async function byTypeOf(type: string, id: string) {
      return resourcesOf(await search(type, network.tokens.auditor)).filter(ofCaseReview(id)).map((resource) => resource.id);
    }
    expect(await requested('ServiceRequest')).toEqual([`case-review-${requestedId}`]);
    expect(await requested('Consent')).toEqual([`case-review-${requestedId}`]);
    for (const type of ['Task', 'Appointment', 'Encounter', 'Composition', 'Provenance']) expect({ type, ids: await requested(type) }).toEqual({ type, ids: [] });
  });

  it('reads each resource by its id, and finds it among the consultations by patient, date and id', async () => {
    const { auditor, clinician } = network.tokens;
    const tasks = resourcesOf(await search('Task', auditor)).filter(ofCaseReview(concludedId));
    for (const task of tasks) {
      const one = await read(t, clinician, `/v1/fhir/Task/${task.id}`, position);
      expect(one.status).toBe(200);
      expect(one.body).toEqual(task);
    }
    const provenance = await read(t, auditor, `/v1/fhir/Provenance/conclusion-case-review-${concludedId}`, position);
    expect(provenance.body.target[0].reference).toBe(`Composition/case-review-${concludedId}`);

    const byPatient = resourcesOf(await search('ServiceRequest', clinician, `&patient=${PATIENT}`)).map((resource) => resource.id);
    expect(byPatient).toEqual([consultationId, `case-review-${concludedId}`]);
    const concludedOn = resourcesOf(await search('Composition', auditor, '&date=2026-03-03')).map((resource) => resource.id);
    expect(concludedOn).toEqual([`case-review-${concludedId}`]);
    const byId = resourcesOf(await search('Task', auditor, `&_id=${tasks[0].id}`)).map((resource) => resource.id);
    expect(byId).toEqual([tasks[0].id]);
    // Paged through both kinds of case alike, newest request first.
    const paged: string[] = [];
    for (let cursor: string | undefined; ; ) {
      const page = await read(t, auditor, `/v1/fhir/ServiceRequest?limit=1${cursor ? `&cursor=${cursor}` : ''}`, position);
      paged.push(...(page.body as Bundle).entry.map((entry) => entry.resource.id));
      const next = page.body.link.find((link: { relation: string }) => link.relation === 'next');
      if (!next) break;
      cursor = new URL(next.url).searchParams.get('cursor')!;
    }
    expect(paged).toEqual([consultationId, `case-review-${requestedId}`, `case-review-${concludedId}`]);
  });

  it('scopes case reviews as their lists do, and masks the patient and clinical text for coordinators', async () => {
    const { otherClinician, otherExpert, attendingExpert, coordinator } = network.tokens;
    for (const token of [otherClinician, otherExpert]) {
      expect(resourcesOf(await search('ServiceRequest', token)).filter((resource) => resource.id.startsWith('case-review-'))).toEqual([]);
      expectProblem(await read(t, token, `/v1/fhir/ServiceRequest/case-review-${concludedId}`, position), 404, 'not-found');
    }
    // An invited expert sees the case review, even after declining.
    expect(resourcesOf(await search('ServiceRequest', attendingExpert)).map((resource) => resource.id)).toContain(`case-review-${concludedId}`);
    const text = JSON.stringify(await Promise.all(RESOURCE_TYPES.map((type) => search(type, coordinator))));
    expect(text).not.toContain(PATIENT);
    expect(text).not.toContain('Titrate therapy');
    expect(text).not.toContain('on leave that week');
    expect(text).toContain('"masked"');
    expectProblem(await read(t, network.tokens.auditor, `/v1/fhir/Task/case-review-${concludedId}-000000000000`, position), 404, 'not-found');
  });
});
