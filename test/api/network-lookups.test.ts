import { created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { read } from '../support/consultation-steps';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

type Listing = Record<string, any>;

/**
 * Finding what to act on without knowing ids: experts to invite, partnerships to request under,
 * hospitals by region and name. Each answer names what it refers to, in Chinese and English where
 * the hospital registered both.
 */
describe('looking up the network', () => {
  let t: TestApp;
  let network: SeededNetwork;
  let neurologyId: string;
  let neurologistId: string;
  let shigatseDepartmentId: string;
  let shigatsePartnershipId: string;
  let shigatsePairingId: string;
  let position: string;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-02T00:00:00Z' });
    network = await seedNetwork(t);
    const { coordinator } = network.tokens;
    neurologyId = (await created(t, coordinator, `/v1/hospitals/${network.givingHospitalId}/departments`, { name: 'Department of Neurology', specialty: 'neurology' })).id;
    neurologistId = (
      await created(t, coordinator, '/v1/experts', {
        name: 'Dr. Wang Fang',
        hospitalId: network.givingHospitalId,
        departmentId: neurologyId,
        specialty: 'neurology',
        title: 'associate-chief-physician',
        licensedSince: '2010-07-01',
      })
    ).id;
    shigatseDepartmentId = (await created(t, coordinator, `/v1/hospitals/${network.otherHospitalId}/departments`, { name: 'Internal Medicine', specialty: 'cardiology' })).id;
    t.clock.set('2026-03-05T00:00:00Z');
    shigatsePartnershipId = (
      await created(t, coordinator, '/v1/partnerships', {
        givingHospitalId: network.givingHospitalId,
        receivingHospitalId: network.otherHospitalId,
        programme: 'medical-consortium',
        validFrom: '2026-01-01',
      })
    ).id;
    const pairing = await created(t, coordinator, `/v1/partnerships/${shigatsePartnershipId}/pairings`, {
      givingDepartmentId: network.givingDepartmentId,
      receivingDepartmentId: shigatseDepartmentId,
    });
    shigatsePairingId = pairing.id;
    position = pairing.position;
  });

  afterAll(() => t.close());

  const lookUp = (path: string, token = network.tokens.clinician) => read(t, token, path, position);

  const shanghai = () => ({ id: network.givingHospitalId, name: 'Shanghai Renji Hospital', nameZh: '上海交通大学医学院附属仁济医院' });
  const kashgar = () => ({ id: network.receivingHospitalId, name: "Kashgar No. 2 People's Hospital", nameZh: '喀什地区第二人民医院' });
  const shigatse = () => ({ id: network.otherHospitalId, name: "Shigatse People's Hospital", nameZh: null });
  const cardiology = () => ({ id: network.givingDepartmentId, name: 'Department of Cardiology' });

  describe('experts', () => {
    it('a clinician finds the experts of a hospital by name, with their title, specialty, hospital and department, and nothing of their calendars', async () => {
      const answer = await lookUp(`/v1/experts?hospitalId=${network.givingHospitalId}`);

      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({
        items: [
          { id: network.attendingExpertId, name: 'Dr. Li Na', title: 'attending-physician', specialty: 'cardiology', hospital: shanghai(), department: cardiology() },
          {
            id: neurologistId,
            name: 'Dr. Wang Fang',
            title: 'associate-chief-physician',
            specialty: 'neurology',
            hospital: shanghai(),
            department: { id: neurologyId, name: 'Department of Neurology' },
          },
          { id: network.chiefExpertId, name: 'Dr. Zhang Wei', title: 'chief-physician', specialty: 'cardiology', hospital: shanghai(), department: cardiology() },
        ],
        nextCursor: null,
      });
    });

    it('narrows the experts by department, specialty, title and a part of the name in any case', async () => {
      const names = async (query: string) => (await lookUp(`/v1/experts?${query}`)).body.items.map((expert: Listing) => expert.name);

      expect(await names(`departmentId=${neurologyId}`)).toEqual(['Dr. Wang Fang']);
      expect(await names('specialty=cardiology')).toEqual(['Dr. Li Na', 'Dr. Zhang Wei']);
      expect(await names('specialty=cardiology&title=chief-physician')).toEqual(['Dr. Zhang Wei']);
      expect(await names('q=ZHANG')).toEqual(['Dr. Zhang Wei']);
      expect(await names('q=%25')).toEqual([]);
      expect(await names(`hospitalId=${network.otherHospitalId}`)).toEqual([]);
    });

    it('pages through the experts with the cursor of the previous page', async () => {
      const first = await lookUp('/v1/experts?limit=2');
      const second = await lookUp(`/v1/experts?limit=2&cursor=${first.body.nextCursor}`);

      expect(first.body.items.map((expert: Listing) => expert.name)).toEqual(['Dr. Li Na', 'Dr. Wang Fang']);
      expect(second.body).toEqual({ items: [expect.objectContaining({ name: 'Dr. Zhang Wei' })], nextCursor: null });
    });

    it('every role finds the same experts', async () => {
      const { coordinator, chiefExpert, otherExpert, auditor, otherClinician } = network.tokens;
      const expected = (await lookUp('/v1/experts')).body;
      for (const token of [coordinator, chiefExpert, otherExpert, auditor, otherClinician]) {
        expect((await lookUp('/v1/experts', token)).body).toEqual(expected);
      }
    });

    it('refuses a filter that is not one with each field named', async () => {
      const answer = await lookUp('/v1/experts?hospitalId=renji&title=professor&cursor=!!&limit=0&colour=red');

      expectProblem(answer, 400, 'invalid-request', ['hospitalId', 'title', 'cursor', 'limit', 'colour']);
    });
  });

  describe('partnerships', () => {
    const kashgarPartnership = () => ({
      id: network.partnershipId,
      programme: 'group-aid',
      validFrom: '2025-01-01',
      validUntil: '2027-12-31',
      active: true,
      givingHospitalId: network.givingHospitalId,
      receivingHospitalId: network.receivingHospitalId,
      givingHospital: shanghai(),
      receivingHospital: kashgar(),
      pairings: [
        expect.objectContaining({
          id: network.pairingId,
          givingDepartmentId: network.givingDepartmentId,
          receivingDepartmentId: network.receivingDepartmentId,
          givingDepartment: { ...cardiology(), specialty: 'cardiology' },
          receivingDepartment: { id: network.receivingDepartmentId, name: 'Cardiology', specialty: 'cardiology' },
        }),
      ],
    });
    const ids = (answer: { body: { items: Listing[] } }) => answer.body.items.map((partnership) => partnership.id);

    it('a clinician finds their hospital’s partnership with both hospitals’ names and the pairings’ departments', async () => {
      const answer = await lookUp('/v1/partnerships');

      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ items: [expect.objectContaining(kashgarPartnership())], nextCursor: null });
    });

    it('a partnership read by its id carries the same names', async () => {
      const answer = await lookUp(`/v1/partnerships/${network.partnershipId}`);

      expect(answer.body).toMatchObject({ givingHospital: shanghai(), receivingHospital: kashgar() });
    });

    it('coordinators and auditors see every partnership; experts and clinicians only their own hospital’s', async () => {
      const { coordinator, auditor, chiefExpert, otherClinician, otherExpert } = network.tokens;
      const every = [network.partnershipId, shigatsePartnershipId];

      expect(ids(await lookUp('/v1/partnerships', coordinator))).toEqual(every);
      expect(ids(await lookUp('/v1/partnerships', auditor))).toEqual(every);
      expect(ids(await lookUp('/v1/partnerships', chiefExpert))).toEqual(every);
      expect(ids(await lookUp('/v1/partnerships', otherExpert))).toEqual([shigatsePartnershipId]);
      const shigatseView = await lookUp('/v1/partnerships', otherClinician);
      expect(shigatseView.body.items).toEqual([
        expect.objectContaining({
          id: shigatsePartnershipId,
          receivingHospital: shigatse(),
          pairings: [expect.objectContaining({ id: shigatsePairingId, receivingDepartment: { id: shigatseDepartmentId, name: 'Internal Medicine', specialty: 'cardiology' } })],
        }),
      ]);
    });

    it('narrows the partnerships to one hospital’s, within what the caller may see', async () => {
      const { coordinator } = network.tokens;

      expect(ids(await lookUp(`/v1/partnerships?hospitalId=${network.otherHospitalId}`, coordinator))).toEqual([shigatsePartnershipId]);
      expect(ids(await lookUp(`/v1/partnerships?hospitalId=${network.givingHospitalId}`, coordinator))).toHaveLength(2);
      expect(ids(await lookUp(`/v1/partnerships?hospitalId=${network.otherHospitalId}`))).toEqual([]);
    });

    it('pages through the partnerships oldest first', async () => {
      const first = await lookUp('/v1/partnerships?limit=1', network.tokens.coordinator);
      const second = await lookUp(`/v1/partnerships?limit=1&cursor=${first.body.nextCursor}`, network.tokens.coordinator);

      expect(ids(first)).toEqual([network.partnershipId]);
      expect({ ids: ids(second), nextCursor: second.body.nextCursor }).toEqual({ ids: [shigatsePartnershipId], nextCursor: null });
    });

    it('refuses a hospital that is not an id', async () => {
      expectProblem(await lookUp('/v1/partnerships?hospitalId=kashgar'), 400, 'invalid-request', ['hospitalId']);
    });
  });

  describe('hospitals', () => {
    const names = async (query: string, token?: string) =>
      (await lookUp(`/v1/hospitals?${query}`, token)).body.items.map((hospital: Listing) => hospital.name);

    it('finds the hospitals of a region', async () => {
      expect(await names('region=Xinjiang')).toEqual(["Kashgar No. 2 People's Hospital"]);
      expect(await names('region=tibet')).toEqual(["Shigatse People's Hospital"]);
    });

    it('finds hospitals by a part of their English or Chinese name', async () => {
      expect(await names('q=people')).toEqual(["Kashgar No. 2 People's Hospital", "Shigatse People's Hospital"]);
      expect(await names(`q=${encodeURIComponent('仁济')}`)).toEqual(['Shanghai Renji Hospital']);
      expect(await names('q=people&region=Xinjiang', network.tokens.otherExpert)).toEqual(["Kashgar No. 2 People's Hospital"]);
    });

    it('refuses an overlong search', async () => {
      expectProblem(await lookUp(`/v1/hospitals?q=${'x'.repeat(201)}`), 400, 'invalid-request', ['q']);
    });
  });

  it('documents every lookup and its query parameters in /docs', async () => {
    const document = (await t.http.get('/docs-json')).body;
    const parametersOf = (path: string) => ((document.paths[path]?.get?.parameters ?? []) as Array<{ name: string; in: string }>)
      .filter((parameter) => parameter.in === 'query')
      .map((parameter) => parameter.name)
      .sort();

    expect({
      experts: parametersOf('/v1/experts'),
      partnerships: parametersOf('/v1/partnerships'),
      hospitals: parametersOf('/v1/hospitals'),
      attendance: parametersOf('/v1/training-sessions/{id}/attendance'),
    }).toEqual({
      experts: ['cursor', 'departmentId', 'hospitalId', 'limit', 'minPosition', 'q', 'specialty', 'title'],
      partnerships: ['cursor', 'hospitalId', 'limit', 'minPosition'],
      hospitals: ['minPosition', 'q', 'region'],
      attendance: ['cursor', 'limit', 'minPosition'],
    });
    expect(document.paths['/v1/stats/overview'].get.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'groupBy', schema: expect.objectContaining({ enum: ['month', 'year', 'pairing', 'receivingHospital', 'givingHospital'] }) })]),
    );
  });
});
