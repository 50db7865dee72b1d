import { created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { post, read } from '../support/consultation-steps';
import { expectProblem, withoutWriting } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

describe('research outputs, over the HTTP API', () => {
  let t: TestApp;
  let network: SeededNetwork;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-09-15T02:00:00Z' });
    network = await seedNetwork(t);
  });

  afterAll(() => t.close());

  const paper = (overrides: Record<string, unknown> = {}) => ({
    partnershipId: network.partnershipId,
    pairingId: network.pairingId,
    kind: 'paper',
    title: 'Cystic echinococcosis of the liver in southern Xinjiang',
    identifier: '10.1186/s12879-026-01234-5',
    date: '2026-06-30',
    ...overrides,
  });

  it('a paper is attributed to its pairing with its DOI, and a grant application to the partnership', async () => {
    const { coordinator } = network.tokens;
    const { id } = await created(t, coordinator, '/v1/research-outputs', paper());
    const grant = await created(t, coordinator, '/v1/research-outputs', {
      partnershipId: network.partnershipId,
      kind: 'grant-application',
      title: 'Echinococcosis screening in township clinics',
      identifier: 'NSFC 82060123',
      date: '2026-03-20',
    });
    const found = await read(t, network.tokens.clinician, `/v1/research-outputs/${id}`, grant.position);
    expect(found.body).toMatchObject({ id, kind: 'paper', pairingId: network.pairingId, partnershipId: network.partnershipId, identifier: '10.1186/s12879-026-01234-5', date: '2026-06-30' });
    const grants = await read(t, network.tokens.auditor, `/v1/research-outputs?partnershipId=${network.partnershipId}&kind=grant-application`, grant.position);
    expect(grants.body.items).toEqual([expect.objectContaining({ id: grant.id, identifier: 'NSFC 82060123' })]);
    expect(grants.body.items[0].pairingId).toBeUndefined();
    expectProblem(await read(t, network.tokens.otherClinician, `/v1/research-outputs/${id}`, grant.position), 404);
  });

  it('refuses a paper whose identifier is not a DOI, an output of the future and one with neither pairing nor partnership', async () => {
    const { coordinator } = network.tokens;
    const response = await withoutWriting(t, () => post(t, coordinator, '/v1/research-outputs', paper({ identifier: 'PMID 123' })));
    expectProblem(response, 400, undefined, ['identifier']);
    expectProblem(await post(t, coordinator, '/v1/research-outputs', paper({ date: '2026-09-16' })), 400, 'in-the-future', ['date']);
    expectProblem(await post(t, coordinator, '/v1/research-outputs', paper({ partnershipId: undefined, pairingId: undefined })), 400, undefined, ['partnershipId']);
  });

  it('lets only coordinators record outputs', async () => {
    expectProblem(await post(t, network.tokens.auditor, '/v1/research-outputs', paper()), 403, 'role-not-allowed');
  });
});
