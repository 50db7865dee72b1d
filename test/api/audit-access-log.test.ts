import Database from 'better-sqlite3';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { AccessLog, ACCESS_LOG_FILE, verifyLog } from '@telemed/audit';
import { SqliteEventStore } from '@telemed/event-store';
import { created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { read, requestConsultation } from '../support/consultation-steps';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

interface Access {
  position: string;
  userId: string;
  role: string;
  hospitalId: string | null;
  action: string;
  kind: string;
  caseId: string;
  outcome: string;
  sourceAddress: string | null;
  requestId: string | null;
  at: string;
}

describe('the trail of who read which patient’s details', () => {
  let t: TestApp;
  let network: SeededNetwork;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-02T00:00:00Z' });
    network = await seedNetwork(t);
  });

  afterAll(() => t.close());

  function view(token: string, path: string, requestId: string = randomUUID()) {
    return t.http.get(path).set('Authorization', `Bearer ${token}`).set('x-request-id', requestId);
  }

  async function trail(query: string): Promise<Access[]> {
    const response = await read(t, network.tokens.auditor, `/v1/audit/access?${query}`);
    expect(response.status).toBe(200);
    return response.body.items;
  }

  /** Verifies the trail's file with the same verifier as the main log: every day stream must be an unbroken chain. */
  async function verifyTrail(file: string) {
    const store = SqliteEventStore.open(file);
    try {
      const { publicKey } = generateKeyPairSync('ed25519');
      return await verifyLog((options) => store.readAll(options), { publicKey, seals: [] });
    } finally {
      await store.close();
    }
  }

  it('records a clinician viewing a consultation of their hospital: who, what, when, from where, allowed', async () => {
    const { id, position } = await requestConsultation(t, network);
    const before = new Date().toISOString();
    const response = await view(network.tokens.clinician, `/v1/consultations/${id}?minPosition=${position}`, 'req-view-0042');
    expect(response.status).toBe(200);
    expect(response.body.patient).toBeDefined();

    expect(await trail(`caseId=${id}`)).toEqual([
      {
        position: expect.stringMatching(/^\d+$/),
        userId: 'clinician-aziz',
        role: 'clinician',
        hospitalId: network.receivingHospitalId,
        action: 'view',
        kind: 'consultations',
        caseId: id,
        outcome: 'allowed',
        sourceAddress: '127.0.0.1',
        requestId: 'req-view-0042',
        at: expect.any(String),
      },
    ]);
    const [access] = await trail(`caseId=${id}`);
    expect(Date.parse(access.at)).toBeGreaterThanOrEqual(Date.parse(before));
  });

  it('records a clinician of another hospital refused a consultation, who still learns nothing of it', async () => {
    const { id } = await requestConsultation(t, network);
    expectProblem(await view(network.tokens.otherClinician, `/v1/consultations/${id}`), 404);
    expect(await trail(`caseId=${id}`)).toEqual([
      expect.objectContaining({ userId: 'clinician-tashi', hospitalId: network.otherHospitalId, outcome: 'denied', kind: 'consultations' }),
    ]);

    const unknown = randomUUID();
    expectProblem(await view(network.tokens.otherClinician, `/v1/consultations/${unknown}`), 404);
    expect(await trail(`caseId=${unknown}`)).toEqual([]);
  });

  it('does not record a coordinator’s view, which never shows patient details', async () => {
    const { id, position } = await requestConsultation(t, network);
    const response = await view(network.tokens.coordinator, `/v1/consultations/${id}?minPosition=${position}`);
    expect(response.status).toBe(200);
    expect(response.body).not.toHaveProperty('patient');
    expect((await view(network.tokens.coordinator, `/v1/audit/streams/consultation-${id}`)).status).toBe(200);
    expect(await trail(`caseId=${id}`)).toEqual([]);
    expect(await trail('userId=coordinator-wang')).toEqual([]);
  });

  it('records each case a worklist shows, and case reviews as well as consultations', async () => {
    for (let i = 0; i < 3; i++) await requestConsultation(t, network);
    const caseReview = await created(t, network.tokens.clinician, '/v1/case-reviews', {
      partnershipId: network.partnershipId,
      specialties: ['cardiology'],
      purpose: 'plan for refractory heart failure',
      caseSummary: 'Female, 47, NYHA III.',
      patient: { reference: 'KS2-2026-000456' },
      consent: { medical: true, dataSharing: true },
    });
    const list = await view(network.tokens.clinician, `/v1/consultations?limit=3&minPosition=${caseReview.position}`, 'req-worklist-1');
    expect(list.status).toBe(200);
    const shown: string[] = list.body.items.map((item: { id: string }) => item.id);
    expect(shown).toHaveLength(3);
    const recorded = (await trail('userId=clinician-aziz')).filter((access) => access.requestId === 'req-worklist-1');
    expect(recorded.map((access) => access.caseId).sort()).toEqual([...shown].sort());

    expect((await view(network.tokens.chiefExpert, `/v1/case-reviews/${caseReview.id}`)).status).toBe(404);
    expect((await view(network.tokens.clinician, `/v1/case-reviews/${caseReview.id}?minPosition=${caseReview.position}`)).status).toBe(200);
    expect(await trail(`caseId=${caseReview.id}`)).toEqual([
      expect.objectContaining({ userId: network.chiefExpertId, role: 'expert', kind: 'case-reviews', outcome: 'denied' }),
      expect.objectContaining({ userId: 'clinician-aziz', kind: 'case-reviews', outcome: 'allowed' }),
    ]);
  });

  it('records an auditor reading a case’s history, which shows the patient', async () => {
    const { id } = await requestConsultation(t, network);
    expect((await view(network.tokens.auditor, `/v1/audit/streams/consultation-${id}`)).status).toBe(200);
    expect(await trail(`caseId=${id}`)).toEqual([expect.objectContaining({ userId: 'auditor-chen', role: 'auditor', action: 'view', outcome: 'allowed' })]);
  });

  it('refuses the read with 503 when the trail cannot record it', async () => {
    const { id, position } = await requestConsultation(t, network);
    const failing = jest.spyOn(t.app.get(AccessLog), 'record').mockRejectedValue(new Error('disk full'));
    try {
      const refused = await view(network.tokens.clinician, `/v1/consultations/${id}?minPosition=${position}`);
      expectProblem(refused, 503, 'access-log-unavailable');
      expect(JSON.stringify(refused.body)).not.toContain('KS2-2026');
      expectProblem(await view(network.tokens.auditor, `/v1/audit/streams/consultation-${id}`), 503, 'access-log-unavailable');
      expect((await view(network.tokens.coordinator, `/v1/consultations/${id}?minPosition=${position}`)).status).toBe(200);
    } finally {
      failing.mockRestore();
    }
    expect((await view(network.tokens.clinician, `/v1/consultations/${id}`)).status).toBe(200);
  });

  it('pages through the trail, and is open to auditors alone', async () => {
    const all = await trail('limit=500');
    expect(all.length).toBeGreaterThan(3);
    const first = await read(t, network.tokens.auditor, '/v1/audit/access?limit=2');
    expect(first.body.items).toEqual(all.slice(0, 2));
    const second = await read(t, network.tokens.auditor, `/v1/audit/access?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items).toEqual(all.slice(2, 4));
    const from = all[1].at;
    expect(await trail(`from=${from}`)).toEqual(all.filter((access) => Date.parse(access.at) >= Date.parse(from)));
    for (const token of [network.tokens.coordinator, network.tokens.clinician, network.tokens.chiefExpert]) {
      expectProblem(await read(t, token, '/v1/audit/access'), 403, 'role-not-allowed');
    }
  });

  it('is an intact hash chain, and an entry altered afterwards is detected', async () => {
    const file = join(t.dataDir, ACCESS_LOG_FILE);
    const entries = await trail('limit=500');
    const report = await verifyTrail(file);
    expect(report).toMatchObject({ ok: true, eventsChecked: entries.length });

    // A consistent copy of the live file, then a denied read rewritten as allowed.
    const copy = join(t.dataDir, 'tampered-access-log.sqlite');
    const live = new Database(file);
    live.prepare('VACUUM INTO ?').run(copy);
    live.close();
    const tampered = new Database(copy);
    tampered.prepare(`UPDATE events SET data = json_set(data, '$.outcome', 'allowed') WHERE json_extract(data, '$.outcome') = 'denied'`).run();
    tampered.close();
    const broken = await verifyTrail(copy);
    expect(broken.ok).toBe(false);
    expect(broken.firstBreak?.reason).toMatch(/altered/);
  });
});
