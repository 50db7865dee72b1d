import ICAL from 'ical.js';
import { agreementTerms, consultationRequest, created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { hourFrom, read, scheduledConsultation } from '../support/consultation-steps';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

const URUMQI = 'Urumqi Friendship Hospital';

/** The wall-clock time of an instant in a zone, worked out by the platform's own time-zone data, not by the feed. */
function wallClock(instant: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((entry) => entry.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

interface FeedEvent {
  uid: string;
  summary: string;
  description: string;
  start: Date;
  end: Date;
  startZone: string;
  startWallClock: string;
}

/** Parses a feed with ical.js, each event's times resolved through the VTIMEZONE the feed carries. */
function parseFeed(text: string): { name: string; timezones: string[]; events: FeedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const timezones = calendar.getAllSubcomponents('vtimezone').map((component) => {
    const zone = new ICAL.Timezone(component);
    ICAL.TimezoneService.register(zone, zone.tzid);
    return zone.tzid;
  });
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const start = event.startDate;
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: start.toJSDate(),
      end: event.endDate.toJSDate(),
      startZone: start.zone?.tzid ?? '',
      startWallClock: `${start.year}-${String(start.month).padStart(2, '0')}-${String(start.day).padStart(2, '0')} ${String(start.hour).padStart(2, '0')}:${String(start.minute).padStart(2, '0')}`,
    };
  });
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname')), timezones, events };
}

describe('calendar feeds of bookings, in both hospitals’ time', () => {
  let t: TestApp;
  let network: SeededNetwork;
  let urumqiHospitalId: string;
  /** Bookings of the chief physician: a consultation for Kashgar (Beijing time) and a training for Urumqi (UTC+6). */
  let consultation: { id: string; slot: { start: string; end: string } };
  let training: { id: string; slot: { start: string; end: string } };
  let position: string;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-02T00:00:00Z' });
    network = await seedNetwork(t);
    const coordinator = network.tokens.coordinator;
    const urumqi = await created(t, coordinator, '/v1/hospitals', { name: URUMQI, region: 'Xinjiang', timezone: 'Asia/Urumqi' });
    urumqiHospitalId = urumqi.id;
    const department = await created(t, coordinator, `/v1/hospitals/${urumqi.id}/departments`, { name: 'Cardiology', specialty: 'cardiology' });
    const partnership = await created(t, coordinator, '/v1/partnerships', {
      givingHospitalId: network.givingHospitalId,
      receivingHospitalId: urumqi.id,
      programme: 'group-aid',
      validFrom: '2025-01-01',
      validUntil: '2027-12-31',
    });
    await created(t, coordinator, `/v1/partnerships/${partnership.id}/pairings`, { givingDepartmentId: network.givingDepartmentId, receivingDepartmentId: department.id });
    await created(t, coordinator, `/v1/partnerships/${partnership.id}/agreements`, agreementTerms(network.givingHospitalId, urumqi.id));

    const consultationSlot = hourFrom('2026-03-03T02:00:00Z');
    const scheduled = await scheduledConsultation(t, network, consultationSlot);
    consultation = { id: scheduled.id, slot: consultationSlot };
    const trainingSlot = hourFrom('2026-03-10T05:30:00Z');
    const planned = await created(t, coordinator, '/v1/training-sessions', {
      partnershipId: partnership.id,
      title: 'Echocardiography for heart failure',
      format: 'lecture',
      ...trainingSlot,
      trainerExpertIds: [network.chiefExpertId],
    });
    training = { id: planned.id, slot: trainingSlot };
    position = planned.position;
    // The schedule read model has applied both bookings once the expert's own schedule shows them.
    const schedule = await read(t, network.tokens.chiefExpert, `/v1/experts/${network.chiefExpertId}/schedule`, position);
    expect(schedule.body.bookings).toHaveLength(2);
  });

  afterAll(() => t.close());

  const subscribe = (token: string, body: object) => t.http.post('/v1/calendar-feeds').set('Authorization', `Bearer ${token}`).send(body);
  const feedPath = (url: string) => new URL(url).pathname;

  async function subscribed(token: string, body: object): Promise<{ id: string; url: string }> {
    const response = await subscribe(token, body);
    expect(response.status).toBe(201);
    return response.body;
  }

  async function feedOf(url: string) {
    const response = await t.http.get(feedPath(url)).buffer(true).parse((res, done) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => done(null, text));
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/calendar/);
    return { text: response.body as string, ...parseFeed(response.body as string) };
  }

  it('gives an expert a feed with every booking at its instant, in Beijing time, with both hospitals’ local times', async () => {
    const { id, url } = await subscribed(network.tokens.chiefExpert, { expertId: network.chiefExpertId });
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);

    const feed = await feedOf(url);
    expect(feed.timezones).toEqual(['Asia/Shanghai']);
    expect(feed.events).toHaveLength(2);
    const eventOf = (bookingId: string) => feed.events.find((event) => event.uid.startsWith(`${bookingId}.`))!;

    for (const [booking, counterpart] of [
      [consultation, { name: "Kashgar No. 2 People's Hospital", timezone: 'Asia/Shanghai' }],
      [training, { name: URUMQI, timezone: 'Asia/Urumqi' }],
    ] as const) {
      const event = eventOf(booking.id);
      expect(event.start.toISOString()).toBe(new Date(booking.slot.start).toISOString());
      expect(event.end.toISOString()).toBe(new Date(booking.slot.end).toISOString());
      expect(event.startZone).toBe('Asia/Shanghai');
      expect(event.startWallClock).toBe(wallClock(booking.slot.start, 'Asia/Shanghai'));
      const span = (timeZone: string) => `${wallClock(booking.slot.start, timeZone)}–${wallClock(booking.slot.end, timeZone).slice(11)}`;
      expect(event.description).toContain(`Shanghai Renji Hospital (Asia/Shanghai): ${span('Asia/Shanghai')}`);
      expect(event.description).toContain(`${counterpart.name} (${counterpart.timezone}): ${span(counterpart.timezone)}`);
    }
    // Urumqi keeps UTC+6: the training at 13:30 in Shanghai is 11:30 there.
    expect(eventOf(training.id).description).toContain(`${URUMQI} (Asia/Urumqi): 2026-03-10 11:30–12:30`);
    expect(eventOf(training.id).summary).toBe(`Training session: Echocardiography for heart failure with ${URUMQI}`);
    expect(eventOf(consultation.id).summary).toBe("Remote consultation with Kashgar No. 2 People's Hospital");
  });

  it('shows nothing of the patient: no reference, no summary, no purpose', async () => {
    const { url } = await subscribed(network.tokens.chiefExpert, { expertId: network.chiefExpertId });
    const { text } = await feedOf(url);
    const request = consultationRequest(network);
    for (const secret of [request.patient.reference, request.caseSummary, request.purpose, 'dyspnoea', 'KS2-']) expect(text).not.toContain(secret);
  });

  it('follows a booking when it moves, as soon as the schedule has applied the move', async () => {
    const { url } = await subscribed(network.tokens.chiefExpert, { expertId: network.chiefExpertId });
    const moved = hourFrom('2026-03-12T04:00:00Z');
    const rescheduled = await created(t, network.tokens.coordinator, `/v1/training-sessions/${training.id}/reschedule`, moved);
    await read(t, network.tokens.chiefExpert, `/v1/experts/${network.chiefExpertId}/schedule`, rescheduled.position);
    const event = (await feedOf(url)).events.find((entry) => entry.uid.startsWith(`${training.id}.`))!;
    expect(event.start.toISOString()).toBe(moved.start);
    expect(event.description).toContain(`${URUMQI} (Asia/Urumqi): 2026-03-12 10:00–11:00`);
    training = { ...training, slot: moved };
  });

  it('gives a department’s feed with its experts’ bookings, each naming the expert', async () => {
    const { url } = await subscribed(network.tokens.coordinator, { departmentId: network.givingDepartmentId });
    const feed = await feedOf(url);
    expect(feed.name).toBe('Department of Cardiology, Shanghai Renji Hospital: bookings');
    expect(feed.events.map((event) => event.start.toISOString()).sort()).toEqual([consultation.slot.start, training.slot.start].map((at) => new Date(at).toISOString()).sort());
    for (const event of feed.events) expect(event.summary.startsWith('Dr. Zhang Wei: ')).toBe(true);
    // A hospital's staff may subscribe to their own hospital's departments, not to another's.
    expect((await subscribe(network.tokens.attendingExpert, { departmentId: network.givingDepartmentId })).status).toBe(201);
    expectProblem(await subscribe(network.tokens.clinician, { departmentId: network.givingDepartmentId }), 403);
    expect((await subscribe(network.tokens.clinician, { departmentId: network.receivingDepartmentId })).status).toBe(201);
  });

  it('never shows one expert’s calendar by another expert’s subscription', async () => {
    expectProblem(await subscribe(network.tokens.attendingExpert, { expertId: network.chiefExpertId }), 403);
    expectProblem(await subscribe(network.tokens.clinician, { expertId: network.chiefExpertId }), 403);
    const own = await subscribed(network.tokens.attendingExpert, { expertId: network.attendingExpertId });
    const feed = await feedOf(own.url);
    expect(feed.events).toEqual([]);
    expect(feed.text).not.toContain(consultation.id);
    expect(feed.text).not.toContain(training.id);
  });

  it('answers 404 once a subscription is revoked, and to a token never issued', async () => {
    const { id, url } = await subscribed(network.tokens.chiefExpert, { expertId: network.chiefExpertId });
    await feedOf(url);
    // Only the one who subscribed (or a coordinator) revokes: to anyone else it does not exist.
    expectProblem(await t.http.delete(`/v1/calendar-feeds/${id}`).set('Authorization', `Bearer ${network.tokens.attendingExpert}`), 404);
    await feedOf(url);

    const revoked = await t.http.delete(`/v1/calendar-feeds/${id}`).set('Authorization', `Bearer ${network.tokens.chiefExpert}`);
    expect(revoked.status).toBe(204);
    const after = await t.http.get(feedPath(url));
    expectProblem(after, 404);
    expect((await t.http.delete(`/v1/calendar-feeds/${id}`).set('Authorization', `Bearer ${network.tokens.chiefExpert}`)).status).toBe(204);

    expectProblem(await t.http.get(`/calendar/${'A'.repeat(43)}.ics`), 404);
    expectProblem(await t.http.get('/calendar/not-a-token.ics'), 404);
    expectProblem(await t.http.delete('/v1/calendar-feeds/00000000-0000-4000-8000-000000000000').set('Authorization', `Bearer ${network.tokens.coordinator}`), 404);
  });

  it('keeps no copy of an address: a retry with the same Idempotency-Key gets a subscription of its own', async () => {
    const send = () =>
      t.http.post('/v1/calendar-feeds').set('Authorization', `Bearer ${network.tokens.chiefExpert}`).set('Idempotency-Key', 'feed-1').send({ expertId: network.chiefExpertId });
    const first = await send();
    const second = await send();
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.headers['idempotent-replay']).toBeUndefined();
    expect(second.body.url).not.toBe(first.body.url);
    expect((await feedOf(first.body.url)).events).toHaveLength(2);
  });

  it('refuses a subscription to nothing, to two things at once, or to what does not exist', async () => {
    expectProblem(await subscribe(network.tokens.coordinator, {}), 400);
    expectProblem(await subscribe(network.tokens.coordinator, { expertId: network.chiefExpertId, departmentId: network.givingDepartmentId }), 400);
    expectProblem(await subscribe(network.tokens.coordinator, { expertId: 'zhang' }), 400);
    expectProblem(await subscribe(network.tokens.coordinator, { expertId: '00000000-0000-4000-8000-000000000000' }), 404);
    expectProblem(await subscribe(network.tokens.coordinator, { departmentId: urumqiHospitalId }), 404);
    expectProblem(await subscribe(network.tokens.auditor, { expertId: network.chiefExpertId }), 403);
    expectProblem(await t.http.post('/v1/calendar-feeds').send({ expertId: network.chiefExpertId }), 401);
  });

  it('drops a booking once it is released, as soon as the schedule has applied the release', async () => {
    const { url } = await subscribed(network.tokens.chiefExpert, { expertId: network.chiefExpertId });
    const cancelled = await created(t, network.tokens.coordinator, `/v1/training-sessions/${training.id}/cancel`, { reason: 'the lecture hall is closed for repairs' });
    await read(t, network.tokens.chiefExpert, `/v1/experts/${network.chiefExpertId}/schedule`, cancelled.position);
    const feed = await feedOf(url);
    expect(feed.events.map((event) => event.uid.split('.')[0])).toEqual([consultation.id]);
  });
});
