import { mintToken } from '@telemed/auth';
import { consultationRequest, created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { acceptedConsultation, hourFrom, post, read, requestConsultation } from '../support/consultation-steps';
import { expectProblem, withoutWriting } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

describe('who may see and change a consultation', () => {
  let t: TestApp;
  let network: SeededNetwork;
  /** A consultation requested by the Kashgar clinician; nobody has answered it yet. */
  let requested: { id: string; position: string };

  beforeAll(async () => {
    t = await startTestApp();
    network = await seedNetwork(t);
    requested = await requestConsultation(t, network);
  });

  afterAll(() => t.close());

  const ids = (response: { body: { items: Array<{ id: string }> } }) => response.body.items.map((item) => item.id);

  describe('hospital scoping', () => {
    it('a clinician of another hospital gets 404 for it and finds nothing of it in their worklist', async () => {
      const { otherClinician } = network.tokens;

      expectProblem(await read(t, otherClinician, `/v1/consultations/${requested.id}`, requested.position), 404, 'not-found');
      const worklist = await read(t, otherClinician, '/v1/consultations', requested.position);
      expect(worklist.status).toBe(200);
      expect(worklist.body.items).toEqual([]);
      const filtered = await read(t, otherClinician, `/v1/consultations?hospitalId=${network.receivingHospitalId}`, requested.position);
      expect(filtered.body.items).toEqual([]);
    });

    it('a clinician of another hospital cannot cancel it: 404, as if it did not exist', async () => {
      const refused = await withoutWriting(t, () =>
        post(t, network.tokens.otherClinician, `/v1/consultations/${requested.id}/cancel`, { reason: 'not ours' }),
      );
      expectProblem(refused, 404, 'not-found');
    });

    it('a clinician of a hospital outside the partnership cannot request a consultation under it', async () => {
      const refused = await withoutWriting(t, () =>
        post(t, network.tokens.otherClinician, '/v1/consultations', consultationRequest(network)),
      );
      expectProblem(refused, 403, 'not-receiving-hospital');
    });

    it('an expert of another hospital gets 404 for it, cannot accept it, and does not see it listed', async () => {
      const { otherExpert } = network.tokens;

      expectProblem(await read(t, otherExpert, `/v1/consultations/${requested.id}`, requested.position), 404, 'not-found');
      const refused = await withoutWriting(t, () => post(t, otherExpert, `/v1/consultations/${requested.id}/accept`));
      expectProblem(refused, 404, 'not-found');
      expect(ids(await read(t, otherExpert, '/v1/consultations', requested.position))).not.toContain(requested.id);
    });

    it('the experts of the giving hospital see the request in their worklist, patient included', async () => {
      const worklist = await read(t, network.tokens.attendingExpert, '/v1/consultations?status=requested', requested.position);
      const listed = worklist.body.items.find((item: { id: string }) => item.id === requested.id);
      expect(listed?.patient).toEqual(expect.objectContaining({ reference: 'KS2-2026-000123' }));
    });

    it('a coordinator sees the consultation but neither the patient nor the case summary', async () => {
      const { coordinator } = network.tokens;

      const single = await read(t, coordinator, `/v1/consultations/${requested.id}`, requested.position);
      expect(single.status).toBe(200);
      expect(single.body).toMatchObject({ id: requested.id, status: 'requested', purpose: expect.any(String) });
      expect(single.body).not.toHaveProperty('patient');
      expect(single.body).not.toHaveProperty('caseSummary');

      const listed = (await read(t, coordinator, '/v1/consultations', requested.position)).body.items.find(
        (item: { id: string }) => item.id === requested.id,
      );
      expect(listed).toBeDefined();
      expect(listed).not.toHaveProperty('patient');
      expect(listed).not.toHaveProperty('caseSummary');
    });
  });

  describe('roles', () => {
    it('an auditor reads the consultation with its patient details', async () => {
      const response = await read(t, network.tokens.auditor, `/v1/consultations/${requested.id}`, requested.position);
      expect(response.status).toBe(200);
      expect(response.body.patient).toEqual(expect.objectContaining({ reference: 'KS2-2026-000123' }));
    });

    const auditorWrites: Array<[string, (id: string, n: SeededNetwork) => [string, object]]> = [
      ['request a consultation', (_id, n) => ['/v1/consultations', consultationRequest(n)]],
      ['accept', (id) => [`/v1/consultations/${id}/accept`, {}]],
      ['decline', (id) => [`/v1/consultations/${id}/decline`, { reasonCode: 'other', reason: 'audit' }]],
      ['schedule', (id) => [`/v1/consultations/${id}/schedule`, hourFrom('2026-03-10T02:00:00Z')]],
      ['start', (id) => [`/v1/consultations/${id}/start`, {}]],
      ['sign an opinion', (id) => [`/v1/consultations/${id}/opinion`, { opinion: 'none' }]],
      ['cancel', (id) => [`/v1/consultations/${id}/cancel`, { reason: 'audit' }]],
      ['register a hospital', () => ['/v1/hospitals', { name: 'Audit Hospital', region: 'Shanghai', timezone: 'Asia/Shanghai' }]],
      [
        'publish an expert’s availability',
        (_id, n) => [`/v1/experts/${n.chiefExpertId}/availability`, { slots: [hourFrom('2026-03-10T02:00:00Z')] }],
      ],
    ];

    it.each(auditorWrites)('an auditor may not %s: 403', async (_action, route) => {
      const [path, body] = route(requested.id, network);
      const refused = await withoutWriting(t, () => post(t, network.tokens.auditor, path, body));
      expectProblem(refused, 403, 'role-not-allowed');
    });

    it('a clinician may not accept a consultation: only experts answer requests', async () => {
      const refused = await withoutWriting(t, () => post(t, network.tokens.clinician, `/v1/consultations/${requested.id}/accept`));
      expectProblem(refused, 403, 'role-not-allowed');
    });

    it('only the expert who accepted a consultation schedules, holds and signs it', async () => {
      const { chiefExpert, attendingExpert } = network.tokens;
      const { id } = await acceptedConsultation(t, network, chiefExpert);

      const scheduleByColleague = await withoutWriting(t, () =>
        post(t, attendingExpert, `/v1/consultations/${id}/schedule`, hourFrom('2026-03-10T02:00:00Z')),
      );
      expectProblem(scheduleByColleague, 403);

      await created(t, chiefExpert, `/v1/consultations/${id}/schedule`, hourFrom('2026-03-10T02:00:00Z'));
      expectProblem(await withoutWriting(t, () => post(t, attendingExpert, `/v1/consultations/${id}/start`)), 403);

      await created(t, chiefExpert, `/v1/consultations/${id}/start`);
      const signedByColleague = await withoutWriting(t, () =>
        post(t, attendingExpert, `/v1/consultations/${id}/opinion`, { opinion: 'I was not there.' }),
      );
      expectProblem(signedByColleague, 403, 'not-assigned-expert');
    });
  });

  describe('authentication', () => {
    const routes: Array<[string, (id: string) => { method: 'get' | 'post'; path: string }]> = [
      ['reading a consultation', (id) => ({ method: 'get', path: `/v1/consultations/${id}` })],
      ['cancelling a consultation', (id) => ({ method: 'post', path: `/v1/consultations/${id}/cancel` })],
    ];

    const tokens: Array<[string, () => Promise<string | undefined>]> = [
      ['no token', async () => undefined],
      ['a token that is not a JWT', async () => 'not-a-jwt'],
      [
        'a token signed with a secret the backbone does not know',
        () => mintToken('y'.repeat(40), { role: 'clinician', sub: 'clinician-aziz', hospitalId: network.receivingHospitalId }),
      ],
      ['an expired token', () => t.token('clinician', 'clinician-aziz', network.receivingHospitalId, -3600)],
    ];

    describe.each(routes)('%s', (_route, target) => {
      it.each(tokens)('with %s is 401 with a Bearer challenge', async (_kind, makeToken) => {
        const { method, path } = target(requested.id);
        const token = await makeToken();
        const response = await withoutWriting(t, () => {
          const request = t.http[method](path);
          if (token !== undefined) request.set('Authorization', `Bearer ${token}`);
          return method === 'post' ? request.send({ reason: 'no longer needed' }) : request;
        });
        expectProblem(response, 401, 'unauthenticated');
        expect(response.headers['www-authenticate']).toBe('Bearer');
      });
    });
  });
});

