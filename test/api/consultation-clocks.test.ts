import { DeadlineWatcher } from '@telemed/application/deadlines/deadline-watcher';
import { acceptedConsultation, completedConsultation, hourFrom, post, read, requestConsultation } from '../support/consultation-steps';
import { created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

const HOUR = 3_600_000;

describe('response clocks, the information loop and closeout feedback', () => {
  let t: TestApp;
  let network: SeededNetwork;
  let watcher: DeadlineWatcher;
  let lastPosition: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { DEADLINE_CHECK_INTERVAL_MS: '0' } });
    network = await seedNetwork(t);
    watcher = t.app.get(DeadlineWatcher);
  });

  afterAll(() => t.close());

  const detail = async (id: string, position: string, token = network.tokens.clinician) => {
    const response = await read(t, token, `/v1/consultations/${id}`, position);
    expect(response.status).toBe(200);
    return response.body;
  };

  it('a request carries its deadlines, counted in the receiving hospital\'s working time, and an unanswered one is recorded overdue once', async () => {
    t.clock.set('2026-03-02T00:00:00Z'); // Monday 08:00 in Beijing; Kashgar works 09:30-19:00
    const { id, position } = await requestConsultation(t, network);
    const requested = await detail(id, position);
    // Routine: accepted within 8 working hours, from 09:30 Monday: 17:30 Beijing.
    expect(requested.deadlines.accept).toEqual({ due: '2026-03-02T09:30:00.000Z', overdue: false });
    expect(requested.overdue).toBe(false);

    t.clock.set('2026-03-02T09:29:00Z');
    expect(await watcher.recordDue()).toBe(0);
    t.clock.set('2026-03-02T09:31:00Z');
    const written = await watcher.recordDue();
    expect(written).toBe(1);
    expect(await watcher.recordDue()).toBe(0);

    const history = await read(t, network.tokens.auditor, `/v1/audit/streams/consultation-${id}`);
    expect(history.body.events.map((event: { type: string }) => event.type)).toEqual(['ConsultationRequested', 'ConsultationResponseOverdue']);
    const overduePosition = history.body.events[1].globalPosition;
    const after = await detail(id, overduePosition);
    expect(after.deadlines.accept).toMatchObject({ due: '2026-03-02T09:30:00.000Z', overdue: true });
    expect(after.overdue).toBe(true);

    const worklist = await read(t, network.tokens.coordinator, '/v1/consultations?overdue=true', overduePosition);
    expect(worklist.body.items.map((item: { id: string }) => item.id)).toContain(id);
  });

  it('the expert asks, the clinician answers, and the answer clock pauses in between', async () => {
    t.clock.set('2026-03-03T02:00:00Z');
    const { id, position } = await acceptedConsultation(t, network);
    const before = await detail(id, position);
    const asked = await created(t, network.tokens.chiefExpert, `/v1/consultations/${id}/questions`, { question: 'What did the latest echocardiogram show?' });
    const waiting = await detail(id, asked.position);
    expect(waiting.status).toBe('information-requested');
    expect(waiting.questions).toEqual([expect.objectContaining({ question: 'What did the latest echocardiogram show?', answeredAt: null })]);

    // Two working days later nothing falls overdue: the answer clock is paused.
    t.clock.advance(48 * HOUR);
    await watcher.recordDue();
    const answered = await created(t, network.tokens.clinician, `/v1/consultations/${id}/answers`, { answer: 'LVEF 32%, LVEDD 68 mm.' });
    const resumed = await detail(id, answered.position);
    expect(resumed.status).toBe('accepted');
    expect(resumed.questions[0]).toMatchObject({ answer: 'LVEF 32%, LVEDD 68 mm.' });
    expect(Date.parse(resumed.deadlines.answer.due)).toBeGreaterThan(Date.parse(before.deadlines.answer.due));
    expect(resumed.deadlines.answer.overdue).toBe(false);
  });

  it('only the assigned expert asks and only the requesting clinician answers', async () => {
    t.clock.set('2026-03-04T02:00:00Z');
    const { id } = await acceptedConsultation(t, network);
    expectProblem(await post(t, network.tokens.clinician, `/v1/consultations/${id}/questions`, { question: 'x' }), 403);
    expectProblem(await post(t, network.tokens.chiefExpert, `/v1/consultations/${id}/answers`, { answer: 'x' }), 403);
    expectProblem(await post(t, network.tokens.clinician, `/v1/consultations/${id}/answers`, { answer: 'nothing was asked' }), 409, 'illegal-transition');
    expectProblem(await post(t, network.tokens.chiefExpert, `/v1/consultations/${id}/questions`, { question: '' }), 400);
  });

  it('the requesting clinician rates a signed opinion once, and the counts show the distribution', async () => {
    t.clock.set('2026-03-05T01:00:00Z');
    const { id } = await completedConsultation(t, network, hourFrom('2026-03-05T03:00:00Z'));
    expectProblem(await post(t, network.tokens.clinician, `/v1/consultations/${id}/feedback`, { usefulness: 6 }), 400);
    const given = await created(t, network.tokens.clinician, `/v1/consultations/${id}/feedback`, { usefulness: 4, comment: 'clear advice' });
    expectProblem(await post(t, network.tokens.clinician, `/v1/consultations/${id}/feedback`, { usefulness: 5 }), 409, 'feedback-already-given');
    lastPosition = given.position;
    const view = await detail(id, given.position);
    expect(view.feedback).toMatchObject({ usefulness: 4, comment: 'clear advice' });

    const stats = await read(t, network.tokens.coordinator, `/v1/stats/partnerships/${network.partnershipId}?from=2026-03-01&to=2026-03-31&groupBy=month`, given.position);
    expect(stats.status).toBe(200);
    expect(stats.body.from).toBe('2026-02-28T16:00:00.000Z');
    expect(stats.body.to).toBe('2026-03-31T16:00:00.000Z');
    expect(stats.body.feedback).toEqual({ given: 1, usefulness: { '1': 0, '2': 0, '3': 0, '4': 1, '5': 0 } });
    expect(stats.body.consultations.responseOverdue).toBe(1);
    expect(stats.body.series[0]).toMatchObject({ period: '2026-03', feedback: { given: 1 } });
  });

  it('turnaround gives median and 90th percentile times and the share within target, per month and department', async () => {
    const response = await read(t, network.tokens.coordinator, `/v1/stats/turnaround?partnershipId=${network.partnershipId}&from=2026-03-01&to=2026-03-31&groupBy=department`, lastPosition);
    expect(response.status).toBe(200);
    expect(response.body.consultations).toBe(4);
    expect(response.body.accept.count).toBe(3);
    expect(response.body.accept.withinTarget).toBe(1);
    expect(response.body.answer.count).toBe(1);
    expect(response.body.overdue).toEqual({ response: 1, opinion: 0 });
    expect(response.body.series).toHaveLength(1);
    expect(response.body.series[0]).toMatchObject({ pairingId: network.pairingId, consultations: 4 });
    const own = await read(t, network.tokens.clinician, '/v1/stats/turnaround', lastPosition);
    expect(own.body.consultations).toBe(4);
    const outsider = await read(t, network.tokens.otherClinician, '/v1/stats/turnaround', lastPosition);
    expect(outsider.body.consultations).toBe(0);
    expectProblem(await read(t, network.tokens.coordinator, '/v1/stats/turnaround?from=2026-02-30'), 400);
  });
});
