import { InvalidValue, type ResponseClock } from '@telemed/domain/core';
import { specFor } from '@telemed/domain/core/decider-spec.testing';
import { caseReviewDecider, type RequestCaseReview } from './case-review.decider';
import type { CaseReviewEvent } from './case-review.events';

const given = specFor(caseReviewDecider);
const caseReviewId = 'cr-7';
const requestedAt = '2025-03-10T01:00:00.000Z'; // Monday 09:00 in Beijing
const overdue = (deadline: 'accept' | 'answer', now: string) => ({ type: 'RecordCaseReviewOverdue' as const, deadline, now });

/** Routine under the agreement: a panellist accepts within 8 hours, the panel concludes within 3 days, elapsed time. */
const routineClock: ResponseClock = {
  agreementId: 'agreement-1',
  acceptMinutes: 480,
  answerMinutes: 4320,
  acceptBy: '2025-03-10T09:00:00.000Z',
  answerBy: '2025-03-13T01:00:00.000Z',
};

const request: RequestCaseReview = {
  type: 'RequestCaseReview',
  caseReviewId,
  partnership: { partnershipId: 'p-1', givingHospitalId: 'h-shanghai', receivingHospitalId: 'h-kashgar', active: true },
  pairingId: 'pair-1',
  requestingHospitalId: 'h-kashgar',
  specialties: ['hepatology', 'radiology'],
  purpose: 'treatment plan for hepatic echinococcosis',
  caseSummary: 'cystic lesion in the right lobe',
  patient: { reference: 'MRN-0077' },
  consent: { medical: true, dataSharing: true },
  requestedBy: 'clinician-1',
  clock: { agreementId: 'agreement-1', acceptMinutes: 480, answerMinutes: 4320 },
  now: requestedAt,
};

function requestedWith(clock: ResponseClock | null = routineClock, urgency: 'routine' | 'urgent' = 'routine'): CaseReviewEvent {
  return {
    type: 'CaseReviewRequested',
    data: {
      caseReviewId,
      partnershipId: 'p-1',
      pairingId: 'pair-1',
      requestingHospitalId: 'h-kashgar',
      givingHospitalId: 'h-shanghai',
      specialties: ['hepatology', 'radiology'],
      purpose: request.purpose,
      caseSummary: request.caseSummary,
      patient: { reference: 'MRN-0077' },
      consent: { medical: true, dataSharing: true },
      requestedBy: 'clinician-1',
      requestedAt,
      urgency,
      ...(clock && { clock }),
    },
  };
}

const liver = { expertId: 'exp-liver', hospitalId: 'h-shanghai', specialty: 'hepatology' };
const invited: CaseReviewEvent = { type: 'PanelistsInvited', data: { caseReviewId, experts: [liver], invitedBy: 'clinician-1', invitedAt: '2025-03-10T02:00:00.000Z' } };
const acceptedAt = (at: string): CaseReviewEvent => ({ type: 'InvitationAccepted', data: { caseReviewId, expertId: 'exp-liver', acceptedBy: 'exp-liver', acceptedAt: at } });
const declinedAt = (at: string): CaseReviewEvent => ({
  type: 'InvitationDeclined',
  data: { caseReviewId, expertId: 'exp-liver', reason: 'on leave', declinedBy: 'exp-liver', declinedAt: at },
});
const slot = { start: '2025-03-11T02:00:00.000Z', end: '2025-03-11T03:30:00.000Z' };
const held: CaseReviewEvent[] = [
  { type: 'CaseReviewScheduled', data: { caseReviewId, ...slot, panelistIds: ['exp-liver'], scheduledBy: 'coord-1', scheduledAt: '2025-03-10T05:00:00.000Z' } },
  { type: 'CaseReviewStarted', data: { caseReviewId, startedBy: 'coord-1', startedAt: slot.start } },
];
const concludedAt = (at: string): CaseReviewEvent => ({ type: 'CaseReviewConcluded', data: { caseReviewId, conclusion: 'resect', concludedBy: 'coord-1', concludedAt: at } });

describe('the response clock a case review is requested under', () => {
  it('a request under an agreement with targets carries its accept-by and answer-by deadlines, routine unless said otherwise', () => {
    given([]).when(request).then([requestedWith()]);
  });

  it('an urgent request runs on the targets the application layer read for urgent requests', () => {
    const urgent = { ...request, urgency: 'urgent' as const, clock: { agreementId: 'agreement-1', acceptMinutes: 30, answerMinutes: 720 } };
    given([])
      .when(urgent)
      .then([requestedWith({ ...urgent.clock, acceptBy: '2025-03-10T01:30:00.000Z', answerBy: '2025-03-10T13:00:00.000Z' }, 'urgent')]);
  });

  it('an urgency that is neither routine nor urgent is refused', () => {
    given([]).when({ ...request, urgency: 'whenever' as never }).thenFails(InvalidValue);
  });

  it('a request under an agreement without targets carries no deadlines, and nothing falls overdue', () => {
    const { clock: _none, ...withoutClock } = request;
    given([]).when(withoutClock).then([requestedWith(null)]);
    given([requestedWith(null)]).when(overdue('accept', '2030-01-01T00:00:00.000Z')).then([]);
  });
});

describe('recording a case review\'s overdue deadline', () => {
  it('a review no invited expert accepted by its accept-by deadline is recorded overdue once it has passed', () => {
    given([requestedWith(), invited])
      .when(overdue('accept', '2025-03-10T09:01:00.000Z'))
      .then([{ type: 'CaseReviewResponseOverdue', data: { caseReviewId, dueAt: routineClock.acceptBy, recordedAt: '2025-03-10T09:01:00.000Z' } }]);
  });

  it('a deadline not yet passed records nothing', () => {
    given([requestedWith()]).when(overdue('accept', '2025-03-10T08:59:59.000Z')).then([]);
  });

  it('an overdue deadline is recorded once: asked again, nothing more is written', () => {
    const first: CaseReviewEvent = { type: 'CaseReviewResponseOverdue', data: { caseReviewId, dueAt: routineClock.acceptBy, recordedAt: '2025-03-10T09:01:00.000Z' } };
    given([requestedWith(), first]).when(overdue('accept', '2025-03-10T10:00:00.000Z')).then([]);
  });

  it('the first expert to accept meets the accept-by deadline; a decline does not', () => {
    given([requestedWith(), invited, acceptedAt('2025-03-10T03:00:00.000Z')]).when(overdue('accept', '2025-03-11T00:00:00.000Z')).then([]);
    given([requestedWith(), invited, declinedAt('2025-03-10T03:00:00.000Z')])
      .when(overdue('accept', '2025-03-11T00:00:00.000Z'))
      .then([{ type: 'CaseReviewResponseOverdue', data: { caseReviewId, dueAt: routineClock.acceptBy, recordedAt: '2025-03-11T00:00:00.000Z' } }]);
  });

  it('a panel that has not concluded by the answer-by deadline is recorded overdue, even while the discussion is under way', () => {
    given([requestedWith(), invited, acceptedAt('2025-03-10T03:00:00.000Z'), ...held])
      .when(overdue('answer', '2025-03-13T02:00:00.000Z'))
      .then([{ type: 'CaseReviewConclusionOverdue', data: { caseReviewId, dueAt: routineClock.answerBy, recordedAt: '2025-03-13T02:00:00.000Z' } }]);
  });

  it('the conclusion stops the answer clock', () => {
    given([requestedWith(), invited, acceptedAt('2025-03-10T03:00:00.000Z'), ...held, concludedAt(slot.end)])
      .when(overdue('answer', '2025-03-14T00:00:00.000Z'))
      .then([]);
  });

  it('a cancelled review falls overdue for nothing', () => {
    const cancelled: CaseReviewEvent = {
      type: 'CaseReviewCancelled',
      data: { caseReviewId, reason: 'patient transferred', previousStatus: 'requested', cancelledBy: 'clinician-1', cancelledAt: '2025-03-10T04:00:00.000Z' },
    };
    given([requestedWith(), cancelled]).when(overdue('accept', '2025-03-14T00:00:00.000Z')).then([]);
    given([requestedWith(), cancelled]).when(overdue('answer', '2025-03-14T00:00:00.000Z')).then([]);
  });

  it('a review that is not requested records nothing', () => {
    given([]).when(overdue('answer', '2025-03-14T00:00:00.000Z')).then([]);
  });
});
