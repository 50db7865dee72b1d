import { created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { hourFrom, post, read, scheduledConsultation } from '../support/consultation-steps';
import { expectProblem, withoutWriting } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

type Booking = { bookingId: string; activity: string; start: string; counterpartLocal: { hospitalId: string } | null };

describe('a case discussion, followed over the HTTP API', () => {
  let t: TestApp;
  let network: SeededNetwork;
  /** A pulmonologist of Shigatse: panels may draw on experts of several hospitals. */
  let lungExpertId: string;
  let lungExpert: string;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-02T00:00:00Z' }); // Monday 08:00 in Beijing
    network = await seedNetwork(t);
    const { coordinator } = network.tokens;
    const department = await created(t, coordinator, `/v1/hospitals/${network.otherHospitalId}/departments`, {
      name: 'Respiratory Medicine',
      specialty: 'pulmonology',
    });
    const expert = await created(t, coordinator, '/v1/experts', {
      name: 'Dr. Tsering Dolkar',
      hospitalId: network.otherHospitalId,
      departmentId: department.id,
      specialty: 'pulmonology',
      title: 'associate-chief-physician',
      licensedSince: '2014-07-01',
    });
    lungExpertId = expert.id;
    lungExpert = await t.token('expert', lungExpertId, network.otherHospitalId);
  });

  afterAll(() => t.close());

  const caseReviewRequest = () => ({
    partnershipId: network.partnershipId,
    specialties: ['cardiology', 'pulmonology'],
    purpose: 'multidisciplinary plan for heart failure with pulmonary hypertension',
    caseSummary: 'Female, 47, NYHA III; echo LVEF 35%, estimated PASP 62 mmHg; recurrent admissions.',
    patient: { reference: 'KS2-2026-000456', sex: 'female' },
    consent: { medical: true, dataSharing: true },
  });

  const caseReview = (id: string, position: string, token = network.tokens.clinician) => read(t, token, `/v1/case-reviews/${id}`, position);

  const bookingsOf = async (expertId: string, position: string): Promise<Booking[]> => {
    const schedule = await read(t, network.tokens.coordinator, `/v1/experts/${expertId}/schedule?from=2026-03-02T00:00:00Z&to=2026-03-20T00:00:00Z`, position);
    expect(schedule.status).toBe(200);
    return schedule.body.bookings;
  };

  /** A case review with the chief and attending cardiologists invited, and both accepted. */
  async function acceptedPanel(): Promise<{ id: string; position: string }> {
    const { id } = await created(t, network.tokens.clinician, '/v1/case-reviews', caseReviewRequest());
    await created(t, network.tokens.clinician, `/v1/case-reviews/${id}/invitations`, {
      expertIds: [network.chiefExpertId, network.attendingExpertId],
    });
    await created(t, network.tokens.chiefExpert, `/v1/case-reviews/${id}/accept`);
    return created(t, network.tokens.attendingExpert, `/v1/case-reviews/${id}/accept`);
  }

  it('runs from the request through a three-expert panel to a conclusion', async () => {
    const { tokens } = network;
    const requested = await created(t, tokens.clinician, '/v1/case-reviews', caseReviewRequest());
    const { id } = requested;
    expect((await caseReview(id, requested.position)).body).toMatchObject({
      id,
      status: 'requested',
      pairingId: network.pairingId,
      requestingHospitalId: network.receivingHospitalId,
      givingHospitalId: network.givingHospitalId,
      specialties: ['cardiology', 'pulmonology'],
      patient: { reference: 'KS2-2026-000456', sex: 'female' },
      requestedAt: '2026-03-02T00:00:00.000Z',
    });

    t.clock.set('2026-03-02T01:00:00Z');
    await created(t, tokens.clinician, `/v1/case-reviews/${id}/invitations`, {
      expertIds: [network.chiefExpertId, network.attendingExpertId, lungExpertId],
    });
    await created(t, lungExpert, `/v1/case-reviews/${id}/decline`, { reason: 'at a conference in Lhasa that week' });
    await created(t, tokens.chiefExpert, `/v1/case-reviews/${id}/accept`);
    await created(t, tokens.attendingExpert, `/v1/case-reviews/${id}/accept`);

    // 10:00–11:00 Beijing time on Tuesday: inside the working hours of Shanghai and Kashgar.
    const scheduled = await created(t, tokens.coordinator, `/v1/case-reviews/${id}/schedule`, hourFrom('2026-03-03T02:00:00Z'));
    expect(scheduled.warnings).toEqual([]);
    for (const expertId of [network.chiefExpertId, network.attendingExpertId]) {
      expect(await bookingsOf(expertId, scheduled.position)).toEqual([
        expect.objectContaining({
          bookingId: id,
          activity: 'case-review',
          start: '2026-03-03T02:00:00.000Z',
          counterpartLocal: expect.objectContaining({ hospitalId: network.receivingHospitalId }),
        }),
      ]);
    }
    expect(await bookingsOf(lungExpertId, scheduled.position)).toEqual([]);

    t.clock.set('2026-03-03T02:00:00Z');
    await created(t, tokens.coordinator, `/v1/case-reviews/${id}/start`);
    t.clock.set('2026-03-03T02:20:00Z');
    await created(t, tokens.chiefExpert, `/v1/case-reviews/${id}/contributions`, { opinion: 'Optimise GDMT; add an SGLT2 inhibitor.' });
    t.clock.set('2026-03-03T02:30:00Z');
    await created(t, tokens.attendingExpert, `/v1/case-reviews/${id}/contributions`, { opinion: 'Right heart catheterisation first.' });
    t.clock.set('2026-03-03T02:55:00Z');
    const concluded = await created(t, tokens.chiefExpert, `/v1/case-reviews/${id}/conclude`, {
      conclusion: 'Catheterise, then titrate therapy; review in 4 weeks.',
    });

    const answer = await caseReview(id, concluded.position);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      status: 'concluded',
      slot: { start: '2026-03-03T02:00:00.000Z', end: '2026-03-03T03:00:00.000Z' },
      startedAt: '2026-03-03T02:00:00.000Z',
      conclusion: 'Catheterise, then titrate therapy; review in 4 weeks.',
      concludedBy: network.chiefExpertId,
      concludedAt: '2026-03-03T02:55:00.000Z',
      contributions: [
        { expertId: network.chiefExpertId, opinion: 'Optimise GDMT; add an SGLT2 inhibitor.', recordedAt: '2026-03-03T02:20:00.000Z' },
        { expertId: network.attendingExpertId, opinion: 'Right heart catheterisation first.', recordedAt: '2026-03-03T02:30:00.000Z' },
      ],
    });
    expect(answer.body.invitations).toHaveLength(3);
    expect(answer.body.invitations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ expertId: lungExpertId, hospitalId: network.otherHospitalId, answer: 'declined', reason: 'at a conference in Lhasa that week' }),
        expect.objectContaining({ expertId: network.chiefExpertId, answer: 'accepted' }),
        expect.objectContaining({ expertId: network.attendingExpertId, answer: 'accepted' }),
      ]),
    );
    expect(answer.body.panel.map((panelist: { expertId: string }) => panelist.expertId).sort()).toEqual(
      [network.chiefExpertId, network.attendingExpertId].sort(),
    );

    // The coordinator sees the whole discussion but not the patient or the clinical text.
    const asCoordinator = (await caseReview(id, concluded.position, tokens.coordinator)).body;
    expect(asCoordinator).toMatchObject({ status: 'concluded', purpose: caseReviewRequest().purpose });
    expect(asCoordinator).not.toHaveProperty('patient');
    expect(asCoordinator).not.toHaveProperty('caseSummary');
    expect(asCoordinator.contributions.every((contribution: object) => !('opinion' in contribution))).toBe(true);

    const stats = await read(t, tokens.coordinator, `/v1/stats/partnerships/${network.partnershipId}`, concluded.position);
    expect(stats.body.caseReviews).toEqual({ requested: 1, concluded: 1, cancelled: 0, responseOverdue: 0, conclusionOverdue: 0 });
  });

  it('refuses to double-book any panelist, and writes nothing when it does', async () => {
    t.clock.set('2026-03-02T00:00:00Z');
    const taken = hourFrom('2026-03-10T02:00:00Z');
    await scheduledConsultation(t, network, taken, network.tokens.attendingExpert);
    const { id } = await acceptedPanel();

    const clash = await withoutWriting(t, () =>
      post(t, network.tokens.coordinator, `/v1/case-reviews/${id}/schedule`, { start: '2026-03-10T02:30:00Z', end: '2026-03-10T03:30:00Z' }),
    );
    expectProblem(clash, 409, 'double-booking');

    const free = await created(t, network.tokens.coordinator, `/v1/case-reviews/${id}/schedule`, hourFrom('2026-03-10T04:00:00Z'));
    expect((await caseReview(id, free.position)).body).toMatchObject({ status: 'scheduled', slot: hourFrom('2026-03-10T04:00:00Z') });
    const chiefBookings = (await bookingsOf(network.chiefExpertId, free.position)).filter((booking) => booking.bookingId === id);
    expect(chiefBookings).toEqual([expect.objectContaining({ start: '2026-03-10T04:00:00.000Z' })]);
  });

  it('moves every panelist’s booking on reschedule and frees them all on cancel', async () => {
    t.clock.set('2026-03-02T00:00:00Z');
    const { id } = await acceptedPanel();
    await created(t, network.tokens.coordinator, `/v1/case-reviews/${id}/schedule`, hourFrom('2026-03-12T02:00:00Z'));
    const moved = await created(t, network.tokens.coordinator, `/v1/case-reviews/${id}/schedule`, hourFrom('2026-03-12T06:00:00Z'));
    for (const expertId of [network.chiefExpertId, network.attendingExpertId]) {
      const bookings = (await bookingsOf(expertId, moved.position)).filter((booking) => booking.bookingId === id);
      expect(bookings).toEqual([expect.objectContaining({ start: '2026-03-12T06:00:00.000Z' })]);
    }

    const cancelled = await created(t, network.tokens.clinician, `/v1/case-reviews/${id}/cancel`, { reason: 'the patient was transferred' });
    expect((await caseReview(id, cancelled.position)).body).toMatchObject({ status: 'cancelled', cancelReason: 'the patient was transferred' });
    for (const expertId of [network.chiefExpertId, network.attendingExpertId]) {
      expect((await bookingsOf(expertId, cancelled.position)).map((booking) => booking.bookingId)).not.toContain(id);
    }
  });

  it('refuses to invite anyone who is not a registered expert, naming the field', async () => {
    const { id } = await created(t, network.tokens.clinician, '/v1/case-reviews', caseReviewRequest());
    const refused = await withoutWriting(t, () =>
      post(t, network.tokens.clinician, `/v1/case-reviews/${id}/invitations`, {
        expertIds: [network.chiefExpertId, '00000000-0000-4000-8000-000000000000'],
      }),
    );
    expectProblem(refused, 400, 'unknown-expert', ['expertIds']);
    expectProblem(await post(t, network.tokens.clinician, `/v1/case-reviews/${id}/invitations`, { expertIds: [] }), 400, undefined, ['expertIds']);
  });

  it('lets only accepted panelists contribute, and shows each side only its own case reviews', async () => {
    t.clock.set('2026-03-02T00:00:00Z');
    const { id } = await created(t, network.tokens.clinician, '/v1/case-reviews', caseReviewRequest());
    await created(t, network.tokens.clinician, `/v1/case-reviews/${id}/invitations`, { expertIds: [network.chiefExpertId, lungExpertId] });
    await created(t, lungExpert, `/v1/case-reviews/${id}/decline`, { reason: 'outside my field' });
    await created(t, network.tokens.chiefExpert, `/v1/case-reviews/${id}/accept`);
    await created(t, network.tokens.coordinator, `/v1/case-reviews/${id}/schedule`, hourFrom('2026-03-16T02:00:00Z'));
    t.clock.set('2026-03-16T02:00:00Z');
    const started = await created(t, network.tokens.chiefExpert, `/v1/case-reviews/${id}/start`);

    expectProblem(await post(t, lungExpert, `/v1/case-reviews/${id}/contributions`, { opinion: 'a view' }), 403, 'not-a-panelist');
    expectProblem(await post(t, network.tokens.attendingExpert, `/v1/case-reviews/${id}/contributions`, { opinion: 'a view' }), 404);
    expectProblem(await post(t, network.tokens.clinician, `/v1/case-reviews/${id}/schedule`, hourFrom('2026-03-17T02:00:00Z')), 403);
    expectProblem(await caseReview(id, started.position, network.tokens.otherClinician), 404);
    expectProblem(await caseReview(id, started.position, network.tokens.attendingExpert), 404);

    const mine = await read(t, network.tokens.clinician, '/v1/case-reviews?status=in-progress', started.position);
    expect(mine.body.items.map((item: { id: string }) => item.id)).toContain(id);
    const theirs = await read(t, network.tokens.otherClinician, '/v1/case-reviews', started.position);
    expect(theirs.body.items).toEqual([]);
    const invited = await read(t, lungExpert, '/v1/case-reviews', started.position);
    expect(invited.body.items.map((item: { id: string }) => item.id)).toContain(id);
  });

  describe('the rules of a panel and of its session', () => {
    const schedule = (from: string, to: string) =>
      read(t, network.tokens.coordinator, `/v1/experts/${network.chiefExpertId}/schedule?from=${from}&to=${to}`, undefined);

    it('refuses a case review none of whose specialties a department pairing of the partnership covers', async () => {
      const refused = await withoutWriting(t, () =>
        post(t, network.tokens.clinician, '/v1/case-reviews', { ...caseReviewRequest(), specialties: ['neurosurgery', 'pulmonology'] }),
      );

      expectProblem(refused, 409, 'specialty-not-covered');
    });

    it('refuses to invite an expert who practises none of the review’s specialties', async () => {
      const { coordinator } = network.tokens;
      const radiology = await created(t, coordinator, `/v1/hospitals/${network.givingHospitalId}/departments`, { name: 'Radiology', specialty: 'radiology' });
      const radiologist = await created(t, coordinator, '/v1/experts', {
        name: 'Dr. Zhou Min',
        hospitalId: network.givingHospitalId,
        departmentId: radiology.id,
        specialty: 'radiology',
        title: 'chief-physician',
        licensedSince: '2010-09-01',
      });
      const { id } = await created(t, network.tokens.clinician, '/v1/case-reviews', caseReviewRequest());

      const refused = await withoutWriting(t, () =>
        post(t, network.tokens.clinician, `/v1/case-reviews/${id}/invitations`, { expertIds: [network.chiefExpertId, radiologist.id] }),
      );

      expectProblem(refused, 409, 'outside-specialty');
    });

    it('a discussion begun two days early moves its bookings to when it began, and its conclusion frees the rest', async () => {
      const { coordinator } = network.tokens;
      t.clock.set('2026-04-01T00:00:00Z');
      const { id } = await acceptedPanel();
      await created(t, coordinator, `/v1/case-reviews/${id}/schedule`, hourFrom('2026-04-08T02:00:00Z'));

      t.clock.set('2026-04-06T02:00:00Z');
      await created(t, coordinator, `/v1/case-reviews/${id}/start`);
      t.clock.set('2026-04-06T02:40:00Z');
      const concluded = await created(t, coordinator, `/v1/case-reviews/${id}/conclude`, { conclusion: 'medical therapy; review in three months' });

      const after = await read(t, coordinator, `/v1/experts/${network.attendingExpertId}/schedule?from=2026-04-05T00:00:00Z&to=2026-04-09T00:00:00Z`, concluded.position);
      expect(after.body.bookings).toEqual([
        expect.objectContaining({ bookingId: id, start: '2026-04-06T02:00:00.000Z', end: '2026-04-06T02:40:00.000Z' }),
      ]);
      const freed = (await schedule('2026-04-08T00:00:00Z', '2026-04-09T00:00:00Z')).body.bookings;
      expect(freed).toEqual([]);
      t.clock.set('2026-03-02T00:00:00Z');
    });
  });
});
