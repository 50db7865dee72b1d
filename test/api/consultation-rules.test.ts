import { randomUUID } from 'node:crypto';
import { consultationRequest, created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import {
  acceptedConsultation,
  completedConsultation,
  hourFrom,
  post,
  read,
  requestConsultation,
  scheduledConsultation,
} from '../support/consultation-steps';
import { withContendedAppends } from '../support/contended-appends';
import { expectProblem, withoutWriting } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

describe('the rules a consultation follows', () => {
  let t: TestApp;
  let network: SeededNetwork;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-02T00:00:00Z' });
    network = await seedNetwork(t);
  });

  afterAll(() => t.close());

  /** The consultation as the requesting clinician reads it, after every write so far. */
  const status = async (id: string) =>
    (await read(t, network.tokens.clinician, `/v1/consultations/${id}`, String(await t.eventCount()))).body;

  /** The expert's bookings on one UTC day, after every write so far. */
  const bookingsOf = async (expertId: string, token: string, day: string) => {
    const range = `from=${day}T00:00:00Z&to=${day}T23:59:59Z`;
    const schedule = await read(t, token, `/v1/experts/${expertId}/schedule?${range}`, String(await t.eventCount()));
    expect(schedule.status).toBe(200);
    return schedule.body.bookings as Array<{ bookingId: string; start: string; end: string }>;
  };

  describe('an expert is never double-booked', () => {
    it('an expert cannot be booked into two overlapping consultations', async () => {
      const { chiefExpert } = network.tokens;
      const first = await scheduledConsultation(t, network, hourFrom('2026-03-09T02:00:00Z'));
      const second = await acceptedConsultation(t, network);

      const clash = await withoutWriting(t, () =>
        post(t, chiefExpert, `/v1/consultations/${second.id}/schedule`, hourFrom('2026-03-09T02:30:00Z')),
      );

      expectProblem(clash, 409, 'double-booking');
      expect(await status(second.id)).toMatchObject({ status: 'accepted', slot: null });
      expect((await bookingsOf(network.chiefExpertId, chiefExpert, '2026-03-09')).map((booking) => booking.bookingId)).toEqual([first.id]);
    });

    it('rescheduling onto another of the expert’s bookings is a double booking as well', async () => {
      const { chiefExpert } = network.tokens;
      await scheduledConsultation(t, network, hourFrom('2026-03-10T02:00:00Z'));
      const other = await scheduledConsultation(t, network, hourFrom('2026-03-10T06:00:00Z'));

      const clash = await withoutWriting(t, () =>
        post(t, chiefExpert, `/v1/consultations/${other.id}/schedule`, hourFrom('2026-03-10T01:30:00Z')),
      );

      expectProblem(clash, 409, 'double-booking');
      expect((await status(other.id)).slot).toEqual({ start: '2026-03-10T06:00:00.000Z', end: '2026-03-10T07:00:00.000Z' });
    });

    it('a consultation may begin the moment the expert’s previous one ends', async () => {
      await scheduledConsultation(t, network, hourFrom('2026-03-11T02:00:00Z'));
      const next = await acceptedConsultation(t, network);

      const booked = await post(t, network.tokens.chiefExpert, `/v1/consultations/${next.id}/schedule`, hourFrom('2026-03-11T03:00:00Z'));

      expect(booked.status).toBe(201);
    });

    it('moving a consultation by half an hour does not clash with its own booking', async () => {
      const { id } = await scheduledConsultation(t, network, hourFrom('2026-03-12T02:00:00Z'));

      const moved = await post(t, network.tokens.chiefExpert, `/v1/consultations/${id}/schedule`, hourFrom('2026-03-12T02:30:00Z'));

      expect(moved.status).toBe(201);
      expect(await bookingsOf(network.chiefExpertId, network.tokens.chiefExpert, '2026-03-12')).toEqual([
        expect.objectContaining({ bookingId: id, start: '2026-03-12T02:30:00.000Z', end: '2026-03-12T03:30:00.000Z' }),
      ]);
    });

    it('of two overlapping bookings made at the same moment, exactly one is accepted', async () => {
      const { attendingExpert } = network.tokens;
      const first = await acceptedConsultation(t, network, attendingExpert);
      const second = await acceptedConsultation(t, network, attendingExpert);
      const before = await t.eventCount();

      const { result: answers, appendAttempts } = await withContendedAppends(t, 2, () =>
        Promise.all([
          post(t, attendingExpert, `/v1/consultations/${first.id}/schedule`, hourFrom('2026-03-13T02:00:00Z')),
          post(t, attendingExpert, `/v1/consultations/${second.id}/schedule`, hourFrom('2026-03-13T02:30:00Z')),
        ]),
      );

      // Both requests found the calendar free and tried to write; the log let only one through. (A
      // store without multi-stream transactions appends the calendar and the case one by one.)
      expect(appendAttempts).toBeGreaterThanOrEqual(2);
      expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
      const [winner, loser] = answers[0].status === 201 ? [first, second] : [second, first];
      expectProblem(answers.find((answer) => answer.status === 409)!, 409, 'double-booking');
      const bookings = await bookingsOf(network.attendingExpertId, attendingExpert, '2026-03-13');
      expect(bookings.map((booking) => booking.bookingId)).toEqual([winner.id]);
      expect(await status(loser.id)).toMatchObject({ status: 'accepted', slot: null });
      // The winner wrote its consultation event and its calendar event; the loser wrote nothing.
      expect(await t.eventCount()).toBe(before + 2);
    });
  });

  it('a consultation cancelled while it is being scheduled leaves no booking in the expert’s calendar', async () => {
    const { id } = await acceptedConsultation(t, network);

    const { result: [scheduled, cancelled], appendAttempts } = await withContendedAppends(t, 2, () =>
      Promise.all([
        post(t, network.tokens.chiefExpert, `/v1/consultations/${id}/schedule`, hourFrom('2026-03-14T02:00:00Z')),
        post(t, network.tokens.clinician, `/v1/consultations/${id}/cancel`, { reason: 'the patient was discharged' }),
      ]),
    );

    expect(appendAttempts).toBeGreaterThanOrEqual(2);
    expect(cancelled.status).toBe(201);
    expect([201, 409]).toContain(scheduled.status);
    expect((await status(id)).status).toBe('cancelled');
    expect(await bookingsOf(network.chiefExpertId, network.tokens.chiefExpert, '2026-03-14')).toEqual([]);
  });

  describe('a consultation is requested and answered only where the partnership allows it', () => {
    it('a request names a specialty a department pairing of the partnership covers', async () => {
      const refused = await withoutWriting(t, () =>
        post(t, network.tokens.clinician, '/v1/consultations', consultationRequest(network, { specialty: 'neurosurgery' })),
      );

      expectProblem(refused, 409, 'specialty-not-covered');
    });

    it('no consultation can be requested under a partnership that does not exist', async () => {
      const refused = await withoutWriting(t, () =>
        post(t, network.tokens.clinician, '/v1/consultations', consultationRequest(network, { partnershipId: randomUUID() })),
      );

      expectProblem(refused, 400, 'unknown-partnership', ['partnershipId']);
    });

    it('no consultation can be requested once the partnership has expired', async () => {
      t.clock.set('2028-01-01T00:00:00Z'); // the partnership ran until 31 December 2027
      try {
        const refused = await withoutWriting(t, () => post(t, network.tokens.clinician, '/v1/consultations', consultationRequest(network)));

        expectProblem(refused, 409, 'partnership-inactive');
      } finally {
        t.clock.set('2026-03-02T00:00:00Z');
      }
    });

    it('an attending physician cannot take a request for a chief physician', async () => {
      const { id } = await requestConsultation(t, network, { requestedTitle: 'chief-physician' });

      const refused = await withoutWriting(t, () => post(t, network.tokens.attendingExpert, `/v1/consultations/${id}/accept`));

      expectProblem(refused, 409, 'title-below-requested');
      expect(await created(t, network.tokens.chiefExpert, `/v1/consultations/${id}/accept`)).toMatchObject({ id });
    });
  });

  describe('a consultation moves only along its lifecycle', () => {
    it('a consultation cannot start before it is scheduled', async () => {
      const { id } = await acceptedConsultation(t, network);

      const refused = await withoutWriting(t, () => post(t, network.tokens.chiefExpert, `/v1/consultations/${id}/start`));

      expectProblem(refused, 409, 'illegal-transition');
      expect((await status(id)).status).toBe('accepted');
    });

    it('an opinion cannot be signed before the consultation has started', async () => {
      const { id } = await scheduledConsultation(t, network, hourFrom('2026-03-16T02:00:00Z'));

      const refused = await withoutWriting(t, () =>
        post(t, network.tokens.chiefExpert, `/v1/consultations/${id}/opinion`, { opinion: 'Premature.' }),
      );

      expectProblem(refused, 409, 'illegal-transition');
      expect(await status(id)).toMatchObject({ status: 'scheduled', opinion: null, signedBy: null });
    });

    it('a consultation cannot be accepted twice', async () => {
      const { id } = await acceptedConsultation(t, network, network.tokens.chiefExpert);

      const again = await withoutWriting(t, () => post(t, network.tokens.chiefExpert, `/v1/consultations/${id}/accept`));
      const byColleague = await withoutWriting(t, () => post(t, network.tokens.attendingExpert, `/v1/consultations/${id}/accept`));

      expectProblem(again, 409, 'illegal-transition');
      expectProblem(byColleague, 409, 'illegal-transition');
      expect((await status(id)).expertId).toBe(network.chiefExpertId);
    });

    it('of two experts accepting the same request at the same moment, exactly one is assigned', async () => {
      const { id } = await requestConsultation(t, network);

      const { result: answers, appendAttempts } = await withContendedAppends(t, 2, () =>
        Promise.all([
          post(t, network.tokens.chiefExpert, `/v1/consultations/${id}/accept`),
          post(t, network.tokens.attendingExpert, `/v1/consultations/${id}/accept`),
        ]),
      );

      expect(appendAttempts).toBe(2);
      expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
      expectProblem(answers.find((answer) => answer.status === 409)!, 409, 'illegal-transition');
      const winner = answers[0].status === 201 ? network.chiefExpertId : network.attendingExpertId;
      expect(await status(id)).toMatchObject({ status: 'accepted', expertId: winner });
    });

    it('a declined consultation cannot be accepted afterwards', async () => {
      const { id } = await requestConsultation(t, network);
      await created(t, network.tokens.attendingExpert, `/v1/consultations/${id}/decline`, { reasonCode: 'capacity', reason: 'on leave' });

      const refused = await withoutWriting(t, () => post(t, network.tokens.chiefExpert, `/v1/consultations/${id}/accept`));

      expectProblem(refused, 409, 'illegal-transition');
    });

    it('a completed consultation cannot be cancelled: the signed opinion stands', async () => {
      const { id } = await completedConsultation(t, network, hourFrom('2026-03-17T02:00:00Z'));

      const byClinician = await withoutWriting(t, () =>
        post(t, network.tokens.clinician, `/v1/consultations/${id}/cancel`, { reason: 'changed our mind' }),
      );
      const byCoordinator = await withoutWriting(t, () =>
        post(t, network.tokens.coordinator, `/v1/consultations/${id}/cancel`, { reason: 'tidying up' }),
      );

      expectProblem(byClinician, 409, 'illegal-transition');
      expectProblem(byCoordinator, 409, 'illegal-transition');
      expect(await status(id)).toMatchObject({ status: 'completed', signedBy: network.chiefExpertId, cancelledAt: null });
    });
  });
});
