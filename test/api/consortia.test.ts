import { created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { post, read } from '../support/consultation-steps';
import { expectProblem, withoutWriting } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

describe('consortia (医联体, 专科联盟), over the HTTP API', () => {
  let t: TestApp;
  let network: SeededNetwork;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-09-15T02:00:00Z' });
    network = await seedNetwork(t);
  });

  afterAll(() => t.close());

  it('a consortium led by the receiving hospital takes a county hospital, which leaves and may join again', async () => {
    const { coordinator } = network.tokens;
    const { id } = await created(t, coordinator, '/v1/consortia', { name: 'Kashgar medical consortium', kind: 'medical-consortium', leadHospitalId: network.receivingHospitalId });
    await created(t, coordinator, `/v1/consortia/${id}/members`, { hospitalId: network.otherHospitalId, joinedAt: '2026-04-01' });
    const twice = await withoutWriting(t, () => post(t, coordinator, `/v1/consortia/${id}/members`, { hospitalId: network.otherHospitalId, joinedAt: '2026-05-01' }));
    expectProblem(twice, 409, 'already-a-member');
    expectProblem(await post(t, coordinator, `/v1/consortia/${id}/members`, { hospitalId: network.receivingHospitalId, joinedAt: '2026-05-01' }), 409, 'already-a-member');
    await created(t, coordinator, `/v1/consortia/${id}/members/${network.otherHospitalId}/leave`, { at: '2026-06-30' });
    expectProblem(await post(t, coordinator, `/v1/consortia/${id}/members/${network.otherHospitalId}/leave`, { at: '2026-07-01' }), 409, 'not-a-member');
    const last = await created(t, coordinator, `/v1/consortia/${id}/members`, { hospitalId: network.otherHospitalId, joinedAt: '2026-09-01' });

    const consortium = await read(t, network.tokens.otherClinician, `/v1/consortia/${id}`, last.position);
    expect(consortium.status).toBe(200);
    expect(consortium.body).toMatchObject({
      id,
      kind: 'medical-consortium',
      leadHospitalId: network.receivingHospitalId,
      members: [
        { hospitalId: network.otherHospitalId, joinedOn: '2026-04-01', leftOn: '2026-06-30' },
        { hospitalId: network.otherHospitalId, joinedOn: '2026-09-01' },
      ],
      currentMembers: 1,
    });
    const listed = await read(t, network.tokens.clinician, '/v1/consortia', last.position);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([id]);
  });

  it('refuses an unknown lead or member hospital and a joining dated after today', async () => {
    const { coordinator } = network.tokens;
    const unknown = '8a4e3b2c-1d0f-4e5a-9b8c-7d6e5f4a3b2c';
    expectProblem(await post(t, coordinator, '/v1/consortia', { name: 'X', kind: 'specialist-alliance', leadHospitalId: unknown }), 400, 'unknown-hospital', ['leadHospitalId']);
    const { id } = await created(t, coordinator, '/v1/consortia', { name: 'Cardiology alliance', kind: 'specialist-alliance', leadHospitalId: network.givingHospitalId });
    expectProblem(await post(t, coordinator, `/v1/consortia/${id}/members`, { hospitalId: unknown, joinedAt: '2026-04-01' }), 400, 'unknown-hospital', ['hospitalId']);
    expectProblem(await post(t, coordinator, `/v1/consortia/${id}/members`, { hospitalId: network.receivingHospitalId, joinedAt: '2026-09-16' }), 400, 'in-the-future', ['joinedAt']);
  });

  it('lets only coordinators form consortia', async () => {
    expectProblem(await post(t, network.tokens.clinician, '/v1/consortia', { name: 'X', kind: 'medical-consortium', leadHospitalId: network.receivingHospitalId }), 403, 'role-not-allowed');
  });
});
