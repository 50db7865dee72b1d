import { created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { hourFrom, read } from '../support/consultation-steps';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

/** The attendance list of a session, read back by those who keep and report it. */
describe('the attendance of a training session', () => {
  let t: TestApp;
  let network: SeededNetwork;
  let sessionId: string;
  let unattendedId: string;
  let position: string;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-02T00:00:00Z' });
    network = await seedNetwork(t);
    const { coordinator, chiefExpert } = network.tokens;
    const plan = (start: string) => ({
      partnershipId: network.partnershipId,
      pairingId: network.pairingId,
      title: 'Reading coronary angiograms',
      format: 'lecture',
      ...hourFrom(start),
      trainerExpertIds: [network.chiefExpertId],
      audienceDepartmentIds: [network.receivingDepartmentId],
    });
    sessionId = (await created(t, coordinator, '/v1/training-sessions', plan('2026-03-04T02:00:00Z'))).id;
    unattendedId = (await created(t, coordinator, '/v1/training-sessions', plan('2026-03-11T02:00:00Z'))).id;
    t.clock.set('2026-03-04T03:05:00Z');
    await created(t, chiefExpert, `/v1/training-sessions/${sessionId}/held`);
    await created(t, chiefExpert, `/v1/training-sessions/${sessionId}/attendance`, {
      attendees: [
        { staffId: 'KS2-N-0412', name: 'Aynur Tursun' },
        { staffId: 'KS2-N-0007', name: 'Dilnur Abdulla' },
      ],
    });
    t.clock.set('2026-03-04T04:00:00Z');
    position = (
      await created(t, coordinator, `/v1/training-sessions/${sessionId}/attendance`, {
        attendees: [
          { staffId: 'KS2-N-0007', name: 'Dilnur Abdulla' },
          { staffId: 'KS2-D-0101', name: 'Ekber Hoshur' },
        ],
      })
    ).position;
  });

  afterAll(() => t.close());

  const attendance = (id: string, token: string, query = '') => read(t, token, `/v1/training-sessions/${id}/attendance${query}`, position);

  it('lists each attendee once, by name, with who recorded them and when', async () => {
    const answer = await attendance(sessionId, network.tokens.coordinator);

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      trainingSessionId: sessionId,
      personTimes: 3,
      items: [
        { staffId: 'KS2-N-0412', name: 'Aynur Tursun', recordedBy: network.chiefExpertId, recordedAt: '2026-03-04T03:05:00.000Z' },
        { staffId: 'KS2-N-0007', name: 'Dilnur Abdulla', recordedBy: network.chiefExpertId, recordedAt: '2026-03-04T03:05:00.000Z' },
        { staffId: 'KS2-D-0101', name: 'Ekber Hoshur', recordedBy: 'coordinator-wang', recordedAt: '2026-03-04T04:00:00.000Z' },
      ],
      nextCursor: null,
    });
  });

  it('is read by the trainers, the auditors and the receiving hospital’s clinicians', async () => {
    const { chiefExpert, auditor, clinician } = network.tokens;
    for (const token of [chiefExpert, auditor, clinician]) {
      const answer = await attendance(sessionId, token);
      expect({ status: answer.status, count: answer.body.items?.length }).toEqual({ status: 200, count: 3 });
    }
  });

  it('is refused to an expert who does not train the session and to another hospital’s clinician', async () => {
    expectProblem(await attendance(sessionId, network.tokens.attendingExpert), 403, 'forbidden');
    expectProblem(await attendance(sessionId, network.tokens.otherClinician), 403, 'forbidden');
  });

  it('answers 404 for a session that does not exist', async () => {
    expectProblem(await attendance('8d0c7e1a-3b2f-4c5d-9e6f-7a8b9c0d1e2f', network.tokens.coordinator), 404, 'not-found');
  });

  it('is empty for a session nobody has attended yet', async () => {
    const answer = await attendance(unattendedId, network.tokens.coordinator);

    expect(answer.body).toEqual({ trainingSessionId: unattendedId, personTimes: 0, items: [], nextCursor: null });
  });

  it('pages through a long list with the cursor of the previous page', async () => {
    const first = await attendance(sessionId, network.tokens.coordinator, '?limit=2');
    const second = await attendance(sessionId, network.tokens.coordinator, `?limit=2&cursor=${first.body.nextCursor}`);

    expect(first.body.items.map((attendee: { name: string }) => attendee.name)).toEqual(['Aynur Tursun', 'Dilnur Abdulla']);
    expect(second.body).toMatchObject({ items: [{ name: 'Ekber Hoshur' }], nextCursor: null });
  });
});
