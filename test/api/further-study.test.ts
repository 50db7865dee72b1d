import { created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { post, read } from '../support/consultation-steps';
import { expectProblem, withoutWriting } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

describe('further study (进修) and in-service postgraduates, over the HTTP API', () => {
  let t: TestApp;
  let network: SeededNetwork;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-12-01T02:00:00Z' });
    network = await seedNetwork(t);
  });

  afterAll(() => t.close());

  const placement = (staffId: string, overrides: Record<string, unknown> = {}) => ({
    partnershipId: network.partnershipId,
    person: { staffId, name: `Staff ${staffId}`, title: 'resident' },
    kind: 'further-study',
    hostDepartmentId: network.givingDepartmentId,
    start: '2026-03-01',
    plannedEnd: '2026-08-31',
    ...overrides,
  });

  it('a placement is started and completed with its certificate, and read by the receiving hospital', async () => {
    const { id } = await created(t, network.tokens.coordinator, '/v1/further-study', placement('KS2-001'));
    const done = await created(t, network.tokens.coordinator, `/v1/further-study/${id}/completed`, { at: '2026-08-31', certificate: 'RJ-2026-0413' });
    const read1 = await read(t, network.tokens.clinician, `/v1/further-study/${id}`, done.position);
    expect(read1.status).toBe(200);
    expect(read1.body).toMatchObject({
      id,
      status: 'completed',
      kind: 'further-study',
      person: { staffId: 'KS2-001', name: 'Staff KS2-001', title: 'resident' },
      hostDepartmentId: network.givingDepartmentId,
      start: '2026-03-01',
      plannedEnd: '2026-08-31',
      endedOn: '2026-08-31',
      certificate: 'RJ-2026-0413',
    });
    const listed = await read(t, network.tokens.auditor, `/v1/further-study?staffId=KS2-001`, done.position);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([id]);
    expectProblem(await read(t, network.tokens.otherClinician, `/v1/further-study/${id}`, done.position), 404);
  });

  it('refuses a person’s placement overlapping another of theirs, writing nothing, and allows one after a withdrawal frees the rest', async () => {
    const { coordinator } = network.tokens;
    const { id } = await created(t, coordinator, '/v1/further-study', placement('KS2-002'));
    const overlapping = await withoutWriting(t, () =>
      post(t, coordinator, '/v1/further-study', placement('KS2-002', { kind: 'in-service-postgraduate', start: '2026-06-01', plannedEnd: '2027-05-31' })),
    );
    expectProblem(overlapping, 409, 'overlapping-study');
    await created(t, coordinator, `/v1/further-study/${id}/withdrawn`, { at: '2026-05-15', reason: 'family illness' });
    await created(t, coordinator, '/v1/further-study', placement('KS2-002', { kind: 'in-service-postgraduate', start: '2026-06-01', plannedEnd: '2027-05-31' }));
  });

  it('refuses a placement that ends before it starts, a host outside the giving hospital and a second ending', async () => {
    const { coordinator } = network.tokens;
    expectProblem(await post(t, coordinator, '/v1/further-study', placement('KS2-003', { plannedEnd: '2026-02-01' })), 400, 'ends-before-it-starts', ['plannedEnd']);
    expectProblem(await post(t, coordinator, '/v1/further-study', placement('KS2-003', { hostDepartmentId: network.receivingDepartmentId })), 400, 'unknown-department', ['hostDepartmentId']);
    const { id } = await created(t, coordinator, '/v1/further-study', placement('KS2-003'));
    await created(t, coordinator, `/v1/further-study/${id}/completed`, { at: '2026-08-31', certificate: 'RJ-1' });
    expectProblem(await post(t, coordinator, `/v1/further-study/${id}/withdrawn`, { at: '2026-08-31', reason: 'late' }), 409, 'illegal-transition');
  });

  it('lets only coordinators record placements', async () => {
    expectProblem(await post(t, network.tokens.clinician, '/v1/further-study', placement('KS2-004')), 403, 'role-not-allowed');
  });
});
