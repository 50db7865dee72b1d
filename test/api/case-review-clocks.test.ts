import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DeadlineWatcher } from '@telemed/application/deadlines/deadline-watcher';
import { parseNdjson, verifyCaseExport, type CaseExportRecord } from '../../libs/audit/export';
import { post, read } from '../support/consultation-steps';
import { created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

type Event = { type: string; data: Record<string, unknown>; metadata: { actor: { userId: string; role: string }; integrity: { hash: string } } };

const PATIENT = { reference: 'KS2-2026-000777', name: 'Gulnar Tohti' };

/**
 * A case discussion runs on the agreement's response targets like a consultation: accepted by the
 * first panellist within the accept target, concluded within the answer target, and a deadline
 * passed unmet is a fact recorded once, by the backbone.
 */
describe('response clocks of case reviews', () => {
  let t: TestApp;
  let network: SeededNetwork;
  let watcher: DeadlineWatcher;
  /** Requested routine on Monday, never answered in time. */
  let lateId: string;
  /** Requested urgent on Tuesday, accepted in time, concluded late. */
  let urgentId: string;
  let lastPosition: string;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-02T00:00:00Z', env: { DEADLINE_CHECK_INTERVAL_MS: '0' } });
    network = await seedNetwork(t);
    watcher = t.app.get(DeadlineWatcher);
  });

  afterAll(() => t.close());

  const request = (overrides: Record<string, unknown> = {}) =>
    created(t, network.tokens.clinician, '/v1/case-reviews', {
      partnershipId: network.partnershipId,
      specialties: ['cardiology'],
      purpose: 'multidisciplinary plan for refractory heart failure',
      caseSummary: 'Female, 61, NYHA III despite therapy; LVEF 28%.',
      patient: PATIENT,
      consent: { medical: true, dataSharing: true },
      ...overrides,
    });
  const detail = async (id: string, position: string, token = network.tokens.clinician) => {
    const response = await read(t, token, `/v1/case-reviews/${id}`, position);
    expect(response.status).toBe(200);
    return response.body;
  };
  const history = async (id: string, position?: string): Promise<Event[]> => (await read(t, network.tokens.auditor, `/v1/audit/streams/case-review-${id}`, position)).body.events;
  const listed = async (query: string, position: string) =>
    ((await read(t, network.tokens.coordinator, `/v1/case-reviews?${query}`, position)).body.items as Array<{ id: string }>).map((item) => item.id);

  it("a review carries the agreement's routine deadlines in the receiving hospital's working time, and one nobody accepted is recorded overdue once", async () => {
    // Monday 08:00 in Beijing; Kashgar works 09:30-19:00: a routine panel accepts within 8 working hours.
    const { id, position } = await request();
    lateId = id;
    const requested = await detail(id, position);
    expect(requested.urgency).toBe('routine');
    expect(requested.deadlines).toEqual({
      accept: { due: '2026-03-02T09:30:00.000Z', overdue: false },
      // Three days of 24 hours in working time: 4320 minutes of 570 a day, Monday 09:30 to Wednesday next week 15:00.
      answer: { due: '2026-03-11T07:00:00.000Z', overdue: false },
    });
    expect(requested.overdue).toBe(false);

    t.clock.set('2026-03-02T09:29:00Z');
    expect(await watcher.recordDue()).toBe(0);
    t.clock.set('2026-03-02T09:31:00Z');
    expect(await watcher.recordDue()).toBe(1);
    expect(await watcher.recordDue()).toBe(0);

    const events = await history(id);
    expect(events.map((event) => event.type)).toEqual(['CaseReviewRequested', 'CaseReviewResponseOverdue']);
    expect(events[1].data).toEqual({ caseReviewId: id, dueAt: '2026-03-02T09:30:00.000Z', recordedAt: '2026-03-02T09:31:00.000Z' });
    expect(events[1].metadata.actor).toMatchObject({ userId: 'deadline-watcher', role: 'system' });
    const overduePosition = String((events[1] as unknown as { globalPosition: string }).globalPosition);
    const overdue = await detail(id, overduePosition);
    expect(overdue.deadlines.accept).toEqual({ due: '2026-03-02T09:30:00.000Z', overdue: true, overdueAt: '2026-03-02T09:31:00.000Z' });
    expect(overdue.overdue).toBe(true);

    // The coordinator's worklist of overdue reviews lists it, and the other one does not.
    expect(await listed('overdue=true', overduePosition)).toEqual([id]);
    expect(await listed('overdue=false', overduePosition)).not.toContain(id);

    // A panellist accepting late is still accepted: the clocks record, they do not refuse.
    await created(t, network.tokens.clinician, `/v1/case-reviews/${id}/invitations`, { expertIds: [network.chiefExpertId] });
    const accepted = await created(t, network.tokens.chiefExpert, `/v1/case-reviews/${id}/accept`);
    const late = await detail(id, accepted.position);
    expect(late.deadlines.accept).toEqual({ due: '2026-03-02T09:30:00.000Z', metAt: '2026-03-02T09:31:00.000Z', overdue: true, overdueAt: '2026-03-02T09:31:00.000Z' });
    expect(await watcher.recordDue()).toBe(0);
  });

  it('an urgent review accepted in time is not overdue to accept, and a panel that has not concluded by its answer-by deadline is recorded overdue once', async () => {
    t.clock.set('2026-03-03T02:00:00Z'); // Tuesday 10:00 in Beijing
    const { id } = await request({ urgency: 'urgent' });
    urgentId = id;
    t.clock.set('2026-03-03T02:05:00Z');
    await created(t, network.tokens.clinician, `/v1/case-reviews/${id}/invitations`, { expertIds: [network.chiefExpertId, network.attendingExpertId] });
    t.clock.set('2026-03-03T02:10:00Z');
    await created(t, network.tokens.chiefExpert, `/v1/case-reviews/${id}/accept`);
    t.clock.set('2026-03-03T02:20:00Z');
    await created(t, network.tokens.attendingExpert, `/v1/case-reviews/${id}/accept`);
    const scheduled = await created(t, network.tokens.coordinator, `/v1/case-reviews/${id}/schedule`, { start: '2026-03-06T02:00:00Z', end: '2026-03-06T03:00:00Z' });
    const view = await detail(id, scheduled.position);
    expect(view.urgency).toBe('urgent');
    // Accepted within 30 minutes, by the first panellist; concluded within 24 working hours: Thursday 15:00 in Beijing.
    expect(view.deadlines).toEqual({
      accept: { due: '2026-03-03T02:30:00.000Z', metAt: '2026-03-03T02:10:00.000Z', overdue: false },
      answer: { due: '2026-03-05T07:00:00.000Z', overdue: false },
    });

    t.clock.set('2026-03-05T07:01:00Z');
    expect(await watcher.recordDue()).toBe(1);
    expect(await watcher.recordDue()).toBe(0);
    t.clock.set('2026-03-06T02:00:00Z');
    await created(t, network.tokens.chiefExpert, `/v1/case-reviews/${id}/start`);
    const concluded = await created(t, network.tokens.chiefExpert, `/v1/case-reviews/${id}/conclude`, { conclusion: 'CRT-D implantation; titrate sacubitril/valsartan.' });
    lastPosition = concluded.position;

    expect((await history(id)).map((event) => event.type)).toEqual([
      'CaseReviewRequested',
      'PanelistsInvited',
      'InvitationAccepted',
      'InvitationAccepted',
      'CaseReviewScheduled',
      'CaseReviewConclusionOverdue',
      'CaseReviewStarted',
      'CaseReviewConcluded',
    ]);
    const done = await detail(id, concluded.position);
    expect(done.deadlines.answer).toEqual({ due: '2026-03-05T07:00:00.000Z', metAt: '2026-03-06T02:00:00.000Z', overdue: true, overdueAt: '2026-03-05T07:01:00.000Z' });
    expect(done.overdue).toBe(true);
  });

  it('the counts count each missed deadline in the month it fell due', async () => {
    const stats = await read(t, network.tokens.coordinator, `/v1/stats/partnerships/${network.partnershipId}?from=2026-03-01&to=2026-03-31&groupBy=month`, lastPosition);
    expect(stats.status).toBe(200);
    expect(stats.body.caseReviews).toEqual({ requested: 2, concluded: 1, cancelled: 0, responseOverdue: 1, conclusionOverdue: 1 });
    expect(stats.body.series[0]).toMatchObject({ period: '2026-03', caseReviews: { responseOverdue: 1, conclusionOverdue: 1 } });
    const overview = await read(t, network.tokens.auditor, '/v1/stats/overview', lastPosition);
    expect(overview.body.caseReviews).toMatchObject({ responseOverdue: 1, conclusionOverdue: 1 });
  });

  it('an urgency that is neither routine nor urgent is refused, and nothing is written', async () => {
    const before = await t.eventCount();
    const refused = await post(t, network.tokens.clinician, '/v1/case-reviews', {
      partnershipId: network.partnershipId,
      specialties: ['cardiology'],
      urgency: 'whenever',
      purpose: 'plan',
      caseSummary: 'summary',
      patient: { reference: 'KS2-2026-000778' },
      consent: { medical: true, dataSharing: true },
    });
    expectProblem(refused, 400, undefined, ['urgency']);
    expect(await t.eventCount()).toBe(before);
  });

  it('the overdue events are in the audit log, and an exported case history with them verifies offline', async () => {
    const log = await read(t, network.tokens.auditor, '/v1/audit/events?type=CaseReviewConclusionOverdue', lastPosition);
    expect(log.body.items.map((event: Event) => event.data.caseReviewId)).toEqual([urgentId]);
    // As it stood when the backbone recorded the deadline missed (the log's own recording time).
    const recordedAt = (await history(urgentId)).find((event) => event.type === 'CaseReviewConclusionOverdue') as unknown as { recordedAt: string };
    const asOf = await read(t, network.tokens.auditor, `/v1/audit/case-reviews/${urgentId}/as-of?at=${encodeURIComponent(recordedAt.recordedAt)}`);
    expect(asOf.body.state).toMatchObject({ urgency: 'urgent', deadlines: { answer: { due: '2026-03-05T07:00:00.000Z', overdueAt: '2026-03-05T07:01:00.000Z' } } });

    expect((await post(t, network.tokens.coordinator, '/v1/audit/seal')).body).toEqual({ sealed: true });
    const exported = await t.http.get(`/v1/audit/exports/case-reviews/${urgentId}`).set('Authorization', `Bearer ${network.tokens.auditor}`).buffer(true);
    expect(exported.status).toBe(200);
    const records = parseNdjson(exported.text) as CaseExportRecord[];
    const publicKeyPem = readFileSync(join(t.dataDir, 'audit', 'public-key.pem'), 'utf8');
    expect(verifyCaseExport(records, publicKeyPem)).toMatchObject({ ok: true, eventsChecked: 8, eventsSealed: 8 });
  });

  it("erasing the patient's data leaves the overdue events and the deadlines as they were, and the history provable", async () => {
    const hashesBefore = (await history(lateId)).map((event) => event.metadata.integrity.hash);
    t.clock.set('2057-01-01T00:00:00Z'); // past the 30-year retention of the last activity
    const erased = await post(t, network.tokens.coordinator, '/v1/patients/erasure', {
      hospitalId: network.receivingHospitalId,
      reference: PATIENT.reference,
      reason: 'retention period of 30 years is over',
    });
    expect(erased.status).toBe(201);

    const events = await history(lateId, erased.body.position);
    expect(events.map((event) => event.metadata.integrity.hash)).toEqual(hashesBefore);
    expect(events.find((event) => event.type === 'CaseReviewResponseOverdue')!.data).toEqual({
      caseReviewId: lateId,
      dueAt: '2026-03-02T09:30:00.000Z',
      recordedAt: '2026-03-02T09:31:00.000Z',
    });
    const review = await detail(lateId, erased.body.position);
    expect(review.patient.reference).toBe('[erased]');
    expect(review.deadlines.accept).toMatchObject({ overdue: true, overdueAt: '2026-03-02T09:31:00.000Z' });
    expect((await post(t, network.tokens.auditor, '/v1/audit/verify')).body).toMatchObject({ ok: true });
  });
});
