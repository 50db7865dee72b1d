import { created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { post, read } from '../support/consultation-steps';
import { expectProblem, withoutWriting } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

describe('postings (援派), followed over the HTTP API', () => {
  let t: TestApp;
  let network: SeededNetwork;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-07-01T00:00:00Z' });
    network = await seedNetwork(t);
  });

  afterAll(() => t.close());

  const specialist = (overrides: Record<string, unknown> = {}) => ({
    kind: 'specialist',
    expertId: network.chiefExpertId,
    partnershipId: network.partnershipId,
    receivingDepartmentId: network.receivingDepartmentId,
    plannedStart: '2026-03-01',
    plannedEnd: '2027-02-28',
    ...overrides,
  });

  it('a specialist is dispatched, arrives, is extended, cut short and returns, with days and person-months on site', async () => {
    const { tokens } = network;
    const { id } = await created(t, tokens.coordinator, '/v1/postings', specialist());
    await created(t, tokens.coordinator, `/v1/postings/${id}/arrived`, { at: '2026-03-02' });
    await created(t, tokens.coordinator, `/v1/postings/${id}/extended`, { newEnd: '2027-08-31' });
    await created(t, tokens.coordinator, `/v1/postings/${id}/cut-short`, { at: '2026-05-31', reason: 'recalled to Shanghai' });
    const last = await created(t, tokens.coordinator, `/v1/postings/${id}/returned`, { at: '2026-05-31' });

    const posting = await read(t, tokens.clinician, `/v1/postings/${id}`, last.position);
    expect(posting.status).toBe(200);
    expect(posting.body).toMatchObject({
      id,
      status: 'returned',
      kind: 'specialist',
      expertId: network.chiefExpertId,
      pairingId: network.pairingId,
      givingHospitalId: network.givingHospitalId,
      receivingHospitalId: network.receivingHospitalId,
      plannedStart: '2026-03-01',
      originalEnd: '2027-02-28',
      plannedEnd: '2026-05-31',
      extensionCount: 1,
      arrivedOn: '2026-03-02',
      returnedOn: '2026-05-31',
      cutShort: { on: '2026-05-31', reason: 'recalled to Shanghai' },
      daysOnSite: 91,
      personMonths: 3,
    });
  });

  it('lists who is on site at a date, and sums postings and person-months per pairing', async () => {
    const { tokens } = network;
    const onSite = await created(t, tokens.coordinator, '/v1/postings', specialist({ expertId: network.attendingExpertId, plannedStart: '2026-04-01' }));
    await created(t, tokens.coordinator, `/v1/postings/${onSite.id}/arrived`, { at: '2026-04-01' });
    const cadre = await created(t, tokens.coordinator, '/v1/postings', {
      kind: 'management-cadre',
      person: { name: '王强', title: 'chief physician' },
      role: '副院长',
      partnershipId: network.partnershipId,
      plannedStart: '2026-03-01',
      plannedEnd: '2027-08-31',
    });
    const arrived = await created(t, tokens.coordinator, `/v1/postings/${cadre.id}/arrived`, { at: '2026-03-05' });

    const listed = await read(t, tokens.auditor, `/v1/postings?partnershipId=${network.partnershipId}&onSiteAt=2026-06-15`, arrived.position);
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((item: { id: string }) => item.id).sort()).toEqual([onSite.id, cadre.id].sort());
    const cadreItem = listed.body.items.find((item: { id: string }) => item.id === cadre.id);
    expect(cadreItem).toMatchObject({ kind: 'management-cadre', person: { name: '王强', title: 'chief physician' }, role: '副院长' });

    const before = await read(t, tokens.coordinator, `/v1/postings?onSiteAt=2026-03-03`, arrived.position);
    expect(before.body.items.map((item: { id: string }) => item.id)).not.toContain(onSite.id);

    const summary = await read(t, tokens.coordinator, `/v1/postings/summary?partnershipId=${network.partnershipId}&asOf=2026-06-30`, arrived.position);
    expect(summary.status).toBe(200);
    // 91 days for the first specialist, 91 for the second (1 April to 30 June), 118 for the cadre: 300 days.
    expect(summary.body).toMatchObject({ asOf: '2026-06-30', postings: 3, specialists: 2, managementCadres: 1, onSite: 2, personMonths: 9.9 });
    expect(summary.body.pairings).toEqual([
      { pairingId: network.pairingId, postings: 2, specialists: 2, managementCadres: 0, onSite: 1, personMonths: 6 },
    ]);
  });

  it('refuses a posting that ends before it starts, writing nothing', async () => {
    const response = await withoutWriting(t, () =>
      post(t, network.tokens.coordinator, '/v1/postings', specialist({ plannedStart: '2026-09-01', plannedEnd: '2026-08-31' })),
    );
    expectProblem(response, 400, 'ends-before-it-starts', ['plannedEnd']);
  });

  it.each([
    ['a specialist without a receiving department', { receivingDepartmentId: undefined }, 'receivingDepartmentId'],
    ['a cadre without a post', { kind: 'management-cadre', expertId: undefined, person: { name: '王强' } }, 'role'],
    ['an unknown kind', { kind: 'volunteer' }, 'kind'],
  ])('refuses %s', async (_sentence, change, field) => {
    const response = await withoutWriting(t, () => post(t, network.tokens.coordinator, '/v1/postings', specialist(change)));
    expectProblem(response, 400, undefined, [field]);
  });

  it('refuses an expert of the receiving hospital as a specialist posted to it', async () => {
    const { id: localExpertId } = await created(t, network.tokens.coordinator, '/v1/experts', {
      name: 'Dr. Abdukerim',
      hospitalId: network.receivingHospitalId,
      departmentId: network.receivingDepartmentId,
      specialty: 'cardiology',
      title: 'attending-physician',
      licensedSince: '2015-09-01',
    });
    const response = await withoutWriting(t, () => post(t, network.tokens.coordinator, '/v1/postings', specialist({ expertId: localExpertId })));
    expectProblem(response, 400, 'expert-not-of-giving-hospital', ['expertId']);
  });

  it('refuses an arrival dated after today', async () => {
    const { id } = await created(t, network.tokens.coordinator, '/v1/postings', specialist());
    expectProblem(await post(t, network.tokens.coordinator, `/v1/postings/${id}/arrived`, { at: '2026-07-02' }), 400, 'in-the-future', ['at']);
  });

  it('refuses returning before arriving (409 naming the state) and extending to an earlier end', async () => {
    const { tokens } = network;
    const { id } = await created(t, tokens.coordinator, '/v1/postings', specialist());
    const early = await withoutWriting(t, () => post(t, tokens.coordinator, `/v1/postings/${id}/returned`, { at: '2026-05-31' }));
    expectProblem(early, 409, 'illegal-transition');
    expect(early.body.detail).toContain('dispatched');
    expectProblem(await post(t, tokens.coordinator, `/v1/postings/${id}/extended`, { newEnd: '2026-12-31' }), 400, 'not-an-extension', ['newEnd']);
    await created(t, tokens.coordinator, `/v1/postings/${id}/arrived`, { at: '2026-03-10' });
    expectProblem(await post(t, tokens.coordinator, `/v1/postings/${id}/returned`, { at: '2026-03-09' }), 400, 'returned-before-arrival', ['at']);
    expectProblem(await post(t, tokens.coordinator, `/v1/postings/${id}/cut-short`, { at: '2026-04-30' }), 400, undefined, ['reason']);
  });

  it('answers 404 for a posting that does not exist', async () => {
    expectProblem(await post(t, network.tokens.coordinator, '/v1/postings/8a4e3b2c-1d0f-4e5a-9b8c-7d6e5f4a3b2c/arrived', { at: '2026-03-10' }), 404);
  });

  it('lets only coordinators write, and hides a posting from hospitals outside the partnership', async () => {
    const { tokens } = network;
    expectProblem(await post(t, tokens.clinician, '/v1/postings', specialist()), 403, 'role-not-allowed');
    expectProblem(await post(t, tokens.auditor, '/v1/postings', specialist()), 403, 'role-not-allowed');
    const { id, position } = await created(t, tokens.coordinator, '/v1/postings', specialist());
    expectProblem(await post(t, tokens.chiefExpert, `/v1/postings/${id}/arrived`, { at: '2026-03-10' }), 403, 'role-not-allowed');

    expect((await read(t, tokens.chiefExpert, `/v1/postings/${id}`, position)).status).toBe(200);
    expectProblem(await read(t, tokens.otherClinician, `/v1/postings/${id}`, position), 404);
    const theirs = await read(t, tokens.otherClinician, '/v1/postings', position);
    expect(theirs.body.items).toEqual([]);
  });
});
