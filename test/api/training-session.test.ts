import { created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { hourFrom, post, read } from '../support/consultation-steps';
import { expectProblem, withoutWriting } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

const person = (staffId: string) => ({ staffId, name: `Nurse ${staffId}` });

function trainingPlan(network: SeededNetwork, slot: { start: string; end: string }, overrides: Record<string, unknown> = {}) {
  return {
    partnershipId: network.partnershipId,
    pairingId: network.pairingId,
    title: 'Reading coronary angiograms',
    format: 'lecture',
    ...slot,
    trainerExpertIds: [network.chiefExpertId],
    audienceDepartmentIds: [network.receivingDepartmentId],
    ...overrides,
  };
}

describe('a training session, followed over the HTTP API', () => {
  let t: TestApp;
  let network: SeededNetwork;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-02T00:00:00Z' });
    network = await seedNetwork(t);
  });

  afterAll(() => t.close());

  const session = (id: string, position: string, token = network.tokens.clinician) => read(t, token, `/v1/training-sessions/${id}`, position);

  const trainingBookings = async (expertId: string, position: string) => {
    const schedule = await read(t, network.tokens.coordinator, `/v1/experts/${expertId}/schedule?from=2026-03-02T00:00:00Z&to=2026-03-30T00:00:00Z`, position);
    return (schedule.body.bookings as Array<{ activity: string }>).filter((booking) => booking.activity === 'training');
  };

  it('is planned into the trainer’s calendar, held, and counts each attendee once however often attendance is posted', async () => {
    const { tokens } = network;
    const planned = await created(t, tokens.coordinator, '/v1/training-sessions', trainingPlan(network, hourFrom('2026-03-04T02:00:00Z')));
    const { id } = planned;
    expect(planned.warnings).toEqual([]);
    expect(await trainingBookings(network.chiefExpertId, planned.position)).toEqual([
      expect.objectContaining({
        bookingId: id,
        start: '2026-03-04T02:00:00.000Z',
        counterpartLocal: expect.objectContaining({ hospitalId: network.receivingHospitalId }),
      }),
    ]);

    expectProblem(await post(t, tokens.chiefExpert, `/v1/training-sessions/${id}/held`), 409, 'not-started-yet');
    t.clock.set('2026-03-04T03:05:00Z');
    expectProblem(await post(t, tokens.attendingExpert, `/v1/training-sessions/${id}/held`), 403);
    await created(t, tokens.chiefExpert, `/v1/training-sessions/${id}/held`);

    await created(t, tokens.chiefExpert, `/v1/training-sessions/${id}/attendance`, { attendees: ['a', 'b', 'c'].map(person) });
    const second = await created(t, tokens.coordinator, `/v1/training-sessions/${id}/attendance`, { attendees: ['b', 'c', 'd'].map(person) });
    await withoutWriting(t, () => created(t, tokens.coordinator, `/v1/training-sessions/${id}/attendance`, { attendees: [person('a')] }));

    const held = await session(id, second.position);
    expect(held.status).toBe(200);
    expect(held.body).toMatchObject({
      id,
      status: 'held',
      partnershipId: network.partnershipId,
      pairingId: network.pairingId,
      format: 'lecture',
      trainerExpertIds: [network.chiefExpertId],
      heldAt: '2026-03-04T02:00:00.000Z',
      attendeeCount: 4,
      personTimes: 4,
    });

    const stats = await read(t, tokens.coordinator, `/v1/stats/partnerships/${network.partnershipId}`, second.position);
    expect(stats.body.training).toEqual({ sessionsHeld: 1, personTimes: 4 });

    const listed = await read(t, tokens.auditor, `/v1/training-sessions?partnershipId=${network.partnershipId}`, second.position);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toContain(id);
  });

  it('moves the trainer’s booking on reschedule and frees it on cancel', async () => {
    t.clock.set('2026-03-02T00:00:00Z');
    const { id } = await created(t, network.tokens.coordinator, '/v1/training-sessions', trainingPlan(network, hourFrom('2026-03-18T02:00:00Z')));
    const moved = await created(t, network.tokens.coordinator, `/v1/training-sessions/${id}/reschedule`, hourFrom('2026-03-18T06:00:00Z'));
    expect((await session(id, moved.position)).body).toMatchObject({ slot: hourFrom('2026-03-18T06:00:00Z'), rescheduleCount: 1 });
    expect((await trainingBookings(network.chiefExpertId, moved.position)).filter((booking: any) => booking.bookingId === id)).toEqual([
      expect.objectContaining({ start: '2026-03-18T06:00:00.000Z' }),
    ]);

    const cancelled = await created(t, network.tokens.coordinator, `/v1/training-sessions/${id}/cancel`, { reason: 'the trainer is ill' });
    expect((await session(id, cancelled.position)).body).toMatchObject({ status: 'cancelled', cancelReason: 'the trainer is ill' });
    expect((await trainingBookings(network.chiefExpertId, cancelled.position)).map((booking: any) => booking.bookingId)).not.toContain(id);
  });

  it('refuses to double-book a trainer, and writes nothing when it does', async () => {
    t.clock.set('2026-03-02T00:00:00Z');
    await created(t, network.tokens.coordinator, '/v1/training-sessions', trainingPlan(network, hourFrom('2026-03-20T02:00:00Z')));
    const clash = await withoutWriting(t, () =>
      post(t, network.tokens.chiefExpert, '/v1/training-sessions', trainingPlan(network, { start: '2026-03-20T02:30:00Z', end: '2026-03-20T03:30:00Z' }, {
        trainerExpertIds: [network.attendingExpertId, network.chiefExpertId],
      })),
    );
    expectProblem(clash, 409, 'double-booking');
  });

  it('refuses unknown partnerships, pairings and trainers, naming the field', async () => {
    const slot = hourFrom('2026-03-25T02:00:00Z');
    const unknown = '00000000-0000-4000-8000-000000000000';
    const refused = (overrides: Record<string, unknown>) =>
      withoutWriting(t, () => post(t, network.tokens.coordinator, '/v1/training-sessions', trainingPlan(network, slot, overrides)));
    expectProblem(await refused({ partnershipId: unknown }), 400, 'unknown-partnership', ['partnershipId']);
    expectProblem(await refused({ pairingId: unknown }), 400, 'unknown-pairing', ['pairingId']);
    expectProblem(await refused({ trainerExpertIds: [unknown] }), 400, 'unknown-expert', ['trainerExpertIds']);
    expectProblem(await refused({ format: 'webinar' }), 400, undefined, ['format']);
    expectProblem(await post(t, network.tokens.clinician, '/v1/training-sessions', trainingPlan(network, slot)), 403);
  });
});

/**
 * A small fixed month around the end of March 2026, counted by hand. Periods are Beijing-time
 * months: 2026-03-31T16:00:00Z is already 1 April 00:00 in Beijing.
 */
describe('counts of case reviews and training across a Beijing month boundary', () => {
  let t: TestApp;
  let network: SeededNetwork;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-20T02:00:00Z' });
    network = await seedNetwork(t);
  });

  afterAll(() => t.close());

  async function heldSession(start: string, attendance: string[][]) {
    t.clock.set('2026-03-20T02:00:00Z');
    const { id } = await created(t, network.tokens.coordinator, '/v1/training-sessions', trainingPlan(network, hourFrom(start)));
    t.clock.set('2026-04-02T00:00:00Z');
    let last = await created(t, network.tokens.chiefExpert, `/v1/training-sessions/${id}/held`);
    for (const staffIds of attendance) {
      last = await created(t, network.tokens.chiefExpert, `/v1/training-sessions/${id}/attendance`, { attendees: staffIds.map(person) });
    }
    return last;
  }

  async function caseReviewRequestedAt(now: string) {
    t.clock.set(now);
    return created(t, network.tokens.clinician, '/v1/case-reviews', {
      partnershipId: network.partnershipId,
      specialties: ['cardiology'],
      purpose: 'management plan',
      caseSummary: 'summary',
      patient: { reference: `KS2-${now}` },
      consent: { medical: true, dataSharing: true },
    });
  }

  it('places each count in the Beijing month of its business time', async () => {
    // 31 March 23:00 Beijing: March. Attendance a, b, then b, c: 3 person-times.
    await heldSession('2026-03-31T15:00:00Z', [['a', 'b'], ['b', 'c']]);
    // 1 April 01:00 Beijing: April, although still 31 March in UTC. a, d, e, f: 4 person-times.
    await heldSession('2026-03-31T17:00:00Z', [['a', 'd', 'e'], ['e', 'f']]);
    await caseReviewRequestedAt('2026-03-31T15:59:00Z'); // 23:59 Beijing: March
    const cancelledReview = await caseReviewRequestedAt('2026-03-31T16:00:00Z'); // 00:00 Beijing: April
    t.clock.set('2026-04-03T00:00:00Z');
    const last = await created(t, network.tokens.clinician, `/v1/case-reviews/${cancelledReview.id}/cancel`, { reason: 'patient discharged' });

    const path = `/v1/stats/partnerships/${network.partnershipId}?groupBy=month`;
    const stats = await read(t, network.tokens.coordinator, path, last.position);
    expect(stats.status).toBe(200);
    const month = (requested: number, cancelled: number, sessionsHeld: number, personTimes: number) => ({
      consultations: { requested: 0, completed: 0, declined: 0, cancelled: 0 },
      caseReviews: { requested, concluded: 0, cancelled },
      training: { sessionsHeld, personTimes },
    });
    expect(stats.body).toMatchObject({ ...month(2, 1, 2, 7), series: [{ period: '2026-03', ...month(1, 0, 1, 3) }, { period: '2026-04', ...month(1, 1, 1, 4) }] });

    const april = await read(t, network.tokens.coordinator, `${path}&from=2026-03-31T16:00:00Z&to=2026-04-30T16:00:00Z`, last.position);
    expect(april.body).toMatchObject(month(1, 1, 1, 4));
  });
});
