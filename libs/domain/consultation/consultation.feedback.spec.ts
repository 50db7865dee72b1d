import { IllegalTransition, InvalidValue } from '@telemed/domain/core';
import { specFor } from '@telemed/domain/core/decider-spec.testing';
import { consultationDecider, FeedbackAlreadyGiven, NotRequestingClinician, type ConsultationEvent } from '.';
import { acceptedAt, clinicianId, completedHistory, consultationId, requestedWith } from './consultation.fixtures.testing';

const given = specFor(consultationDecider);
const rate = (usefulness: number, comment?: string, by = clinicianId) => ({
  type: 'GiveFeedback' as const,
  usefulness,
  ...(comment !== undefined && { comment }),
  givenBy: by,
  now: '2025-03-12T00:00:00.000Z',
});
const feedback = (usefulness: number, comment?: string): ConsultationEvent => ({
  type: 'ConsultationFeedbackGiven',
  data: { consultationId, usefulness, ...(comment && { comment }), givenBy: clinicianId, givenAt: '2025-03-12T00:00:00.000Z' },
});

describe('closeout feedback on the signed opinion', () => {
  it('the requesting clinician rates the opinion\'s usefulness with a comment', () => {
    given(completedHistory()).when(rate(4, 'clear and actionable')).then([feedback(4, 'clear and actionable')]);
  });

  it('the comment is optional, and a blank one is left out', () => {
    given(completedHistory()).when(rate(5)).then([feedback(5)]);
    given(completedHistory()).when(rate(5, '  ')).then([feedback(5)]);
  });

  it('feedback is given once', () => {
    given([...completedHistory(), feedback(4)]).when(rate(2)).thenFails(FeedbackAlreadyGiven, 'feedback-already-given');
  });

  it('only the requesting clinician rates', () => {
    given(completedHistory()).when(rate(4, undefined, 'user-other')).thenFails(NotRequestingClinician, 'not-requesting-clinician');
  });

  it.each([0, 6, 3.5])('a rating of %s is outside 1 to 5', (usefulness) => {
    given(completedHistory()).when(rate(usefulness)).thenFails(InvalidValue, 'invalid-value');
  });

  it('no feedback before the opinion is signed', () => {
    given([requestedWith(), acceptedAt('2025-03-10T01:10:00.000Z')]).when(rate(4)).thenFails(IllegalTransition, 'illegal-transition');
  });
});
