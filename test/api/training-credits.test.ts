import { created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { post, read } from '../support/consultation-steps';
import { expectProblem, withoutWriting } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

/** Attendees with role, title and minutes; credits per session; and each person's totals for their hospital. */
describe('continuing-education credits of training sessions', () => {
  let t: TestApp;
  let network: SeededNetwork;
  let lectureId: string;
  let wardRoundId: string;
  let position: string;

  const plan = (start: string, end: string, credits?: object) => ({
    partnershipId: network.partnershipId,
    pairingId: network.pairingId,
    title: 'Reading coronary angiograms',
    format: 'lecture',
    start,
    end,
    trainerExpertIds: [network.chiefExpertId],
    ...(credits && { credits }),
  });

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-02T00:00:00Z' });
    network = await seedNetwork(t);
    const { coordinator, chiefExpert } = network.tokens;
    lectureId = (await created(t, coordinator, '/v1/training-sessions', plan('2026-03-04T02:00:00Z', '2026-03-04T04:00:00Z', { category: 'I', points: 2 }))).id;
    wardRoundId = (await created(t, coordinator, '/v1/training-sessions', plan('2026-03-05T02:00:00Z', '2026-03-05T03:00:00Z', { category: 'II', points: 1 }))).id;
    t.clock.set('2026-03-05T04:00:00Z');
    await created(t, chiefExpert, `/v1/training-sessions/${lectureId}/held`);
    await created(t, chiefExpert, `/v1/training-sessions/${wardRoundId}/held`);
    await created(t, chiefExpert, `/v1/training-sessions/${lectureId}/attendance`, {
      attendees: [
        { staffId: 'KS2-N-0412', name: 'Aynur Tursun', role: 'nurse', title: 'intermediate' },
        { staffId: 'KS2-D-0101', name: 'Ekber Hoshur', role: 'physician', title: 'junior', minutes: 60 },
      ],
    });
    position = (
      await created(t, chiefExpert, `/v1/training-sessions/${wardRoundId}/attendance`, {
        attendees: [{ staffId: 'KS2-N-0412', name: 'Aynur Tursun', role: 'nurse', title: 'senior', minutes: 45 }],
      })
    ).position;
  });

  afterAll(() => t.close());

  const credits = (token: string, query = '') => read(t, token, `/v1/hospitals/${network.receivingHospitalId}/training-credits${query}`, position);

  it('a session names its credits, and reads them back', async () => {
    const session = await read(t, network.tokens.auditor, `/v1/training-sessions/${lectureId}`, position);
    expect(session.status).toBe(200);
    expect(session.body.credits).toEqual({ category: 'I', points: 2 });
    const none = await read(t, network.tokens.auditor, `/v1/training-sessions?partnershipId=${network.partnershipId}`, position);
    expect(none.status).toBe(200);
  });

  it('totals each person’s sessions, minutes and credits: the whole award for the whole session, a share for part of it', async () => {
    const answer = await credits(network.tokens.clinician);
    expect(answer.status).toBe(200);
    expect(answer.body.items).toEqual([
      {
        staffId: 'KS2-D-0101',
        name: 'Ekber Hoshur',
        role: 'physician',
        title: 'junior',
        sessions: 1,
        minutes: 60,
        credits: { I: 1, II: 0 },
        attended: [{ trainingSessionId: lectureId, title: 'Reading coronary angiograms', heldAt: '2026-03-04T02:00:00.000Z', minutes: 60, wholeSession: false, credits: { category: 'I', points: 1 } }],
      },
      {
        staffId: 'KS2-N-0412',
        name: 'Aynur Tursun',
        role: 'nurse',
        title: 'senior',
        sessions: 2,
        minutes: 165,
        credits: { I: 2, II: 0.7 },
        attended: [
          { trainingSessionId: lectureId, title: 'Reading coronary angiograms', heldAt: '2026-03-04T02:00:00.000Z', minutes: 120, wholeSession: true, credits: { category: 'I', points: 2 } },
          { trainingSessionId: wardRoundId, title: 'Reading coronary angiograms', heldAt: '2026-03-05T02:00:00.000Z', minutes: 45, wholeSession: false, credits: { category: 'II', points: 0.7 } },
        ],
      },
    ]);
  });

  it('narrows to a period of Beijing days and to one person, and prints as CSV', async () => {
    const firstDay = await credits(network.tokens.coordinator, '?from=2026-03-04&to=2026-03-04');
    expect(firstDay.body.items.map((person: { staffId: string; sessions: number }) => [person.staffId, person.sessions])).toEqual([
      ['KS2-D-0101', 1],
      ['KS2-N-0412', 1],
    ]);
    const one = await credits(network.tokens.auditor, '?staffId=KS2-N-0412');
    expect(one.body.items).toHaveLength(1);
    const csv = await t.http
      .get(`/v1/hospitals/${network.receivingHospitalId}/training-credits?format=csv&minPosition=${position}`)
      .set('Authorization', `Bearer ${network.tokens.coordinator}`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text.replace(/^\uFEFF/, '').trim().split('\r\n')).toEqual([
      'staffId,name,role,title,sessions,minutes,creditsI,creditsII',
      'KS2-D-0101,Ekber Hoshur,physician,junior,1,60,1,0',
      'KS2-N-0412,Aynur Tursun,nurse,senior,2,165,2,0.7',
    ]);
  });

  it('is read by the hospital itself, never by another hospital’s staff', async () => {
    expectProblem(await credits(network.tokens.otherClinician), 403);
    expectProblem(await credits(network.tokens.chiefExpert), 403, 'role-not-allowed');
  });

  it('refuses credits outside the categories or points, minutes beyond the session, and an unknown title, writing nothing', async () => {
    const { coordinator, chiefExpert } = network.tokens;
    const badCategory = await withoutWriting(t, () => post(t, coordinator, '/v1/training-sessions', plan('2026-03-20T02:00:00Z', '2026-03-20T04:00:00Z', { category: 'III', points: 2 })));
    expectProblem(badCategory, 400, undefined, ['credits.category']);
    expectProblem(await post(t, coordinator, '/v1/training-sessions', plan('2026-03-20T02:00:00Z', '2026-03-20T04:00:00Z', { category: 'I', points: 0.3 })), 400, undefined, ['credits.points']);
    const beyond = await withoutWriting(t, () =>
      post(t, chiefExpert, `/v1/training-sessions/${wardRoundId}/attendance`, { attendees: [{ staffId: 'KS2-X-1', name: 'Late Comer', minutes: 61 }] }),
    );
    expectProblem(beyond, 400, 'attendance-beyond-session', ['attendees[0].minutes']);
    expectProblem(await post(t, chiefExpert, `/v1/training-sessions/${wardRoundId}/attendance`, { attendees: [{ staffId: 'KS2-X-1', name: 'X', title: 'chief' }] }), 400, undefined, ['attendees.0.title']);
  });
});
