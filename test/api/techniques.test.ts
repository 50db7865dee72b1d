import { created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { post, read } from '../support/consultation-steps';
import { expectProblem, withoutWriting } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

describe('new techniques (新技术新项目), over the HTTP API', () => {
  let t: TestApp;
  let network: SeededNetwork;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-09-15T02:00:00Z' });
    network = await seedNetwork(t);
  });

  afterAll(() => t.close());

  const propose = (overrides: Record<string, unknown> = {}) =>
    created(t, network.tokens.coordinator, '/v1/techniques', {
      partnershipId: network.partnershipId,
      pairingId: network.pairingId,
      name: 'Transcatheter aortic valve implantation',
      fillsRegionalGap: true,
      proposedOn: '2026-03-01',
      ...overrides,
    });

  it('a technique is proposed for a pairing, first performed under an expert, and its monthly cases add up', async () => {
    const { coordinator } = network.tokens;
    const { id } = await propose();
    await created(t, coordinator, `/v1/techniques/${id}/performed`, { at: '2026-04-20', supervisingExpertId: network.chiefExpertId });
    await created(t, coordinator, `/v1/techniques/${id}/cases`, { period: '2026-05', count: 7 });
    const last = await created(t, coordinator, `/v1/techniques/${id}/cases`, { period: '2026-06', count: 5 });

    const technique = await read(t, network.tokens.clinician, `/v1/techniques/${id}`, last.position);
    expect(technique.status).toBe(200);
    expect(technique.body).toMatchObject({
      id,
      status: 'performed',
      pairingId: network.pairingId,
      partnershipId: network.partnershipId,
      fillsRegionalGap: true,
      proposedOn: '2026-03-01',
      firstPerformed: { on: '2026-04-20', supervisingExpertId: network.chiefExpertId },
      cases: 12,
      casesByMonth: [
        { period: '2026-05', count: 7 },
        { period: '2026-06', count: 5 },
      ],
    });
    const gaps = await read(t, network.tokens.auditor, `/v1/techniques?partnershipId=${network.partnershipId}&fillsRegionalGap=true`, last.position);
    expect(gaps.body.items.map((item: { id: string }) => item.id)).toContain(id);
    expectProblem(await read(t, network.tokens.otherClinician, `/v1/techniques/${id}`, last.position), 404);
  });

  it('finds the partnership from the pairing alone once the read models know the pairing', async () => {
    expect((await read(t, network.tokens.coordinator, `/v1/partnerships/${network.partnershipId}`, network.position)).status).toBe(200);
    const { id, position } = await created(t, network.tokens.coordinator, '/v1/techniques', { pairingId: network.pairingId, name: 'ECMO' });
    expect((await read(t, network.tokens.coordinator, `/v1/techniques/${id}`, position)).body).toMatchObject({ partnershipId: network.partnershipId, fillsRegionalGap: false });
  });

  it('refuses a technique performed before it was proposed, writing nothing', async () => {
    const { id } = await propose({ proposedOn: '2026-06-01' });
    const response = await withoutWriting(t, () => post(t, network.tokens.coordinator, `/v1/techniques/${id}/performed`, { at: '2026-05-31', supervisingExpertId: network.chiefExpertId }));
    expectProblem(response, 409, 'performed-before-proposed');
  });

  it('refuses cases before the first performance, a month recorded twice and an unknown pairing', async () => {
    const { coordinator } = network.tokens;
    const { id } = await propose();
    expectProblem(await post(t, coordinator, `/v1/techniques/${id}/cases`, { period: '2026-05', count: 3 }), 409, 'illegal-transition');
    await created(t, coordinator, `/v1/techniques/${id}/performed`, { at: '2026-04-20', supervisingExpertId: network.chiefExpertId });
    await created(t, coordinator, `/v1/techniques/${id}/cases`, { period: '2026-05', count: 3 });
    expectProblem(await post(t, coordinator, `/v1/techniques/${id}/cases`, { period: '2026-05', count: 3 }), 409, 'period-already-recorded');
    expectProblem(await post(t, coordinator, '/v1/techniques', { pairingId: '8a4e3b2c-1d0f-4e5a-9b8c-7d6e5f4a3b2c', name: 'X' }), 400, 'unknown-pairing', ['pairingId']);
    expectProblem(
      await post(t, coordinator, '/v1/techniques', { partnershipId: network.partnershipId, pairingId: '8a4e3b2c-1d0f-4e5a-9b8c-7d6e5f4a3b2c', name: 'X' }),
      400,
      'unknown-pairing',
      ['pairingId'],
    );
  });

  it('lets only coordinators record techniques', async () => {
    expectProblem(await post(t, network.tokens.chiefExpert, '/v1/techniques', { pairingId: network.pairingId, name: 'X' }), 403, 'role-not-allowed');
  });
});
