import { agreementTerms, consultationRequest, created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { hourFrom, post, read, requestConsultation, scheduledConsultation } from '../support/consultation-steps';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

const NO_CASE_REVIEWS = { requested: 0, concluded: 0, cancelled: 0, responseOverdue: 0, conclusionOverdue: 0 };
const NO_TRAINING = { sessionsHeld: 0, personTimes: 0 };
const NO_FEEDBACK = { given: 0, usefulness: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 } };
const NO_MATERIALS = { attached: 0, files: 0, dicomStudies: 0 };

/**
 * Counts are by business time in Beijing time: a month runs from 00:00 on the 1st in Beijing,
 * which is 16:00 UTC on the last day of the month before.
 */
describe('the consultation counts of a partnership', () => {
  let t: TestApp;
  let network: SeededNetwork;
  let otherPartnershipId: string;
  let position: string;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-02T00:00:00Z' });
    network = await seedNetwork(t);
    const { tokens } = network;

    // March in Beijing: four requests; one completed, one declined, one cancelled, one left waiting.
    const completed = await scheduledConsultation(t, network, hourFrom('2026-03-03T02:00:00Z'));
    t.clock.set('2026-03-03T02:00:00Z');
    await created(t, tokens.chiefExpert, `/v1/consultations/${completed.id}/start`);
    t.clock.set('2026-03-03T02:45:00Z');
    await created(t, tokens.chiefExpert, `/v1/consultations/${completed.id}/opinion`, { opinion: 'Continue current therapy.' });

    t.clock.set('2026-03-03T03:00:00Z');
    const declined = await requestConsultation(t, network);
    await created(t, tokens.attendingExpert, `/v1/consultations/${declined.id}/decline`, { reasonCode: 'outside-specialty', reason: 'outside our expertise' });

    const cancelled = await scheduledConsultation(t, network, hourFrom('2026-03-10T02:00:00Z'));
    t.clock.set('2026-03-05T00:00:00Z');
    await created(t, tokens.clinician, `/v1/consultations/${cancelled.id}/cancel`, { reason: 'the patient recovered' });

    // A refused request is not a request: no consent to share data, nothing recorded, nothing counted.
    const withoutDataSharing = consultationRequest(network, { consent: { medical: true, dataSharing: false } });
    const refused = await post(t, tokens.clinician, '/v1/consultations', withoutDataSharing);
    expect(refused.status).toBe(400);

    t.clock.set('2026-03-31T15:59:00Z'); // 23:59 on 31 March in Beijing
    const lateInMarch = await requestConsultation(t, network);
    t.clock.set('2026-03-31T16:00:00Z'); // midnight, 1 April in Beijing; still March in UTC
    const firstInApril = await requestConsultation(t, network);
    t.clock.set('2026-03-31T16:30:00Z');
    await created(t, tokens.chiefExpert, `/v1/consultations/${lateInMarch.id}/decline`, { reasonCode: 'capacity', reason: 'on a ward round all night' });
    t.clock.set('2026-04-02T01:00:00Z');
    await created(t, tokens.clinician, `/v1/consultations/${firstInApril.id}/cancel`, { reason: 'transferred to Urumqi' });

    // Another partnership of the same giving hospital, with one request of its own.
    otherPartnershipId = await secondPartnershipWithOneRequest(t, network);
    position = String(await t.eventCount());
  });

  afterAll(() => t.close());

  const statsOf = (partnershipId: string, query: string, token = network.tokens.coordinator) =>
    read(t, token, `/v1/stats/partnerships/${partnershipId}?${query}`, position);

  it('counts requested, completed, declined and cancelled consultations, month by month in Beijing time', async () => {
    const stats = await statsOf(network.partnershipId, 'groupBy=month');

    expect(stats.status).toBe(200);
    expect(stats.body).toMatchObject({
      consultations: { requested: 5, completed: 1, declined: 2, cancelled: 2, responseOverdue: 0, opinionOverdue: 0 },
      caseReviews: NO_CASE_REVIEWS,
      training: NO_TRAINING,
      series: [
        { period: '2026-03', consultations: { requested: 4, completed: 1, declined: 1, cancelled: 1, responseOverdue: 0, opinionOverdue: 0 } },
        { period: '2026-04', consultations: { requested: 1, completed: 0, declined: 1, cancelled: 1, responseOverdue: 0, opinionOverdue: 0 } },
      ],
    });
  });

  it('counts only what happened in the range asked for', async () => {
    const range = new URLSearchParams({ from: '2026-04-01T00:00:00+08:00', to: '2026-05-01T00:00:00+08:00' });
    const april = await statsOf(network.partnershipId, range.toString());

    expect(april.body.consultations).toEqual({ requested: 1, completed: 0, declined: 1, cancelled: 1, responseOverdue: 0, opinionOverdue: 0 });
  });

  it('does not count another partnership’s consultations', async () => {
    const other = await statsOf(otherPartnershipId, 'groupBy=month');

    expect(other.body.consultations).toEqual({ requested: 1, completed: 0, declined: 0, cancelled: 0, responseOverdue: 0, opinionOverdue: 0 });
    expect(other.body.series).toEqual([
      expect.objectContaining({ period: '2026-04', consultations: { requested: 1, completed: 0, declined: 0, cancelled: 0, responseOverdue: 0, opinionOverdue: 0 } }),
    ]);
  });

  it('the overview adds up every partnership, for coordinators and auditors only', async () => {
    const overview = await read(t, network.tokens.auditor, '/v1/stats/overview?groupBy=month', position);
    const byClinician = await read(t, network.tokens.clinician, '/v1/stats/overview', position);

    expect(overview.body.consultations).toEqual({ requested: 6, completed: 1, declined: 2, cancelled: 2, responseOverdue: 0, opinionOverdue: 0 });
    expect(overview.body.series.map((month: { period: string }) => month.period)).toEqual(['2026-03', '2026-04']);
    expectProblem(byClinician, 403);
  });

  it('the receiving hospital’s clinicians and the giving hospital’s experts read their partnership’s counts', async () => {
    const byClinician = await statsOf(network.partnershipId, 'groupBy=month', network.tokens.clinician);
    const byExpert = await statsOf(network.partnershipId, 'groupBy=month', network.tokens.attendingExpert);

    expect(byClinician.body.consultations).toEqual({ requested: 5, completed: 1, declined: 2, cancelled: 2, responseOverdue: 0, opinionOverdue: 0 });
    expect(byExpert.body.consultations).toEqual({ requested: 5, completed: 1, declined: 2, cancelled: 2, responseOverdue: 0, opinionOverdue: 0 });
  });

  it('a clinician of a hospital outside the partnership gets 404', async () => {
    const stats = await statsOf(network.partnershipId, 'groupBy=month', network.tokens.otherClinician);

    expectProblem(stats, 404, 'not-found');
  });

  it('names each Beijing-time month and year of the series in Chinese and English', async () => {
    const months = await statsOf(network.partnershipId, 'groupBy=month');
    const years = await statsOf(network.partnershipId, 'groupBy=year');

    expect(months.body.series.map(({ period, label }: { period: string; label: object }) => ({ period, label }))).toEqual([
      { period: '2026-03', label: { zh: '2026年3月', en: 'March 2026' } },
      { period: '2026-04', label: { zh: '2026年4月', en: 'April 2026' } },
    ]);
    expect(years.body.series).toEqual([
      {
        period: '2026',
        label: { zh: '2026年', en: '2026' },
        consultations: { requested: 5, completed: 1, declined: 2, cancelled: 2, responseOverdue: 0, opinionOverdue: 0 },
        caseReviews: NO_CASE_REVIEWS,
        training: NO_TRAINING,
        feedback: NO_FEEDBACK,
        materials: NO_MATERIALS,
      },
    ]);
  });

  it('counts the overview by receiving hospital and by giving hospital, each entry with the hospital’s names', async () => {
    const byReceiving = await read(t, network.tokens.coordinator, '/v1/stats/overview?groupBy=receivingHospital', position);
    const byGiving = await read(t, network.tokens.auditor, '/v1/stats/overview?groupBy=givingHospital', position);

    const kashgar = { id: network.receivingHospitalId, name: "Kashgar No. 2 People's Hospital", nameZh: '喀什地区第二人民医院' };
    const shigatse = { id: network.otherHospitalId, name: "Shigatse People's Hospital", nameZh: null };
    const shanghai = { id: network.givingHospitalId, name: 'Shanghai Renji Hospital', nameZh: '上海交通大学医学院附属仁济医院' };
    expect(byReceiving.body.series).toEqual([
      expect.objectContaining({
        hospitalId: kashgar.id,
        hospital: kashgar,
        label: { zh: kashgar.nameZh, en: kashgar.name },
        consultations: { requested: 5, completed: 1, declined: 2, cancelled: 2, responseOverdue: 0, opinionOverdue: 0 },
      }),
      // No Chinese name was registered: the registered name stands for both.
      expect.objectContaining({ hospitalId: shigatse.id, hospital: shigatse, label: { zh: shigatse.name, en: shigatse.name }, consultations: expect.objectContaining({ requested: 1 }) }),
    ]);
    expect(byGiving.body.series).toEqual([
      expect.objectContaining({ hospitalId: shanghai.id, hospital: shanghai, label: { zh: shanghai.nameZh, en: shanghai.name }, consultations: expect.objectContaining({ requested: 6 }) }),
    ]);
  });

  it('names each department pairing by its departments and their hospitals, keeping the pairing id', async () => {
    const stats = await statsOf(network.partnershipId, 'groupBy=pairing');

    const entry = expect.objectContaining({
      pairingId: network.pairingId,
      givingDepartment: { id: network.givingDepartmentId, name: 'Department of Cardiology' },
      receivingDepartment: { id: network.receivingDepartmentId, name: 'Cardiology' },
      label: {
        zh: '上海交通大学医学院附属仁济医院 Department of Cardiology → 喀什地区第二人民医院 Cardiology',
        en: "Department of Cardiology, Shanghai Renji Hospital → Cardiology, Kashgar No. 2 People's Hospital",
      },
      consultations: { requested: 5, completed: 1, declined: 2, cancelled: 2, responseOverdue: 0, opinionOverdue: 0 },
    });
    expect(stats.body.series).toEqual([entry]);
    expect(stats.body.pairings).toEqual([entry]);
  });

  it('refuses a grouping it does not know, naming the ones it does', async () => {
    const stats = await statsOf(network.partnershipId, 'groupBy=quarter');

    expectProblem(stats, 400, 'invalid-request', ['groupBy']);
    expect(stats.body.errors[0].message).toContain('receivingHospital');
  });
});

/** Shigatse joins as a second receiving hospital of the Shanghai hospital and requests one consultation in April. */
async function secondPartnershipWithOneRequest(t: TestApp, network: SeededNetwork): Promise<string> {
  const { coordinator, otherClinician } = network.tokens;
  const department = await created(t, coordinator, `/v1/hospitals/${network.otherHospitalId}/departments`, {
    name: 'Internal Medicine',
    specialty: 'cardiology',
  });
  const partnership = await created(t, coordinator, '/v1/partnerships', {
    givingHospitalId: network.givingHospitalId,
    receivingHospitalId: network.otherHospitalId,
    programme: 'medical-consortium',
    validFrom: '2026-01-01',
  });
  await created(t, coordinator, `/v1/partnerships/${partnership.id}/pairings`, {
    givingDepartmentId: network.givingDepartmentId,
    receivingDepartmentId: department.id,
  });
  await created(t, coordinator, `/v1/partnerships/${partnership.id}/agreements`, agreementTerms(network.givingHospitalId, network.otherHospitalId, { validFrom: '2026-01-01' }));
  t.clock.set('2026-04-03T02:00:00Z');
  await created(t, otherClinician, '/v1/consultations', consultationRequest(network, { partnershipId: partnership.id }));
  return partnership.id;
}
