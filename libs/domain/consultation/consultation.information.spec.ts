import { IllegalTransition, InvalidValue } from '@telemed/domain/core';
import { specFor } from '@telemed/domain/core/decider-spec.testing';
import { consultationDecider, NotAssignedExpert, NotRequestingClinician, type ConsultationEvent } from '.';
import { acceptedAt, clinicianId, consultationId, expertId, questionAskedAt, requestedWith, scheduledAt, urgentClock } from './consultation.fixtures.testing';

const given = specFor(consultationDecider);
const ask = (question: string, by = expertId, now = '2025-03-10T02:00:00.000Z') => ({ type: 'RequestInformation' as const, questionId: 'question-1', expertId: by, question, now });
const answer = (text: string, by = clinicianId, now = '2025-03-10T06:00:00.000Z') => ({ type: 'ProvideInformation' as const, answer: text, answeredBy: by, now });
const accepted = acceptedAt('2025-03-10T01:20:00.000Z');

describe('the request-more-information loop', () => {
  it('the assigned expert asks the requesting clinician a question, and the consultation waits for information', () => {
    given([requestedWith(), accepted]).when(ask('latest echocardiogram?')).then([questionAskedAt('2025-03-10T02:00:00.000Z')]);
  });

  it('a question may be asked of a scheduled consultation, which returns to scheduled once answered', () => {
    const scheduled = scheduledAt('2025-03-10T01:30:00.000Z');
    given([requestedWith(), accepted, scheduled]).when(ask('latest echocardiogram?')).then([questionAskedAt('2025-03-10T02:00:00.000Z', 'scheduled')]);
    const [event] = consultationDecider.decide(answer('EF 45%'), [requestedWith(), accepted, scheduled, questionAskedAt('2025-03-10T02:00:00.000Z', 'scheduled')].reduce(consultationDecider.evolve, consultationDecider.initialState()));
    expect(event.data).toMatchObject({ resumedStatus: 'scheduled' });
  });

  it('the clinician\'s answer resumes the consultation and moves the answer deadline on by the time it waited', () => {
    // Asked at 02:00 with 23 hours left on the answer clock; answered at 06:00: due 23 hours later, 05:00 next day.
    given([requestedWith(), accepted, questionAskedAt('2025-03-10T02:00:00.000Z')])
      .when(answer('EF 45%'))
      .then([
        {
          type: 'ConsultationInformationProvided',
          data: {
            consultationId,
            questionId: 'question-1',
            answer: 'EF 45%',
            resumedStatus: 'accepted',
            answerBy: '2025-03-11T05:00:00.000Z',
            answeredBy: clinicianId,
            answeredAt: '2025-03-10T06:00:00.000Z',
          },
        },
      ]);
  });

  it('an answer to a consultation without clocks moves no deadline', () => {
    const [event] = consultationDecider.decide(
      answer('EF 45%'),
      [requestedWith(null), accepted, questionAskedAt('2025-03-10T02:00:00.000Z')].reduce(consultationDecider.evolve, consultationDecider.initialState()),
    );
    expect(event.data).not.toHaveProperty('answerBy');
  });

  it('an answer deadline already passed when the question was asked is not moved', () => {
    const overdue: ConsultationEvent = { type: 'ConsultationOpinionOverdue', data: { consultationId, dueAt: urgentClock.answerBy, recordedAt: '2025-03-11T01:01:00.000Z' } };
    const [event] = consultationDecider.decide(
      answer('EF 45%', clinicianId, '2025-03-11T08:00:00.000Z'),
      [requestedWith(), accepted, overdue, questionAskedAt('2025-03-11T02:00:00.000Z')].reduce(consultationDecider.evolve, consultationDecider.initialState()),
    );
    expect(event.data).not.toHaveProperty('answerBy');
  });

  it('only the assigned expert asks', () => {
    given([requestedWith(), accepted]).when(ask('latest echo?', 'expert-li-na')).thenFails(NotAssignedExpert, 'not-assigned-expert');
  });

  it('a request not yet accepted cannot be questioned', () => {
    given([requestedWith()]).when(ask('latest echo?')).thenFails(IllegalTransition, 'illegal-transition');
  });

  it('a second question waits for the answer to the first', () => {
    given([requestedWith(), accepted, questionAskedAt('2025-03-10T02:00:00.000Z')]).when(ask('and the ECG?')).thenFails(IllegalTransition, 'illegal-transition');
  });

  it('an empty question is refused', () => {
    given([requestedWith(), accepted]).when(ask('  ')).thenFails(InvalidValue, 'invalid-value');
  });

  it('only the requesting clinician answers', () => {
    given([requestedWith(), accepted, questionAskedAt('2025-03-10T02:00:00.000Z')])
      .when(answer('EF 45%', 'user-someone-else'))
      .thenFails(NotRequestingClinician, 'not-requesting-clinician');
  });

  it('there is nothing to answer when no question is open', () => {
    given([requestedWith(), accepted]).when(answer('EF 45%')).thenFails(IllegalTransition, 'illegal-transition');
  });

  it('an empty answer is refused', () => {
    given([requestedWith(), accepted, questionAskedAt('2025-03-10T02:00:00.000Z')]).when(answer('')).thenFails(InvalidValue, 'invalid-value');
  });
});
