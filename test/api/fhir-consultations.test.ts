import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CommandBus } from '@nestjs/cqrs';
import request from 'supertest';
import { mintToken } from '@telemed/auth';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { FHIR_CONSULTATION_RESOURCE_TYPES } from '@telemed/audit';
import { loadConfig } from '@telemed/runtime';
import { createApp } from '../../apps/api/src/create-app';
import { EVENT_STORE } from '@telemed/application/infrastructure/tokens';
import { generateProgramme } from '../../apps/cli/src/scenario/programme-scenario';
import { ScenarioClock, ScenarioIds } from '../../apps/cli/src/scenario/scenario-context';
import { readWholeLog } from '../stats/log-recount';
import { fhirR4Errors } from '../support/fhir-r4';
import { expectProblem } from '../support/problem';
import { startTestBackend, type TestBackend } from '../support/test-backend';

const SECRET = 'fhir-consultations-secret-of-forty-chars!';

interface Requested {
  consultationId: string;
  requestingHospitalId: string;
  givingHospitalId: string;
  requestedBy: string;
  requestedAt: string;
  patient: { reference: string };
}
type Resource = { resourceType: string; id: string; [member: string]: any };
type Bundle = { resourceType: 'Bundle'; type: string; link: Array<{ relation: string; url: string }>; entry: Array<{ fullUrl: string; resource: Resource }> };

/** Consultation records of a generated programme as FHIR R4, checked against the official definitions. */
describe('FHIR R4 consultation records of a generated programme', () => {
  let app: NestFastifyApplication;
  let backend: TestBackend;
  let dataDir: string;
  let head: string;
  let requested: Requested[];
  let otherCases: Array<[kind: string, id: string]>;
  const tokens: Record<string, string> = {};

  const get = (path: string, token: string) =>
    request(app.getHttpServer()).get(`${path}${path.includes('?') ? '&' : '?'}minPosition=${head}`).set('authorization', `Bearer ${token}`);

  /** Every page of a search, following the bundle's `next` links. */
  async function searchAll(type: string, token: string, query = '', limit = 200): Promise<{ bundles: Bundle[]; resources: Resource[] }> {
    const bundles: Bundle[] = [];
    let path: string | undefined = `/v1/fhir/${type}?limit=${limit}${query}`;
    while (path) {
      const answer = await get(path, token).expect(200).expect('content-type', /^application\/fhir\+json/);
      const bundle = answer.body as Bundle;
      bundles.push(bundle);
      const next = bundle.link.find((link) => link.relation === 'next');
      path = next ? `${new URL(next.url).pathname}${new URL(next.url).search.replace(/[?&]minPosition=\d+/, '').replace(/^&/, '?')}` : undefined;
    }
    return { bundles, resources: bundles.flatMap((bundle) => bundle.entry.map((entry) => entry.resource)) };
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'telemed-fhir-'));
    backend = await startTestBackend();
    const clock = new ScenarioClock();
    app = await createApp(loadConfig({ ...backend.env, DATA_DIR: dataDir, AUTH_JWT_SECRET: SECRET }), { clock, ids: new ScenarioIds(11), logger: false });
    await app.listen(0, '127.0.0.1');
    const scale = process.env.TEST_BACKEND === 'eventstoredb' ? 0.1 : 0.2;
    await generateProgramme(app.get(CommandBus), clock, { seed: 11, scale, start: '2024-01-01T00:00:00Z', months: 12, preset: 'shanghai-group-aid' });
    const store = app.get<EventStore>(EVENT_STORE);
    const events = await readWholeLog(store);
    head = (await store.headPosition()).toString();
    requested = events.filter((event) => event.type === 'ConsultationRequested').map((event) => event.data as Requested);
    otherCases = [
      ...events.filter((event) => event.type === 'CaseReviewRequested').map((event): [string, string] => ['case-review', (event.data as { caseReviewId: string }).caseReviewId]),
      ...events.filter((event) => event.type === 'TrainingSessionPlanned').map((event): [string, string] => ['training-session', (event.data as { trainingSessionId: string }).trainingSessionId]),
    ];
    const first = requested[0];
    tokens.auditor = await mintToken(SECRET, { sub: 'auditor-1', role: 'auditor' });
    tokens.coordinator = await mintToken(SECRET, { sub: 'coordinator-1', role: 'coordinator' });
    tokens.clinician = await mintToken(SECRET, { sub: first.requestedBy, role: 'clinician', hospitalId: first.requestingHospitalId });
    const elsewhere = requested.find((entry) => entry.requestingHospitalId !== first.requestingHospitalId && entry.givingHospitalId !== first.requestingHospitalId)!;
    tokens.otherClinician = await mintToken(SECRET, { sub: elsewhere.requestedBy, role: 'clinician', hospitalId: elsewhere.requestingHospitalId });
    tokens.expert = await mintToken(SECRET, { sub: 'expert-of-giving-hospital', role: 'expert', hospitalId: first.givingHospitalId });
  }, 240_000);

  afterAll(async () => {
    await app?.close();
    await backend?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('emits every kind of resource, and every bundle and resource validates against the R4 definitions with no error', async () => {
    expect(requested.length).toBeGreaterThan(10);
    const counts: Record<string, number> = {};
    for (const type of FHIR_CONSULTATION_RESOURCE_TYPES) {
      const { bundles, resources } = await searchAll(type, tokens.auditor);
      counts[type] = resources.length;
      for (const bundle of bundles) {
        expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'searchset' });
        expect(fhirR4Errors(bundle)).toEqual([]);
      }
      expect(resources.every((resource) => resource.resourceType === type)).toBe(true);
    }
    // Every consultation asks, has a task and a consent; those held have an appointment and an encounter, those signed an opinion.
    expect(counts.ServiceRequest).toBe(requested.length);
    expect(counts.Task).toBe(requested.length);
    expect(counts.Consent).toBe(requested.length);
    for (const type of FHIR_CONSULTATION_RESOURCE_TYPES) expect({ type, some: counts[type] > 0 }).toEqual({ type, some: true });
    expect(counts.Provenance).toBe(counts.Composition);
    // Page by page, the same resources in the same order, newest request first.
    const all = await searchAll('Task', tokens.auditor);
    const paged = await searchAll('Task', tokens.auditor, '', 7);
    expect(paged.bundles.length).toBe(Math.ceil(requested.length / 7));
    expect(paged.resources.map((resource) => resource.id)).toEqual(all.resources.map((resource) => resource.id));
    // The validator is no rubber stamp on these resources either.
    const [serviceRequest] = (await searchAll('ServiceRequest', tokens.auditor)).resources;
    expect(fhirR4Errors({ ...serviceRequest, subject: undefined }).join('\n')).toMatch(/subject/);
    expect(fhirR4Errors({ ...serviceRequest, authoredOn: 'yesterday' }).join('\n')).toMatch(/authoredOn/);
  }, 240_000);

  it('answers the capability statement and single resources, valid too', async () => {
    const metadata = await get('/v1/fhir/metadata', tokens.auditor).expect(200).expect('content-type', /^application\/fhir\+json/);
    expect(fhirR4Errors(metadata.body)).toEqual([]);
    expect(metadata.body.rest[0].resource.map((resource: { type: string }) => resource.type)).toEqual([...FHIR_CONSULTATION_RESOURCE_TYPES]);
    const [composition] = (await searchAll('Composition', tokens.auditor)).resources;
    const one = await get(`/v1/fhir/Composition/${composition.id}`, tokens.auditor).expect(200);
    expect(one.body).toEqual(composition);
    const provenance = await get(`/v1/fhir/Provenance/opinion-${composition.id}`, tokens.auditor).expect(200);
    expect(provenance.body.target[0].reference).toBe(`Composition/${composition.id}`);
    expect(fhirR4Errors(provenance.body)).toEqual([]);
    expectProblem(await get('/v1/fhir/Patient', tokens.auditor), 404, 'not-found');
    expectProblem(await get('/v1/fhir/Task/not-a-consultation', tokens.auditor), 404, 'not-found');
  });

  it('exports the audit history of every consultation, case review and training session of the programme as a FHIR bundle that validates too', async () => {
    expect(otherCases.filter(([kind]) => kind === 'case-review').length).toBeGreaterThan(0);
    expect(otherCases.filter(([kind]) => kind === 'training-session').length).toBeGreaterThan(0);
    for (const [kind, id] of [...requested.map(({ consultationId }): [string, string] => ['consultation', consultationId]), ...otherCases]) {
      const answer = await get(`/v1/audit/exports/${kind}/${id}?format=fhir`, tokens.auditor).expect(200).expect('content-type', /^application\/fhir\+json/);
      const bundle = JSON.parse(answer.text);
      expect(bundle.entry.length).toBeGreaterThan(0);
      expect({ kind, id, errors: fhirR4Errors(bundle) }).toEqual({ kind, id, errors: [] });
    }
  }, 120_000);

  it('searches by patient and by date', async () => {
    const first = requested[0];
    const byPatient = await searchAll('ServiceRequest', tokens.auditor, `&patient=${encodeURIComponent(first.patient.reference)}`);
    const expected = requested.filter((entry) => entry.patient.reference === first.patient.reference).map((entry) => entry.consultationId).sort();
    expect(byPatient.resources.map((resource) => resource.id).sort()).toEqual(expected);
    const system = `urn:telemed-backbone:hospital:${first.requestingHospitalId}:patient`;
    const bySystem = await searchAll('Task', tokens.auditor, `&patient=${encodeURIComponent(`${system}|${first.patient.reference}`)}`);
    expect(bySystem.resources.map((resource) => resource.id).sort()).toEqual(
      requested.filter((entry) => entry.patient.reference === first.patient.reference && entry.requestingHospitalId === first.requestingHospitalId).map((entry) => entry.consultationId).sort(),
    );
    const day = first.requestedAt.slice(0, 10);
    const onDay = await searchAll('ServiceRequest', tokens.auditor, `&date=${day}`);
    expect(onDay.resources.map((resource) => resource.id).sort()).toEqual(requested.filter((entry) => entry.requestedAt.startsWith(day)).map((entry) => entry.consultationId).sort());
    const since = await searchAll('ServiceRequest', tokens.auditor, `&date=ge${day}`);
    expect(since.resources).toHaveLength(requested.filter((entry) => entry.requestedAt.slice(0, 10) >= day).length);
    const before = await searchAll('ServiceRequest', tokens.auditor, `&date=lt${day}`);
    expect(before.resources.length + since.resources.length).toBe(requested.length);
    // An appointment is dated by its start, an opinion by its signature.
    const appointments = (await searchAll('Appointment', tokens.auditor)).resources;
    const middle = [...appointments].sort((a, b) => a.start.localeCompare(b.start))[Math.floor(appointments.length / 2)].start as string;
    const heldFrom = await searchAll('Appointment', tokens.auditor, `&date=${encodeURIComponent(`ge${middle}`)}`);
    expect(heldFrom.resources.map((resource) => resource.id).sort()).toEqual(appointments.filter((resource) => resource.start >= middle).map((resource) => resource.id).sort());
    const compositions = (await searchAll('Composition', tokens.auditor)).resources;
    const signedOn = compositions[0].date.slice(0, 10) as string;
    const onSigningDay = await searchAll('Composition', tokens.auditor, `&date=eq${signedOn}`);
    expect(onSigningDay.resources.map((resource) => resource.id).sort()).toEqual(compositions.filter((resource) => resource.date.startsWith(signedOn)).map((resource) => resource.id).sort());
    const byId = await searchAll('Consent', tokens.auditor, `&_id=${first.consultationId}`);
    expect(byId.resources.map((resource) => resource.id)).toEqual([first.consultationId]);
    expectProblem(await get('/v1/fhir/ServiceRequest?date=yesterday', tokens.auditor), 400, 'invalid-request');
  });

  it('gives a clinician only their hospital’s requests, an expert those addressed to theirs, and another hospital’s clinician none of them', async () => {
    const first = requested[0];
    const own = await searchAll('ServiceRequest', tokens.clinician);
    expect(own.resources.map((resource) => resource.id).sort()).toEqual(requested.filter((entry) => entry.requestingHospitalId === first.requestingHospitalId).map((entry) => entry.consultationId).sort());
    const addressed = await searchAll('Task', tokens.expert);
    expect(addressed.resources.map((resource) => resource.id).sort()).toEqual(requested.filter((entry) => entry.givingHospitalId === first.givingHospitalId).map((entry) => entry.consultationId).sort());
    for (const type of FHIR_CONSULTATION_RESOURCE_TYPES) {
      const other = await searchAll(type, tokens.otherClinician, `&_id=${type === 'Provenance' ? 'opinion-' : ''}${first.consultationId}`);
      expect({ type, resources: other.resources }).toEqual({ type, resources: [] });
    }
    const byPatient = await searchAll('ServiceRequest', tokens.otherClinician, `&patient=${encodeURIComponent(first.patient.reference)}`);
    expect(byPatient.resources.filter((resource) => resource.id === first.consultationId)).toEqual([]);
    expectProblem(await get(`/v1/fhir/ServiceRequest/${first.consultationId}`, tokens.otherClinician), 404, 'not-found');
  });

  it('shows coordinators no patient identifier and no clinical text, and refuses them a search by patient', async () => {
    const references = new Set(requested.map((entry) => entry.patient.reference));
    for (const type of FHIR_CONSULTATION_RESOURCE_TYPES) {
      const { bundles, resources } = await searchAll(type, tokens.coordinator);
      expect(resources.length).toBeGreaterThan(0);
      const text = JSON.stringify(bundles);
      expect({ type, patientSystem: text.includes(':patient"'), masked: type === 'Provenance' || type === 'Appointment' || text.includes('"masked"') }).toEqual({ type, patientSystem: false, masked: true });
      for (const reference of references) expect({ type, reference, leaked: text.includes(`"${reference}"`) }).toEqual({ type, reference, leaked: false });
      for (const bundle of bundles) expect(fhirR4Errors(bundle)).toEqual([]);
    }
    const compositions = (await searchAll('Composition', tokens.coordinator)).resources;
    expect(compositions.every((composition) => composition.section === undefined)).toBe(true);
    const withText = (await searchAll('Composition', tokens.auditor)).resources;
    expect(withText.some((composition) => composition.section?.[0]?.text?.div)).toBe(true);
    expectProblem(await get(`/v1/fhir/ServiceRequest?patient=${encodeURIComponent(requested[0].patient.reference)}`, tokens.coordinator), 403, 'forbidden');
  });
});
