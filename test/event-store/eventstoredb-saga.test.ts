import { expertStreamId } from '@telemed/domain/expert';
import type { RecordedEvent } from '@telemed/event-store';
import { seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { acceptedConsultation, hourFrom, post, read, scheduledConsultation } from '../support/consultation-steps';
import { expectProblem } from '../support/problem';
import { type EventStoreDbTestApp, startEventStoreDbTestApp } from '../support/eventstoredb/eventstoredb-test-app';

/**
 * EventStoreDB cannot append an expert's calendar and a consultation in one transaction. These
 * specifications hold the booking rules to the saga that replaces it (UnitOfWork.commit): the
 * calendar is written first, with the revision it was read at, and undone if the consultation
 * cannot follow.
 */
describe('no expert is double-booked on EventStoreDB, which has no multi-stream transactions', () => {
  let t: EventStoreDbTestApp;
  let network: SeededNetwork;

  beforeAll(async () => {
    t = await startEventStoreDbTestApp({ now: '2026-03-02T00:00:00Z' });
    network = await seedNetwork(t);
  });

  afterAll(() => t.close());

  const caughtUp = async () => String(await t.store.headPosition());

  /** The consultation as the requesting clinician reads it, after every write so far. */
  const consultation = async (id: string) => (await read(t, network.tokens.clinician, `/v1/consultations/${id}`, await caughtUp())).body;

  /** The chief physician's bookings on one UTC day, after every write so far. */
  const bookingsOn = async (day: string) => {
    const range = `from=${day}T00:00:00Z&to=${day}T23:59:59Z`;
    const schedule = await read(t, network.tokens.chiefExpert, `/v1/experts/${network.chiefExpertId}/schedule?${range}`, await caughtUp());
    expect(schedule.status).toBe(200);
    return schedule.body.bookings as Array<{ bookingId: string; start: string; end: string }>;
  };

  /** Everything the chief physician's calendar stream ever recorded about one booking. */
  const calendarHistoryOf = async (bookingId: string) =>
    (await t.store.readStream(expertStreamId(network.chiefExpertId)))
      .filter((event: RecordedEvent) => (event.data as { bookingId?: string }).bookingId === bookingId)
      .map((event) => ({ type: event.type, ...(event.data as { reason?: string; start?: string }) }));

  it('the application’s store, through every wrapper, tells the unit of work it has no multi-stream transaction', () => {
    expect(t.store.supportsAtomicMultiStreamAppend).toBe(false);
  });

  it('of two consultations scheduled at once into overlapping slots of one expert, exactly one is booked', async () => {
    const first = await acceptedConsultation(t, network);
    const second = await acceptedConsultation(t, network);

    // Both requests read the calendar before either writes it: the race a deployment sees.
    t.faults.raceNextAppends('expert-', 2);
    const answers = await Promise.all([
      post(t, network.tokens.chiefExpert, `/v1/consultations/${first.id}/schedule`, hourFrom('2026-03-03T02:00:00Z')),
      post(t, network.tokens.chiefExpert, `/v1/consultations/${second.id}/schedule`, hourFrom('2026-03-03T02:30:00Z')),
    ]);

    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    expectProblem(answers.find((answer) => answer.status === 409)!, 409, 'double-booking');
    const [winner, loser] = answers[0].status === 201 ? [first, second] : [second, first];
    expect((await bookingsOn('2026-03-03')).map((booking) => booking.bookingId)).toEqual([winner.id]);
    expect(await consultation(winner.id)).toMatchObject({ status: 'scheduled' });
    expect(await consultation(loser.id)).toMatchObject({ status: 'accepted', slot: null });
    // The loser's calendar append was refused outright: it never held the slot, not even for a moment.
    expect(await calendarHistoryOf(loser.id)).toEqual([]);
  });

  it('a booking whose consultation cannot be recorded is released again, so nothing is left half-booked', async () => {
    const { id } = await acceptedConsultation(t, network);

    t.faults.failNextAppend('consultation-', new Error('the disk is full'));
    const answer = await post(t, network.tokens.chiefExpert, `/v1/consultations/${id}/schedule`, hourFrom('2026-03-04T02:00:00Z'));

    expect(answer.status).toBe(500);
    expect(await consultation(id)).toMatchObject({ status: 'accepted', slot: null });
    expect(await bookingsOn('2026-03-04')).toEqual([]);
    expect(await calendarHistoryOf(id)).toEqual([
      expect.objectContaining({ type: 'ExpertBooked', start: '2026-03-04T02:00:00.000Z' }),
      expect.objectContaining({
        type: 'ExpertBookingReleased',
        reason: `compensation: consultation-${id} was not written (the disk is full)`,
      }),
    ]);
    // The slot is free again for the next consultation.
    const next = await acceptedConsultation(t, network);
    expect((await post(t, network.tokens.chiefExpert, `/v1/consultations/${next.id}/schedule`, hourFrom('2026-03-04T02:00:00Z'))).status).toBe(201);
  });

  it('a move whose consultation cannot be recorded is moved back to the slot the consultation still holds', async () => {
    const { id } = await scheduledConsultation(t, network, hourFrom('2026-03-05T02:00:00Z'));

    t.faults.failNextAppend('consultation-', new Error('the disk is full'));
    const answer = await post(t, network.tokens.chiefExpert, `/v1/consultations/${id}/schedule`, hourFrom('2026-03-05T06:00:00Z'));

    expect(answer.status).toBe(500);
    expect(await consultation(id)).toMatchObject({ status: 'scheduled', slot: { start: '2026-03-05T02:00:00.000Z' } });
    expect(await bookingsOn('2026-03-05')).toEqual([expect.objectContaining({ bookingId: id, start: '2026-03-05T02:00:00.000Z' })]);
    expect((await calendarHistoryOf(id)).map((event) => [event.type, event.start])).toEqual([
      ['ExpertBooked', '2026-03-05T02:00:00.000Z'],
      ['ExpertBookingMoved', '2026-03-05T06:00:00.000Z'],
      ['ExpertBookingMoved', '2026-03-05T02:00:00.000Z'],
    ]);
  });

  it('a consultation cancelled while it is being scheduled leaves no booking in the expert’s calendar', async () => {
    const { id } = await acceptedConsultation(t, network);

    t.faults.raceNextAppends('', 2);
    const [scheduled, cancelled] = await Promise.all([
      post(t, network.tokens.chiefExpert, `/v1/consultations/${id}/schedule`, hourFrom('2026-03-06T02:00:00Z')),
      post(t, network.tokens.clinician, `/v1/consultations/${id}/cancel`, { reason: 'the patient was discharged' }),
    ]);

    expect(cancelled.status).toBe(201);
    expect([201, 409]).toContain(scheduled.status);
    expect(await consultation(id)).toMatchObject({ status: 'cancelled' });
    expect(await bookingsOn('2026-03-06')).toEqual([]);
  });
});
