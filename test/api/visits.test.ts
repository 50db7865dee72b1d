import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNdjson, verifyCaseExport, type CaseExportRecord } from '../../libs/audit/export';
import { created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { post, read } from '../support/consultation-steps';
import { expectProblem, withoutWriting } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

describe('short visits, recorded over the HTTP API', () => {
  let t: TestApp;
  let network: SeededNetwork;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-05-20T02:00:00Z' });
    network = await seedNetwork(t);
  });

  afterAll(() => t.close());

  const mobileClinic = (overrides: Record<string, unknown> = {}) => ({
    partnershipId: network.partnershipId,
    kind: 'mobile-clinic',
    expertIds: [network.chiefExpertId, network.attendingExpertId],
    start: '2026-05-10',
    end: '2026-05-16',
    place: 'Yengisar county people’s hospital',
    outcomes: { clinicsHeld: 6, patientsSeen: 412, operationsGuided: 3 },
    ...overrides,
  });

  it('a mobile clinic is recorded with its experts, dates, place and outcomes, and read by the receiving hospital', async () => {
    const { id, position } = await created(t, network.tokens.coordinator, '/v1/visits', mobileClinic());
    const visit = await read(t, network.tokens.clinician, `/v1/visits/${id}`, position);
    expect(visit.status).toBe(200);
    expect(visit.body).toMatchObject({
      id,
      kind: 'mobile-clinic',
      partnershipId: network.partnershipId,
      receivingHospitalId: network.receivingHospitalId,
      expertIds: [network.chiefExpertId, network.attendingExpertId],
      start: '2026-05-10',
      end: '2026-05-16',
      place: 'Yengisar county people’s hospital',
      outcomes: { clinicsHeld: 6, patientsSeen: 412, operationsGuided: 3, lectures: 0 },
    });

    const listed = await read(t, network.tokens.auditor, `/v1/visits?partnershipId=${network.partnershipId}&from=2026-05-16&to=2026-05-31`, position);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toContain(id);
    const before = await read(t, network.tokens.auditor, `/v1/visits?to=2026-05-09`, position);
    expect(before.body.items.map((item: { id: string }) => item.id)).not.toContain(id);
    expectProblem(await read(t, network.tokens.otherClinician, `/v1/visits/${id}`, position), 404);
  });

  it('refuses a visit that ends before it starts, writing nothing', async () => {
    const response = await withoutWriting(t, () => post(t, network.tokens.coordinator, '/v1/visits', mobileClinic({ start: '2026-05-16', end: '2026-05-10' })));
    expectProblem(response, 400, 'ends-before-it-starts', ['end']);
  });

  it('refuses a visit not over yet (409), a negative count and an expert outside the giving hospital (400)', async () => {
    expectProblem(await post(t, network.tokens.coordinator, '/v1/visits', mobileClinic({ end: '2026-05-21' })), 409, 'not-over-yet');
    expectProblem(await post(t, network.tokens.coordinator, '/v1/visits', mobileClinic({ outcomes: { patientsSeen: -1 } })), 400, undefined, ['outcomes.patientsSeen']);
    expectProblem(await post(t, network.tokens.coordinator, '/v1/visits', mobileClinic({ expertIds: ['8a4e3b2c-1d0f-4e5a-9b8c-7d6e5f4a3b2c'] })), 400, 'unknown-expert', ['expertIds']);
  });

  it('lets only coordinators record visits', async () => {
    expectProblem(await post(t, network.tokens.clinician, '/v1/visits', mobileClinic()), 403, 'role-not-allowed');
    expectProblem(await post(t, network.tokens.chiefExpert, '/v1/visits', mobileClinic()), 403, 'role-not-allowed');
  });

  it('is exported by an auditor and verifies offline', async () => {
    const { id } = await created(t, network.tokens.coordinator, '/v1/visits', mobileClinic({ kind: 'lecture', outcomes: { lectures: 2 } }));
    expect((await post(t, network.tokens.coordinator, '/v1/audit/seal')).body).toEqual({ sealed: true });
    const response = await t.http.get(`/v1/audit/exports/visit/${id}`).set('Authorization', `Bearer ${network.tokens.auditor}`).buffer(true);
    expect(response.status).toBe(200);
    const records = parseNdjson(response.text) as CaseExportRecord[];
    const publicKey = readFileSync(join(t.dataDir, 'audit', 'public-key.pem'), 'utf8');
    expect(verifyCaseExport(records, publicKey)).toMatchObject({ ok: true, eventsChecked: 1, eventsSealed: 1 });
  });
});
