import { created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { acceptedConsultation, hourFrom, read, requestConsultation, scheduledConsultation } from '../support/consultation-steps';
import { startTestApp, type TestApp } from '../support/test-app';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const POSITION = /^\d+$/;

describe('a remote consultation, followed over the HTTP API', () => {
  let t: TestApp;
  let network: SeededNetwork;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-02T00:00:00Z' }); // Monday 08:00 in Beijing
    network = await seedNetwork(t);
  });

  afterAll(() => t.close());

  const consultation = (id: string, position: string, token = network.tokens.clinician) =>
    read(t, token, `/v1/consultations/${id}`, position);

  const expertSchedule = (expertId: string, token: string, position: string) =>
    read(t, token, `/v1/experts/${expertId}/schedule?from=2026-03-02T00:00:00Z&to=2026-03-16T00:00:00Z`, position);

  it('runs from the clinician’s request to an opinion signed by the expert who gave it', async () => {
    const { tokens } = network;

    const requested = await t.http
      .post('/v1/consultations')
      .set('Authorization', `Bearer ${tokens.clinician}`)
      .send({
        partnershipId: network.partnershipId,
        specialty: 'cardiology',
        urgency: 'urgent',
        purpose: 'confirm the indication for device therapy',
        caseSummary: 'Female, 61, recurrent syncope; Holter shows intermittent complete AV block.',
        requestedTitle: 'chief-physician',
        patient: { reference: 'KS2-2026-000777', sex: 'female' },
        consent: { medical: true, dataSharing: true },
      });
    expect(requested.status).toBe(201);
    expect(requested.body).toEqual({ id: expect.stringMatching(UUID), position: expect.stringMatching(POSITION) });
    const { id } = requested.body;

    const asRequested = await consultation(id, requested.body.position);
    expect(asRequested.status).toBe(200);
    expect(asRequested.body).toMatchObject({
      id,
      status: 'requested',
      partnershipId: network.partnershipId,
      pairingId: network.pairingId,
      requestingHospitalId: network.receivingHospitalId,
      givingHospitalId: network.givingHospitalId,
      urgency: 'urgent',
      patient: { reference: 'KS2-2026-000777', sex: 'female' },
      requestedAt: '2026-03-02T00:00:00.000Z',
    });

    t.clock.advance(30 * 60_000);
    const accepted = await created(t, tokens.chiefExpert, `/v1/consultations/${id}/accept`);
    expect(accepted.id).toBe(id);
    expect((await consultation(id, accepted.position)).body).toMatchObject({ status: 'accepted', expertId: network.chiefExpertId });

    // 10:00–11:00 Beijing time on Tuesday: inside the working hours of both hospitals.
    const scheduled = await created(t, tokens.chiefExpert, `/v1/consultations/${id}/schedule`, hourFrom('2026-03-03T02:00:00Z'));
    expect(scheduled.warnings).toEqual([]);
    expect((await consultation(id, scheduled.position)).body).toMatchObject({
      status: 'scheduled',
      slot: { start: '2026-03-03T02:00:00.000Z', end: '2026-03-03T03:00:00.000Z' },
    });

    const rescheduled = await created(t, tokens.chiefExpert, `/v1/consultations/${id}/schedule`, {
      start: '2026-03-04T11:00:00+08:00',
      end: '2026-03-04T12:00:00+08:00',
    });
    expect((await consultation(id, rescheduled.position)).body).toMatchObject({
      status: 'scheduled',
      slot: { start: '2026-03-04T03:00:00.000Z', end: '2026-03-04T04:00:00.000Z' },
      rescheduleCount: 1,
    });

    t.clock.set('2026-03-04T03:00:00Z');
    const started = await created(t, tokens.chiefExpert, `/v1/consultations/${id}/start`);
    expect((await consultation(id, started.position)).body).toMatchObject({ status: 'in-progress', startedAt: '2026-03-04T03:00:00.000Z' });

    t.clock.set('2026-03-04T03:50:00Z');
    const signed = await created(t, tokens.chiefExpert, `/v1/consultations/${id}/opinion`, {
      opinion: 'Symptomatic high-grade AV block: dual-chamber pacemaker indicated.',
      recommendations: 'Refer for implantation; review in 3 months.',
    });

    const completed = await consultation(id, signed.position);
    expect(completed.body).toMatchObject({
      status: 'completed',
      opinion: 'Symptomatic high-grade AV block: dual-chamber pacemaker indicated.',
      recommendations: 'Refer for implantation; review in 3 months.',
      signedBy: network.chiefExpertId,
      completedAt: '2026-03-04T03:50:00.000Z',
    });
    // Both hospitals keep the record: the signing expert reads the same report.
    expect((await consultation(id, signed.position, tokens.chiefExpert)).body).toMatchObject({
      status: 'completed',
      signedBy: network.chiefExpertId,
    });
  });

  it('a rescheduled consultation holds only its new slot in the expert’s calendar', async () => {
    t.clock.set('2026-03-02T00:00:00Z');
    const { id } = await scheduledConsultation(t, network, hourFrom('2026-03-05T02:00:00Z'), network.tokens.attendingExpert);
    const moved = await created(t, network.tokens.attendingExpert, `/v1/consultations/${id}/schedule`, hourFrom('2026-03-05T06:00:00Z'));

    const schedule = await expertSchedule(network.attendingExpertId, network.tokens.attendingExpert, moved.position);
    expect(schedule.status).toBe(200);
    const bookings = schedule.body.bookings.filter((booking: { bookingId: string }) => booking.bookingId === id);
    expect(bookings).toEqual([expect.objectContaining({ start: '2026-03-05T06:00:00.000Z', end: '2026-03-05T07:00:00.000Z' })]);
  });

  it('an expert declines with a reason from the list and in words, which the clinician reads', async () => {
    t.clock.set('2026-03-02T01:00:00Z');
    const { id } = await requestConsultation(t, network);

    const declined = await created(t, network.tokens.attendingExpert, `/v1/consultations/${id}/decline`, {
      reasonCode: 'capacity',
      reason: 'no electrophysiologist is available this week; please ask again on Monday',
    });

    expect(declined.id).toBe(id);
    expect((await consultation(id, declined.position)).body).toMatchObject({
      status: 'declined',
      declineReasonCode: 'capacity',
      declineReason: 'no electrophysiologist is available this week; please ask again on Monday',
      declinedAt: '2026-03-02T01:00:00.000Z',
      expertId: null,
    });
  });

  it('a scheduled consultation cancelled by the clinician frees the expert’s slot for another consultation', async () => {
    t.clock.set('2026-03-02T02:00:00Z');
    const slot = hourFrom('2026-03-06T02:00:00Z');
    const { id } = await scheduledConsultation(t, network, slot);

    const cancelled = await created(t, network.tokens.clinician, `/v1/consultations/${id}/cancel`, {
      reason: 'the patient was transferred to Urumqi',
    });

    expect((await consultation(id, cancelled.position)).body).toMatchObject({
      status: 'cancelled',
      cancelReason: 'the patient was transferred to Urumqi',
      cancelledAt: '2026-03-02T02:00:00.000Z',
    });
    const freed = await expertSchedule(network.chiefExpertId, network.tokens.chiefExpert, cancelled.position);
    expect(freed.body.bookings.map((booking: { bookingId: string }) => booking.bookingId)).not.toContain(id);

    const next = await acceptedConsultation(t, network);
    const rebooked = await t.http
      .post(`/v1/consultations/${next.id}/schedule`)
      .set('Authorization', `Bearer ${network.tokens.chiefExpert}`)
      .send(slot);
    expect(rebooked.status).toBe(201);
    const calendar = await expertSchedule(network.chiefExpertId, network.tokens.chiefExpert, rebooked.body.position);
    expect(calendar.body.bookings).toEqual(
      expect.arrayContaining([expect.objectContaining({ bookingId: next.id, start: slot.start, end: slot.end })]),
    );
  });
});
