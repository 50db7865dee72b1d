import { acceptedAt, questionAskedAt, requestedWith, signedAt } from '@telemed/domain/consultation/consultation.fixtures.testing';
import type { DomainEvent } from '@telemed/domain/core';
import { openProjectionTestbed, RecordedHistory, type ProjectionTestbed } from '../projection.testing';
import { turnaroundProjection } from './turnaround.projection';

describe('the turnaround read model', () => {
  let testbed: ProjectionTestbed;

  beforeEach(async () => {
    testbed = await openProjectionTestbed([turnaroundProjection]);
  });
  afterEach(() => testbed.close());

  const row = () => testbed.readModels.get<Record<string, unknown>>('SELECT * FROM consultation_turnaround');

  it('records time to accept and to answer, the wait for information left out, each judged against its deadline', async () => {
    const provided: DomainEvent = {
      type: 'ConsultationInformationProvided',
      data: { consultationId: 'consultation-0002', questionId: 'question-1', answer: 'EF 45%', resumedStatus: 'accepted', answerBy: '2025-03-11T05:00:00.000Z', answeredBy: 'user-dr-aziz', answeredAt: '2025-03-10T06:00:00.000Z' },
    };
    const history = new RecordedHistory();
    history.record('consultation-c', [requestedWith(), acceptedAt('2025-03-10T01:40:00.000Z'), questionAskedAt('2025-03-10T02:00:00.000Z'), provided, signedAt('2025-03-11T04:00:00.000Z')]);
    await testbed.apply(history.all);
    // Accepted 40 minutes after the request, 10 minutes late; answered 27 h after it, of which 4 h waited: 23 h, in time.
    expect(await row()).toMatchObject({
      period: '2025-03',
      accept_seconds: 40 * 60,
      accepted_in_time: 0,
      answer_seconds: 23 * 3600,
      answered_in_time: 1,
      paused_seconds: 4 * 3600,
    });
  });

  it('counts each wait for information once when the questions and answers are delivered again', async () => {
    const answered = (questionId: string, answeredAt: string): DomainEvent => ({
      type: 'ConsultationInformationProvided',
      data: { consultationId: 'consultation-0002', questionId, answer: 'as asked', resumedStatus: 'accepted', answeredBy: 'user-dr-aziz', answeredAt },
    });
    const asked = (questionId: string, askedAt: string): DomainEvent => {
      const event = questionAskedAt(askedAt);
      return { ...event, data: { ...event.data, questionId } };
    };
    const history = new RecordedHistory();
    history.record('consultation-c', [
      requestedWith(),
      acceptedAt('2025-03-10T01:20:00.000Z'),
      asked('question-1', '2025-03-10T02:00:00.000Z'),
      answered('question-1', '2025-03-10T03:00:00.000Z'),
      asked('question-2', '2025-03-10T04:00:00.000Z'),
      answered('question-2', '2025-03-10T06:00:00.000Z'),
    ]);
    const events = history.all;
    // Delivered in overlapping batches, as a projector does after a crash between applying and checkpointing.
    await testbed.apply(events.slice(0, 4));
    await testbed.apply(events.slice(2, 6));
    await testbed.apply(events.slice(3));
    history.record('consultation-c', [signedAt('2025-03-10T10:00:00.000Z')]);
    await testbed.apply(history.all.slice(4));
    // 9 h from request to opinion, of which 3 h waited for answers.
    expect(await row()).toMatchObject({ paused_seconds: 3 * 3600, answer_seconds: 6 * 3600, paused_since: null });
  });

  it('counts the request in its Beijing month and marks the deadlines recorded overdue', async () => {
    const history = new RecordedHistory();
    const late = requestedWith();
    history.record('consultation-c', [
      { ...late, data: { ...late.data, requestedAt: '2025-03-31T17:00:00.000Z' } },
      { type: 'ConsultationResponseOverdue', data: { consultationId: 'consultation-0002', dueAt: '2025-03-10T01:30:00.000Z', recordedAt: '2025-04-01T00:00:00.000Z' } },
    ]);
    await testbed.apply(history.all);
    expect(await row()).toMatchObject({ period: '2025-04', accept_overdue: 1, answer_overdue: 0, accept_seconds: null });
  });
});
