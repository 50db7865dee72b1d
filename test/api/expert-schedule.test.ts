import { created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { acceptedConsultation, hourFrom, read } from '../support/consultation-steps';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

interface LocalSlot {
  hospitalId: string;
  timezone: string;
  start: string;
  end: string;
}

interface Booking {
  bookingId: string;
  activity: string;
  start: string;
  end: string;
  expertLocal: LocalSlot;
  counterpartLocal: LocalSlot | null;
  warnings: string[];
}

const SHANGHAI = 'Shanghai Renji Hospital';
const KASHGAR = "Kashgar No. 2 People's Hospital";

describe('an expert’s calendar, in the time of both hospitals', () => {
  let t: TestApp;
  let network: SeededNetwork;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-02T00:00:00Z' }); // Monday 08:00 in Beijing
    network = await seedNetwork(t);
  });

  afterAll(() => t.close());

  /** The chief physician's calendar for one Beijing-time day, read at least at `position`. */
  const calendarOn = (day: string, token = network.tokens.chiefExpert, position?: string) => {
    const range = new URLSearchParams({ from: `${day}T00:00:00+08:00`, to: `${day}T23:59:59+08:00` });
    return read(t, token, `/v1/experts/${network.chiefExpertId}/schedule?${range}`, position);
  };

  const beijingDayOf = (instant: string) => new Date(Date.parse(instant) + 8 * 3_600_000).toISOString().slice(0, 10);

  /** Schedules a new consultation of the chief physician and answers the booking as the calendar shows it. */
  async function book(slot: { start: string; end: string }) {
    const { id } = await acceptedConsultation(t, network);
    const scheduled = await created(t, network.tokens.chiefExpert, `/v1/consultations/${id}/schedule`, slot);
    const calendar = await calendarOn(beijingDayOf(slot.start), network.tokens.chiefExpert, scheduled.position);
    expect(calendar.status).toBe(200);
    const booking = (calendar.body.bookings as Booking[]).find((entry) => entry.bookingId === id);
    expect(booking).toBeDefined();
    return { id, warnings: scheduled.warnings as string[], booking: booking!, calendar: calendar.body };
  }

  it('shows a booking in the expert’s and the requesting hospital’s local time, both on Beijing time', async () => {
    const { id, booking, calendar, warnings } = await book(hourFrom('2026-03-03T02:00:00Z'));

    expect(calendar.timezone).toBe('Asia/Shanghai');
    expect(booking).toEqual({
      bookingId: id,
      activity: 'consultation',
      start: '2026-03-03T02:00:00.000Z',
      end: '2026-03-03T03:00:00.000Z',
      expertLocal: {
        hospitalId: network.givingHospitalId,
        timezone: 'Asia/Shanghai',
        start: '2026-03-03T10:00:00+08:00',
        end: '2026-03-03T11:00:00+08:00',
      },
      // Kashgar keeps Beijing time (UTC+8), not the unofficial Xinjiang time of Asia/Urumqi (UTC+6).
      counterpartLocal: {
        hospitalId: network.receivingHospitalId,
        timezone: 'Asia/Shanghai',
        start: '2026-03-03T10:00:00+08:00',
        end: '2026-03-03T11:00:00+08:00',
      },
      warnings: [],
    });
    expect(warnings).toEqual([]);
  });

  it('warns about both hospitals when a slot falls at 20:00 Beijing time, after both have closed', async () => {
    const { booking, warnings } = await book({ start: '2026-03-04T20:00:00+08:00', end: '2026-03-04T21:00:00+08:00' });

    expect(booking.expertLocal).toMatchObject({ start: '2026-03-04T20:00:00+08:00', end: '2026-03-04T21:00:00+08:00' });
    expect(booking.counterpartLocal).toMatchObject({ start: '2026-03-04T20:00:00+08:00', end: '2026-03-04T21:00:00+08:00' });
    expect(booking.warnings).toHaveLength(2);
    expect(booking.warnings).toEqual(
      expect.arrayContaining([expect.stringContaining(SHANGHAI), expect.stringContaining(KASHGAR)]),
    );
    expect(warnings).toEqual(booking.warnings);
  });

  it('warns only about Kashgar when a slot at 09:00 Beijing time starts before Kashgar opens at 09:30', async () => {
    const { booking, warnings } = await book(hourFrom('2026-03-05T01:00:00Z'));

    expect(booking.warnings).toEqual([expect.stringContaining(KASHGAR)]);
    expect(booking.warnings[0]).toContain('09:30');
    expect(warnings).toEqual(booking.warnings);
  });

  it('warns about both hospitals when a late slot ends exactly at midnight Beijing time', async () => {
    const { booking, warnings } = await book({ start: '2026-03-07T23:00:00+08:00', end: '2026-03-08T00:00:00+08:00' });

    expect(booking.expertLocal).toMatchObject({ start: '2026-03-07T23:00:00+08:00', end: '2026-03-08T00:00:00+08:00' });
    expect(booking.warnings).toEqual(
      expect.arrayContaining([expect.stringContaining(SHANGHAI), expect.stringContaining(KASHGAR)]),
    );
    expect(warnings).toEqual(booking.warnings);
  });

  it('lists the free time the expert published around their bookings, in local time', async () => {
    const published = await created(t, network.tokens.chiefExpert, `/v1/experts/${network.chiefExpertId}/availability`, {
      slots: [{ start: '2026-03-06T01:00:00Z', end: '2026-03-06T04:00:00Z' }],
    });
    await book(hourFrom('2026-03-06T02:00:00Z'));

    const calendar = await calendarOn('2026-03-06', network.tokens.chiefExpert, published.position);

    const free = calendar.body.freeSlots.map((slot: { start: string; end: string; expertLocal: LocalSlot }) => ({
      start: new Date(slot.start).toISOString(),
      end: new Date(slot.end).toISOString(),
      localStart: slot.expertLocal.start,
    }));
    expect(free).toEqual([
      { start: '2026-03-06T01:00:00.000Z', end: '2026-03-06T02:00:00.000Z', localStart: '2026-03-06T09:00:00+08:00' },
      { start: '2026-03-06T03:00:00.000Z', end: '2026-03-06T04:00:00.000Z', localStart: '2026-03-06T11:00:00+08:00' },
    ]);
  });

  describe('who may read it', () => {
    it('the coordinator and the auditor may', async () => {
      expect((await calendarOn('2026-03-03', network.tokens.coordinator)).status).toBe(200);
      expect((await calendarOn('2026-03-03', network.tokens.auditor)).status).toBe(200);
    });

    it('a colleague of the expert may not: 403', async () => {
      expectProblem(await calendarOn('2026-03-03', network.tokens.attendingExpert), 403);
    });

    it('a clinician may not: 403', async () => {
      expectProblem(await calendarOn('2026-03-03', network.tokens.clinician), 403, 'role-not-allowed');
    });
  });
});
