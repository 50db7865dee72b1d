import { created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { hourFrom, read, requestConsultation } from '../support/consultation-steps';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

interface RecordedStep {
  type: string;
  globalPosition: string;
  recordedAt: string;
}

const justBefore = (instant: string) => new Date(Date.parse(instant) - 1).toISOString();

describe('the state of a case as it was at an instant', () => {
  let t: TestApp;
  let network: SeededNetwork;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-02T00:00:00Z' });
    network = await seedNetwork(t);
  });

  afterAll(() => t.close());

  /**
   * A write, then a pause long enough for the wall clock to move on: `recordedAt` is the commit time
   * on the wall clock, so each step of a case gets its own instant to look back to.
   */
  async function step(token: string, path: string, body: object = {}) {
    const written = await created(t, token, path, body);
    await new Promise((resolve) => setTimeout(resolve, 3));
    return written;
  }

  /** The stream's events as the log recorded them, for their `recordedAt`. */
  async function recorded(streamId: string): Promise<RecordedStep[]> {
    const response = await read(t, network.tokens.auditor, `/v1/audit/streams/${streamId}`);
    expect(response.status).toBe(200);
    return response.body.events;
  }

  function asOf(kind: string, id: string, at: string, token = network.tokens.auditor) {
    return read(t, token, `/v1/audit/${kind}/${id}/as-of?at=${encodeURIComponent(at)}`);
  }

  async function stateAsOf(kind: string, id: string, at: string, token = network.tokens.auditor) {
    const response = await asOf(kind, id, at, token);
    expect(response.status).toBe(200);
    return response.body.state;
  }

  it('shows a consultation requested, accepted, booked, moved and cancelled, each as it stood then', async () => {
    t.clock.set('2026-03-02T00:00:00Z');
    const { tokens } = network;
    const { id } = await requestConsultation(t, network);
    await new Promise((resolve) => setTimeout(resolve, 3));
    await step(tokens.chiefExpert, `/v1/consultations/${id}/accept`);
    await step(tokens.chiefExpert, `/v1/consultations/${id}/schedule`, hourFrom('2026-03-05T02:00:00Z'));
    await step(tokens.chiefExpert, `/v1/consultations/${id}/schedule`, hourFrom('2026-03-05T06:00:00Z'));
    await step(tokens.clinician, `/v1/consultations/${id}/cancel`, { reason: 'the patient was transferred to Urumqi' });
    const [requested, accepted, scheduled, rescheduled, cancelled] = await recorded(`consultation-${id}`);
    expect([requested, accepted, scheduled, rescheduled, cancelled].map((event) => event.type)).toEqual([
      'ConsultationRequested',
      'ConsultationAccepted',
      'ConsultationScheduled',
      'ConsultationRescheduled',
      'ConsultationCancelled',
    ]);

    expectProblem(await asOf('consultations', id, justBefore(requested.recordedAt)), 404);
    expect(await stateAsOf('consultations', id, requested.recordedAt)).toMatchObject({ status: 'requested', consultationId: id });
    expect(await stateAsOf('consultations', id, justBefore(accepted.recordedAt))).toMatchObject({ status: 'requested' });
    expect(await stateAsOf('consultations', id, accepted.recordedAt)).toMatchObject({ status: 'accepted', expertId: network.chiefExpertId });

    const firstSlot = { start: '2026-03-05T02:00:00.000Z', end: '2026-03-05T03:00:00.000Z' };
    const secondSlot = { start: '2026-03-05T06:00:00.000Z', end: '2026-03-05T07:00:00.000Z' };
    expect(await stateAsOf('consultations', id, scheduled.recordedAt)).toMatchObject({ status: 'scheduled', slot: firstSlot });
    expect(await stateAsOf('consultations', id, justBefore(rescheduled.recordedAt))).toMatchObject({ status: 'scheduled', slot: firstSlot });
    expect(await stateAsOf('consultations', id, rescheduled.recordedAt)).toMatchObject({ status: 'scheduled', slot: secondSlot });
    expect(await stateAsOf('consultations', id, justBefore(cancelled.recordedAt))).toMatchObject({ status: 'scheduled' });
    expect(await stateAsOf('consultations', id, cancelled.recordedAt)).toMatchObject({ status: 'cancelled', slot: secondSlot });

    const answer = await asOf('consultations', id, rescheduled.recordedAt);
    expect(answer.body).toEqual({
      kind: 'consultation',
      id,
      at: rescheduled.recordedAt,
      state: expect.objectContaining({ status: 'scheduled' }),
      eventsApplied: 4,
      lastEvent: { type: 'ConsultationRescheduled', position: rescheduled.globalPosition, recordedAt: rescheduled.recordedAt },
    });
  });

  it('reads the instant with any offset, and looks past the last event to the case as it is now', async () => {
    t.clock.set('2026-03-02T00:00:00Z');
    const { id } = await requestConsultation(t, network);
    const [requested] = await recorded(`consultation-${id}`);
    const inBeijing = new Date(Date.parse(requested.recordedAt) + 8 * 3_600_000).toISOString().replace('Z', '+08:00');
    const answer = await asOf('consultations', id, inBeijing);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ at: requested.recordedAt, eventsApplied: 1, state: { status: 'requested' } });
    expect((await asOf('consultations', id, '2100-01-01T00:00:00Z')).body).toMatchObject({ eventsApplied: 1 });
  });

  it('follows a case review through invitations, a moved session, contributions and its conclusion', async () => {
    t.clock.set('2026-03-02T00:00:00Z');
    const { tokens } = network;
    const { id } = await step(tokens.clinician, '/v1/case-reviews', {
      partnershipId: network.partnershipId,
      specialties: ['cardiology'],
      purpose: 'plan for refractory heart failure',
      caseSummary: 'Female, 47, NYHA III; LVEF 35%.',
      patient: { reference: 'KS2-2026-000456' },
      consent: { medical: true, dataSharing: true },
    });
    await step(tokens.clinician, `/v1/case-reviews/${id}/invitations`, { expertIds: [network.chiefExpertId, network.attendingExpertId] });
    await step(tokens.chiefExpert, `/v1/case-reviews/${id}/accept`);
    await step(tokens.attendingExpert, `/v1/case-reviews/${id}/decline`, { reason: 'on leave that week' });
    await step(tokens.coordinator, `/v1/case-reviews/${id}/schedule`, hourFrom('2026-03-06T02:00:00Z'));
    await step(tokens.coordinator, `/v1/case-reviews/${id}/schedule`, hourFrom('2026-03-06T06:00:00Z'));
    t.clock.set('2026-03-06T06:00:00Z');
    await step(tokens.coordinator, `/v1/case-reviews/${id}/start`);
    await step(tokens.chiefExpert, `/v1/case-reviews/${id}/contributions`, { opinion: 'Add an SGLT2 inhibitor.' });
    await step(tokens.chiefExpert, `/v1/case-reviews/${id}/conclude`, { conclusion: 'Titrate therapy; review in 4 weeks.' });
    const events = await recorded(`case-review-${id}`);
    const at = (type: string) => events.find((event) => event.type === type)!.recordedAt;
    const rescheduled = at('CaseReviewRescheduled');

    expectProblem(await asOf('case-reviews', id, justBefore(at('CaseReviewRequested'))), 404);
    expect(await stateAsOf('case-reviews', id, at('CaseReviewRequested'))).toMatchObject({ status: 'requested', invitations: {} });
    expect(await stateAsOf('case-reviews', id, at('PanelistsInvited'))).toMatchObject({
      invitations: { [network.chiefExpertId]: { answer: 'pending' }, [network.attendingExpertId]: { answer: 'pending' } },
    });
    expect(await stateAsOf('case-reviews', id, at('InvitationDeclined'))).toMatchObject({
      invitations: { [network.chiefExpertId]: { answer: 'accepted' }, [network.attendingExpertId]: { answer: 'declined' } },
    });
    expect(await stateAsOf('case-reviews', id, justBefore(rescheduled))).toMatchObject({ status: 'scheduled', slot: { start: '2026-03-06T02:00:00.000Z' } });
    expect(await stateAsOf('case-reviews', id, rescheduled)).toMatchObject({ status: 'scheduled', slot: { start: '2026-03-06T06:00:00.000Z' } });
    expect(await stateAsOf('case-reviews', id, at('CaseReviewStarted'))).toMatchObject({ status: 'in-progress', contributions: [] });
    expect(await stateAsOf('case-reviews', id, at('ContributionRecorded'))).toMatchObject({
      status: 'in-progress',
      contributions: [{ expertId: network.chiefExpertId, opinion: 'Add an SGLT2 inhibitor.' }],
    });
    expect(await stateAsOf('case-reviews', id, at('CaseReviewConcluded'))).toMatchObject({
      status: 'concluded',
      conclusion: 'Titrate therapy; review in 4 weeks.',
    });

    // A coordinator looks back at the same case review without the patient or the clinical text.
    const forCoordinator = await stateAsOf('case-reviews', id, at('CaseReviewConcluded'), tokens.coordinator);
    expect(forCoordinator).toMatchObject({ status: 'concluded', purpose: 'plan for refractory heart failure' });
    for (const field of ['patient', 'caseSummary', 'conclusion']) expect(forCoordinator).not.toHaveProperty(field);
    expect(forCoordinator.contributions).toEqual([expect.not.objectContaining({ opinion: expect.anything() })]);
  });

  it('shows a cancelled case review as requested before the cancellation and cancelled after it', async () => {
    t.clock.set('2026-03-02T00:00:00Z');
    const { tokens } = network;
    const { id } = await step(tokens.clinician, '/v1/case-reviews', {
      partnershipId: network.partnershipId,
      specialties: ['cardiology'],
      purpose: 'second look at an ECG',
      caseSummary: 'Male, 61, new LBBB.',
      patient: { reference: 'KS2-2026-000789' },
      consent: { medical: true, dataSharing: true },
    });
    await step(tokens.clinician, `/v1/case-reviews/${id}/cancel`, { reason: 'resolved locally' });
    const [requested, cancelled] = await recorded(`case-review-${id}`);
    expect(await stateAsOf('case-reviews', id, justBefore(cancelled.recordedAt))).toMatchObject({ status: 'requested' });
    expect(await stateAsOf('case-reviews', id, cancelled.recordedAt)).toMatchObject({ status: 'cancelled', cancellationReason: 'resolved locally' });
    expect((await asOf('case-reviews', id, requested.recordedAt)).body).toMatchObject({ eventsApplied: 1, lastEvent: { type: 'CaseReviewRequested' } });
  });

  it('follows training sessions planned, moved, held with attendance, or cancelled', async () => {
    t.clock.set('2026-03-02T00:00:00Z');
    const { tokens } = network;
    const plan = (start: string) => ({
      partnershipId: network.partnershipId,
      title: 'Reading coronary angiograms',
      format: 'lecture',
      ...hourFrom(start),
      trainerExpertIds: [network.chiefExpertId],
      audienceDepartmentIds: [network.receivingDepartmentId],
    });
    const { id } = await step(tokens.coordinator, '/v1/training-sessions', plan('2026-03-09T02:00:00Z'));
    await step(tokens.coordinator, `/v1/training-sessions/${id}/reschedule`, hourFrom('2026-03-09T06:00:00Z'));
    t.clock.set('2026-03-09T07:00:00Z');
    await step(tokens.coordinator, `/v1/training-sessions/${id}/held`);
    await step(tokens.coordinator, `/v1/training-sessions/${id}/attendance`, {
      attendees: [{ staffId: 'n-1', name: 'Nurse Gulnar' }, { staffId: 'n-2', name: 'Dr. Ablimit' }],
    });
    const [planned, rescheduled, held, attended] = await recorded(`training-session-${id}`);

    expectProblem(await asOf('training-sessions', id, justBefore(planned.recordedAt)), 404);
    expect(await stateAsOf('training-sessions', id, planned.recordedAt)).toMatchObject({ status: 'planned', slot: { start: '2026-03-09T02:00:00.000Z' } });
    expect(await stateAsOf('training-sessions', id, rescheduled.recordedAt)).toMatchObject({ status: 'planned', slot: { start: '2026-03-09T06:00:00.000Z' } });
    expect(await stateAsOf('training-sessions', id, held.recordedAt)).toMatchObject({ status: 'held', personTimes: 0 });
    expect(await stateAsOf('training-sessions', id, attended.recordedAt)).toMatchObject({ status: 'held', personTimes: 2 });

    t.clock.set('2026-03-02T00:00:00Z');
    const other = await step(tokens.coordinator, '/v1/training-sessions', plan('2026-03-10T02:00:00Z'));
    await step(tokens.coordinator, `/v1/training-sessions/${other.id}/cancel`, { reason: 'the trainer is ill' });
    const [, otherCancelled] = await recorded(`training-session-${other.id}`);
    expect(await stateAsOf('training-sessions', other.id, justBefore(otherCancelled.recordedAt))).toMatchObject({ status: 'planned' });
    expect(await stateAsOf('training-sessions', other.id, otherCancelled.recordedAt)).toMatchObject({ status: 'cancelled' });
  });

  it('answers 404 for an unknown case, 400 for an unknown kind or a bad instant, and refuses clinicians and experts', async () => {
    const { id } = await requestConsultation(t, network);
    const now = new Date().toISOString();
    expectProblem(await asOf('consultations', '00000000-0000-4000-8000-000000000000', now), 404);
    expectProblem(await asOf('hospitals', network.receivingHospitalId, now), 400, 'unknown-case-kind', ['kind']);
    expectProblem(await asOf('consultations', id, 'last tuesday'), 400, undefined, ['at']);
    expectProblem(await asOf('consultations', id, '2026-03-02T10:00:00'), 400, undefined, ['at']);
    expectProblem(await read(t, network.tokens.auditor, `/v1/audit/consultations/${id}/as-of`), 400, undefined, ['at']);
    expectProblem(await asOf('consultations', id, now, network.tokens.clinician), 403, 'role-not-allowed');
    expectProblem(await asOf('consultations', id, now, network.tokens.chiefExpert), 403, 'role-not-allowed');
    expect((await asOf('consultations', id, now, network.tokens.coordinator)).status).toBe(200);
  });
});
