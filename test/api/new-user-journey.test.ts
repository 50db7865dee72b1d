import type { Response } from 'supertest';
import type { UserRole } from '@telemed/auth';
import { startTestApp, type TestApp } from '../support/test-app';
import { agreementTerms } from '../support/network-fixture';

type Json = Record<string, any>;

/**
 * A new programme from its first hospital to its audit, played as its users would: after the
 * coordinator registers the network, nobody is handed an id. Each person finds what they act on
 * through the routes their client would call (lookups, worklists, the case itself), never
 * through the audit log or a fixture. Reads pass the log position of the last write they depend
 * on, as a client polling for it would eventually see it.
 */
describe('a new user’s journey, from an empty backbone to a verified history', () => {
  let t: TestApp;
  /** The log position of the latest write; reads wait for it. */
  let position = '0';
  /** How many writes were answered 201: each recorded at least one event. */
  let writes = 0;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-02T00:00:00Z' });
  });

  afterAll(() => t.close());

  const as = (role: UserRole, sub: string, hospitalId?: string) => t.token(role, sub, hospitalId);

  async function write(token: string, path: string, body: object = {}): Promise<Json> {
    const response = await t.http.post(path).set('Authorization', `Bearer ${token}`).send(body);
    expect({ path, status: response.status, body: response.body }).toEqual({ path, status: 201, body: expect.objectContaining({ id: expect.any(String) }) });
    position = response.body.position;
    writes += 1;
    return response.body;
  }

  async function look(token: string, path: string): Promise<Json> {
    const response: Response = await t.http.get(path).set('Authorization', `Bearer ${token}`).query({ minPosition: position });
    expect({ path, status: response.status }).toEqual({ path, status: 200 });
    return response.body;
  }

  /** The one item of a list whose fields match, failing when there is none or more than one. */
  function theOne(items: Json[], fields: Json): Json {
    const found = items.filter((item) => Object.entries(fields).every(([key, value]) => JSON.stringify(item[key]) === JSON.stringify(value)));
    expect(found).toHaveLength(1);
    return found[0];
  }

  it('registers, consults, reviews, trains, counts and audits, each step found by the one who takes it', async () => {
    // The coordinator registers the network, keeping only what each registration answers.
    const coordinator = await as('coordinator', 'coordinator-wang');
    const renji = await write(coordinator, '/v1/hospitals', {
      name: 'Shanghai Renji Hospital',
      nameZh: '上海交通大学医学院附属仁济医院',
      region: 'Shanghai',
      timezone: 'Asia/Shanghai',
    });
    const kashgar = await write(coordinator, '/v1/hospitals', {
      name: "Kashgar No. 2 People's Hospital",
      nameZh: '喀什地区第二人民医院',
      region: 'Xinjiang',
      timezone: 'Asia/Shanghai',
      workingHours: { start: '09:30', end: '19:00' },
    });
    const renjiCardiology = await write(coordinator, `/v1/hospitals/${renji.id}/departments`, { name: 'Department of Cardiology', specialty: 'cardiology' });
    const kashgarCardiology = await write(coordinator, `/v1/hospitals/${kashgar.id}/departments`, { name: 'Cardiology', specialty: 'cardiology' });
    const partnership = await write(coordinator, '/v1/partnerships', {
      givingHospitalId: renji.id,
      receivingHospitalId: kashgar.id,
      programme: 'group-aid',
      validFrom: '2026-01-01',
    });
    await write(coordinator, `/v1/partnerships/${partnership.id}/pairings`, { givingDepartmentId: renjiCardiology.id, receivingDepartmentId: kashgarCardiology.id });
    // Nothing is requested until both hospitals have signed an agreement that covers it.
    await write(coordinator, `/v1/partnerships/${partnership.id}/agreements`, agreementTerms(renji.id, kashgar.id, { validFrom: '2026-01-01', validUntil: undefined }));
    for (const [name, title] of [['Dr. Zhang Wei', 'chief-physician'], ['Dr. Li Na', 'attending-physician'], ['Dr. Chen Jing', 'associate-chief-physician']]) {
      await write(coordinator, '/v1/experts', { name, hospitalId: renji.id, departmentId: renjiCardiology.id, specialty: 'cardiology', title, licensedSince: '2012-09-01' });
    }

    // Accounts are provisioned by the hospital and the expert found in the lookups, as the identity provider's operator would.
    const [kashgarFound] = (await look(coordinator, `/v1/hospitals?region=Xinjiang&q=${encodeURIComponent('喀什')}`)).items;
    const clinician = await as('clinician', 'clinician-aziz', kashgarFound.id);
    const [zhangFound] = (await look(coordinator, '/v1/experts?q=zhang')).items;
    const zhang = await as('expert', zhangFound.id, zhangFound.hospital.id);
    const auditor = await as('auditor', 'auditor-chen');

    // A clinician in Kashgar finds the partnership with Shanghai and asks it for an opinion.
    t.clock.set('2026-03-02T01:00:00Z');
    const partnerships = (await look(clinician, '/v1/partnerships')).items;
    const withRenji = theOne(partnerships, { givingHospital: { id: renji.id, name: 'Shanghai Renji Hospital', nameZh: '上海交通大学医学院附属仁济医院' } });
    const [pairing] = withRenji.pairings;
    expect(pairing.receivingDepartment).toEqual({ id: kashgarCardiology.id, name: 'Cardiology', specialty: 'cardiology' });
    const consultation = await write(clinician, '/v1/consultations', {
      partnershipId: withRenji.id,
      specialty: pairing.givingDepartment.specialty,
      urgency: 'routine',
      purpose: 'second opinion on management of suspected dilated cardiomyopathy',
      caseSummary: 'Male, 58, dyspnoea on exertion for 3 months; echo LVEF 32%, LVEDD 68 mm.',
      requestedTitle: 'chief-physician',
      patient: { reference: 'KS2-2026-000123', sex: 'male', birthDate: '1968-03-02' },
      consent: { medical: true, dataSharing: true },
    });

    // The expert in Shanghai finds it in their worklist, accepts, schedules, holds and signs it.
    t.clock.set('2026-03-02T02:00:00Z');
    const worklist = (await look(zhang, '/v1/consultations?status=requested')).items;
    const waiting = theOne(worklist, { requestingHospitalId: kashgar.id, specialty: 'cardiology' });
    await write(zhang, `/v1/consultations/${waiting.id}/accept`);
    await write(zhang, `/v1/consultations/${waiting.id}/schedule`, { start: '2026-03-03T02:00:00Z', end: '2026-03-03T03:00:00Z' });
    t.clock.set('2026-03-03T02:00:00Z');
    await write(zhang, `/v1/consultations/${waiting.id}/start`);
    t.clock.set('2026-03-03T02:50:00Z');
    await write(zhang, `/v1/consultations/${waiting.id}/opinion`, { opinion: 'Start sacubitril/valsartan; repeat echo in 3 months.' });

    // The clinician reads the signed opinion of their own request.
    const answered = theOne((await look(clinician, '/v1/consultations')).items, { id: consultation.id });
    expect(answered).toMatchObject({ status: 'completed', opinion: 'Start sacubitril/valsartan; repeat echo in 3 months.', signedBy: zhangFound.id });

    // The clinician asks for a case review and invites the cardiologists of the giving hospital found among the experts.
    t.clock.set('2026-03-04T01:00:00Z');
    const caseReview = await write(clinician, '/v1/case-reviews', {
      partnershipId: withRenji.id,
      specialties: ['cardiology'],
      purpose: 'whether to refer for device therapy',
      caseSummary: 'Male, 58, LVEF 30% after three months of optimal therapy.',
      patient: { reference: 'KS2-2026-000123' },
      consent: { medical: true, dataSharing: true },
    });
    const cardiologists = (await look(clinician, `/v1/experts?hospitalId=${withRenji.givingHospital.id}&specialty=cardiology`)).items;
    expect(cardiologists.map((expert: Json) => expert.name)).toEqual(['Dr. Chen Jing', 'Dr. Li Na', 'Dr. Zhang Wei']);
    const panel = cardiologists.filter((expert: Json) => expert.title !== 'attending-physician').map((expert: Json) => expert.id);
    await write(clinician, `/v1/case-reviews/${caseReview.id}/invitations`, { expertIds: panel });
    const review = await look(clinician, `/v1/case-reviews/${caseReview.id}`);
    expect(JSON.stringify(review)).toContain(panel[0]);
    expect(JSON.stringify(review)).toContain(panel[1]);

    // The coordinator plans a training session under the partnership, for the paired department, taught by Dr. Zhang.
    const forTraining = theOne((await look(coordinator, `/v1/partnerships?hospitalId=${kashgar.id}`)).items, { id: partnership.id });
    const [trainer] = (await look(coordinator, `/v1/experts?hospitalId=${renji.id}&title=chief-physician`)).items;
    const session = await write(coordinator, '/v1/training-sessions', {
      partnershipId: forTraining.id,
      pairingId: forTraining.pairings[0].id,
      title: 'Heart failure with reduced ejection fraction',
      format: 'lecture',
      start: '2026-03-10T02:00:00Z',
      end: '2026-03-10T03:00:00Z',
      trainerExpertIds: [trainer.id],
      audienceDepartmentIds: [forTraining.pairings[0].receivingDepartment.id],
    });
    t.clock.set('2026-03-10T03:05:00Z');
    await write(coordinator, `/v1/training-sessions/${session.id}/held`);
    await write(coordinator, `/v1/training-sessions/${session.id}/attendance`, {
      attendees: [
        { staffId: 'KS2-N-0412', name: 'Aynur Tursun' },
        { staffId: 'KS2-D-0101', name: 'Ekber Hoshur' },
      ],
    });

    // ...reads the attendance back, and the counts with the names of what they group by.
    const attendance = await look(coordinator, `/v1/training-sessions/${session.id}/attendance`);
    expect(attendance.items.map((attendee: Json) => attendee.name)).toEqual(['Aynur Tursun', 'Ekber Hoshur']);
    const counts = (groupBy: string) => look(coordinator, `/v1/stats/overview?groupBy=${groupBy}`);
    const activity = {
      consultations: { requested: 1, completed: 1, declined: 0, cancelled: 0, responseOverdue: 0, opinionOverdue: 0 },
      caseReviews: { requested: 1, concluded: 0, cancelled: 0, responseOverdue: 0, conclusionOverdue: 0 },
      training: { sessionsHeld: 1, personTimes: 2 },
      feedback: { given: 0, usefulness: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } },
      materials: { attached: 0, files: 0, dicomStudies: 0 },
    };
    expect((await counts('month')).series).toEqual([{ period: '2026-03', label: { zh: '2026年3月', en: 'March 2026' }, ...activity }]);
    expect((await counts('year')).series).toEqual([{ period: '2026', label: { zh: '2026年', en: '2026' }, ...activity }]);
    expect((await counts('receivingHospital')).series).toEqual([
      {
        hospitalId: kashgar.id,
        hospital: { id: kashgar.id, name: "Kashgar No. 2 People's Hospital", nameZh: '喀什地区第二人民医院' },
        label: { zh: '喀什地区第二人民医院', en: "Kashgar No. 2 People's Hospital" },
        ...activity,
      },
    ]);
    expect((await counts('givingHospital')).series).toEqual([
      {
        hospitalId: renji.id,
        hospital: { id: renji.id, name: 'Shanghai Renji Hospital', nameZh: '上海交通大学医学院附属仁济医院' },
        label: { zh: '上海交通大学医学院附属仁济医院', en: 'Shanghai Renji Hospital' },
        ...activity,
      },
    ]);

    // An auditor finds the consultation, reads its history from request to signature, and verifies the whole log.
    const audited = theOne((await look(auditor, `/v1/consultations?hospitalId=${kashgar.id}`)).items, { status: 'completed' });
    const history = await look(auditor, `/v1/audit/streams/consultation-${audited.id}`);
    expect(history.events.map((event: Json) => event.type)).toEqual([
      'ConsultationRequested',
      'ConsultationAccepted',
      'ConsultationScheduled',
      'ConsultationStarted',
      'ConsultationOpinionSigned',
    ]);
    expect(history.events[0].metadata.actor).toMatchObject({ userId: 'clinician-aziz', role: 'clinician', hospitalId: kashgar.id });
    const verified = await t.http.post('/v1/audit/verify').set('Authorization', `Bearer ${auditor}`).send({});
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ ok: true, eventsChecked: expect.any(Number) });
    expect(verified.body.eventsChecked).toBeGreaterThanOrEqual(writes);
  }, 120_000);
});
