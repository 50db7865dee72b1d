import { created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { acceptedConsultation, hourFrom, post, read, requestConsultation, scheduledConsultation } from '../support/consultation-steps';
import { expectProblem, withoutWriting } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

type Booking = { bookingId: string; start: string; end: string };

describe('who takes a consultation, and when its session really took place', () => {
  let t: TestApp;
  let network: SeededNetwork;
  /** A radiologist of the giving hospital: not a cardiologist, and not of the cardiology pairing. */
  let radiologist: string;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-02T00:00:00Z' });
    network = await seedNetwork(t);
    const { coordinator } = network.tokens;
    const radiology = await created(t, coordinator, `/v1/hospitals/${network.givingHospitalId}/departments`, {
      name: 'Department of Radiology',
      specialty: 'radiology',
    });
    const expert = await created(t, coordinator, '/v1/experts', {
      name: 'Dr. Zhou Min',
      hospitalId: network.givingHospitalId,
      departmentId: radiology.id,
      specialty: 'radiology',
      title: 'chief-physician',
      licensedSince: '2010-09-01',
    });
    radiologist = await t.token('expert', expert.id, network.givingHospitalId);
  });

  afterAll(() => t.close());

  const status = async (id: string) =>
    (await read(t, network.tokens.clinician, `/v1/consultations/${id}`, String(await t.eventCount()))).body;

  const bookingsOf = async (expertId: string, from: string, to: string): Promise<Booking[]> => {
    const schedule = await read(t, network.tokens.coordinator, `/v1/experts/${expertId}/schedule?from=${from}&to=${to}`, String(await t.eventCount()));
    expect(schedule.status).toBe(200);
    return schedule.body.bookings;
  };

  describe('an expert accepts only work of their specialty', () => {
    it('a radiologist cannot accept a cardiology consultation, and sees none of its patient', async () => {
      t.clock.set('2026-03-02T00:00:00Z');
      const { id } = await requestConsultation(t, network);

      const refused = await withoutWriting(t, () => post(t, radiologist, `/v1/consultations/${id}/accept`));

      expectProblem(refused, 409, 'outside-specialty');
      expect(await status(id)).toMatchObject({ status: 'requested', expertId: null });
    });

    it('a cardiologist of the giving hospital accepts it', async () => {
      t.clock.set('2026-03-02T00:00:00Z');
      const { id } = await requestConsultation(t, network);

      expect((await post(t, network.tokens.chiefExpert, `/v1/consultations/${id}/accept`)).status).toBe(201);
    });
  });

  describe('a refusal says whether it is the state or the role', () => {
    it('scheduling a consultation not accepted yet is refused because it must be accepted first', async () => {
      t.clock.set('2026-03-02T00:00:00Z');
      const { id } = await requestConsultation(t, network);

      const refused = await withoutWriting(t, () => post(t, network.tokens.chiefExpert, `/v1/consultations/${id}/schedule`, hourFrom('2026-03-04T02:00:00Z')));

      expectProblem(refused, 409, 'illegal-transition');
      expect(refused.body.detail).toMatch(/must be accepted first/);
    });

    it('starting a consultation not scheduled yet is refused because it must be scheduled first', async () => {
      t.clock.set('2026-03-02T00:00:00Z');
      const { id } = await requestConsultation(t, network);

      const refused = await withoutWriting(t, () => post(t, network.tokens.chiefExpert, `/v1/consultations/${id}/start`));

      expectProblem(refused, 409, 'illegal-transition');
    });

    it('an expert who was not assigned cannot schedule an accepted consultation', async () => {
      t.clock.set('2026-03-02T00:00:00Z');
      const { id } = await acceptedConsultation(t, network);

      const refused = await withoutWriting(t, () => post(t, network.tokens.attendingExpert, `/v1/consultations/${id}/schedule`, hourFrom('2026-03-04T02:00:00Z')));

      expectProblem(refused, 403);
    });
  });

  describe('a booking says when the session really took place', () => {
    it('a consultation started and completed two days early frees its slot for another consultation', async () => {
      t.clock.set('2026-03-02T00:00:00Z');
      const { id } = await scheduledConsultation(t, network, hourFrom('2026-03-07T02:00:00Z'));

      t.clock.set('2026-03-05T02:00:00Z');
      expect((await post(t, network.tokens.chiefExpert, `/v1/consultations/${id}/start`)).status).toBe(201);
      expect(await bookingsOf(network.chiefExpertId, '2026-03-05T00:00:00Z', '2026-03-08T00:00:00Z')).toEqual([
        expect.objectContaining({ bookingId: id, start: '2026-03-05T02:00:00.000Z', end: '2026-03-05T03:00:00.000Z' }),
      ]);
      t.clock.set('2026-03-05T02:25:00Z');
      await created(t, network.tokens.chiefExpert, `/v1/consultations/${id}/opinion`, { opinion: 'Continue beta-blockade.' });

      expect(await bookingsOf(network.chiefExpertId, '2026-03-05T00:00:00Z', '2026-03-08T00:00:00Z')).toEqual([
        expect.objectContaining({ bookingId: id, start: '2026-03-05T02:00:00.000Z', end: '2026-03-05T02:25:00.000Z' }),
      ]);
      const later = await acceptedConsultation(t, network);
      expect((await post(t, network.tokens.chiefExpert, `/v1/consultations/${later.id}/schedule`, hourFrom('2026-03-07T02:00:00Z'))).status).toBe(201);
    });

    it('starting early is refused when the session would collide with another of the expert’s bookings', async () => {
      t.clock.set('2026-03-02T00:00:00Z');
      const { id } = await scheduledConsultation(t, network, hourFrom('2026-03-10T04:00:00Z'), network.tokens.attendingExpert);
      const other = await scheduledConsultation(t, network, hourFrom('2026-03-09T02:30:00Z'), network.tokens.attendingExpert);

      t.clock.set('2026-03-09T02:00:00Z');
      const refused = await withoutWriting(t, () => post(t, network.tokens.attendingExpert, `/v1/consultations/${id}/start`));

      expectProblem(refused, 409, 'double-booking');
      expect(await status(id)).toMatchObject({ status: 'scheduled' });
      expect((await bookingsOf(network.attendingExpertId, '2026-03-09T00:00:00Z', '2026-03-11T00:00:00Z')).map((booking) => booking.bookingId)).toEqual([
        other.id,
        id,
      ]);
    });

    it('a consultation cancelled while in progress frees the rest of its booking', async () => {
      t.clock.set('2026-03-02T00:00:00Z');
      const { id } = await scheduledConsultation(t, network, hourFrom('2026-03-12T02:00:00Z'));
      t.clock.set('2026-03-12T02:00:00Z');
      await created(t, network.tokens.chiefExpert, `/v1/consultations/${id}/start`);

      t.clock.set('2026-03-12T02:10:00Z');
      await created(t, network.tokens.clinician, `/v1/consultations/${id}/cancel`, { reason: 'the video link failed' });

      expect(await bookingsOf(network.chiefExpertId, '2026-03-12T00:00:00Z', '2026-03-13T00:00:00Z')).toEqual([
        expect.objectContaining({ bookingId: id, start: '2026-03-12T02:00:00.000Z', end: '2026-03-12T02:10:00.000Z' }),
      ]);
    });
  });
});
