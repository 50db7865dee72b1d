import { DomainError, IllegalTransition, InvalidValue, NotFound } from '@telemed/domain/core';
import { OutsideSpecialty } from '@telemed/domain/expert';
import { specFor } from '@telemed/domain/core/decider-spec.testing';
import { caseReviewDecider, type CaseReviewCommand, type RequestCaseReview } from './case-review.decider';
import {
  CaseReviewAlreadyRequested,
  CaseReviewPartnershipInactive,
  CaseReviewSpecialtyNotCovered,
  ExpertNotInvited,
  InvitationAlreadyAnswered,
  NoAcceptedPanelist,
  NotAPanelist,
  NotReceivingHospital,
} from './case-review.errors';
import {
  acceptedPanelists,
  caseReviewStreamId,
  evolve,
  initialState,
  type CaseReviewEvent,
  type CaseReviewRequested,
} from './case-review.events';

const given = specFor(caseReviewDecider);
const id = 'cr-1';
const requestedAt = '2024-05-06T02:00:00Z';
const now = '2024-05-07T02:00:00Z';
const slot = { start: '2024-05-10T02:00:00Z', end: '2024-05-10T03:30:00Z' };
const liver = { expertId: 'exp-liver', hospitalId: 'h-shanghai', specialty: 'hepatology' };
const heart = { expertId: 'exp-heart', hospitalId: 'h-shanghai', specialty: 'cardiology' };

const request: RequestCaseReview = {
  type: 'RequestCaseReview',
  caseReviewId: id,
  partnership: { partnershipId: 'p-1', givingHospitalId: 'h-shanghai', receivingHospitalId: 'h-kashgar', active: true },
  pairingId: 'pair-1',
  requestingHospitalId: 'h-kashgar',
  specialties: ['hepatology', 'cardiology'],
  purpose: 'treatment plan for a complex hepatic echinococcosis',
  caseSummary: '54-year-old, cystic lesion in the right lobe, portal hypertension',
  patient: { reference: 'MRN-0042', sex: 'female' },
  consent: { medical: true, dataSharing: true },
  requestedBy: 'clinician-1',
  now: requestedAt,
};

const requested: CaseReviewRequested = {
  type: 'CaseReviewRequested',
  data: {
    caseReviewId: id,
    partnershipId: 'p-1',
    pairingId: 'pair-1',
    requestingHospitalId: 'h-kashgar',
    givingHospitalId: 'h-shanghai',
    specialties: ['hepatology', 'cardiology'],
    purpose: request.purpose,
    caseSummary: request.caseSummary,
    patient: { reference: 'MRN-0042', sex: 'female' },
    consent: { medical: true, dataSharing: true },
    requestedBy: 'clinician-1',
    requestedAt,
    urgency: 'routine',
  },
};
const invited = (...experts: (typeof liver)[]): CaseReviewEvent => ({
  type: 'PanelistsInvited',
  data: { caseReviewId: id, experts, invitedBy: 'coord-1', invitedAt: requestedAt },
});
const accepted = (expertId: string): CaseReviewEvent => ({
  type: 'InvitationAccepted',
  data: { caseReviewId: id, expertId, acceptedBy: expertId, acceptedAt: requestedAt },
});
const declined = (expertId: string): CaseReviewEvent => ({
  type: 'InvitationDeclined',
  data: { caseReviewId: id, expertId, reason: 'on leave', declinedBy: expertId, declinedAt: requestedAt },
});
const scheduled: CaseReviewEvent = {
  type: 'CaseReviewScheduled',
  data: { caseReviewId: id, ...slot, panelistIds: ['exp-liver'], scheduledBy: 'coord-1', scheduledAt: requestedAt },
};
const started: CaseReviewEvent = {
  type: 'CaseReviewStarted',
  data: { caseReviewId: id, startedBy: 'coord-1', startedAt: slot.start },
};
const concluded: CaseReviewEvent = {
  type: 'CaseReviewConcluded',
  data: { caseReviewId: id, conclusion: 'surgery', concludedBy: 'coord-1', concludedAt: slot.end },
};
const cancelled: CaseReviewEvent = {
  type: 'CaseReviewCancelled',
  data: {
    caseReviewId: id,
    reason: 'patient transferred',
    previousStatus: 'requested',
    cancelledBy: 'coord-1',
    cancelledAt: now,
  },
};

const withAcceptedLiver = [requested, invited(liver, heart), accepted('exp-liver')];
const inScheduled = [...withAcceptedLiver, scheduled];
const inProgress = [...inScheduled, started];

describe('requesting a case review', () => {
  it('a clinician of the receiving hospital requests a review of a case with both consents', () => {
    given([]).when(request).then([requested]);
  });

  it('a case review none of whose specialties a department pairing covers cannot be requested', () => {
    const { pairingId: _omitted, ...withoutPairing } = request;
    const error = given([]).when(withoutPairing).thenFails(CaseReviewSpecialtyNotCovered, 'specialty-not-covered');
    expect(error.kind).toBe('conflict');
  });

  it('a case review for a patient born after the day of the request is refused', () => {
    const error = given([])
      .when({ ...request, patient: { reference: 'MRN-0042', birthDate: '2024-05-07' } })
      .thenFails(InvalidValue, 'birth-date-out-of-range');
    expect(error.fieldErrors[0].field).toBe('patient.birthDate');
  });

  it('a case review cannot be requested twice', () => {
    given([requested]).when(request).thenFails(CaseReviewAlreadyRequested, 'already-requested');
  });

  it('an inactive partnership cannot carry a case review', () => {
    given([])
      .when({ ...request, partnership: { ...request.partnership, active: false } })
      .thenFails(CaseReviewPartnershipInactive, 'partnership-inactive');
  });

  it('only the receiving hospital of the partnership may request', () => {
    const error = given([])
      .when({ ...request, requestingHospitalId: 'h-shanghai' })
      .thenFails(NotReceivingHospital, 'not-receiving-hospital');
    expect(error.kind).toBe('forbidden');
  });

  it.each([
    ['consent.medical', { medical: false, dataSharing: true }],
    ['consent.dataSharing', { medical: true, dataSharing: false }],
    ['consent.dataSharing', { medical: true }],
  ])('a request without %s is refused', (field, consent) => {
    const error = given([]).when({ ...request, consent }).thenFails(InvalidValue, 'consent-required');
    expect(error.fieldErrors[0].field).toBe(field);
  });

  it.each([
    ['specialties', { specialties: [] }],
    ['specialties', { specialties: ['hepatology', ' '] }],
    ['purpose', { purpose: ' ' }],
    ['caseSummary', { caseSummary: '' }],
    ['patient.reference', { patient: { reference: '' } }],
  ])('a request with an empty %s is refused', (field, change) => {
    const error = given([]).when({ ...request, ...change }).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe(field);
  });
});

describe('inviting panelists', () => {
  const invite = (...experts: (typeof liver)[]): CaseReviewCommand => ({
    type: 'InvitePanelists',
    experts: experts.map((expert) => ({ ...expert, departmentId: `d-${expert.specialty}` })),
    pairedDepartmentIds: ['d-paired-surgery'],
    invitedBy: 'coord-1',
    now: requestedAt,
  });

  it('an expert none of whose specialties the review asks for cannot be invited', () => {
    const radiologist = { expertId: 'exp-radiology', hospitalId: 'h-shanghai', specialty: 'radiology' };
    given([requested]).when(invite(liver, radiologist)).thenFails(OutsideSpecialty, 'outside-specialty');
  });

  it('an expert of a department paired for one of the review’s specialties may be invited, whatever their own', () => {
    const surgeon = { expertId: 'exp-surgery', hospitalId: 'h-shanghai', specialty: 'paired-surgery' };
    given([requested]).when(invite(surgeon)).then([invited(surgeon)]);
  });

  it('experts of several departments are invited to a requested review', () => {
    given([requested]).when(invite(liver, heart)).then([invited(liver, heart)]);
  });

  it('more experts may be invited after the review is scheduled', () => {
    const lungs = { expertId: 'exp-lungs', hospitalId: 'h-ruijin', specialty: 'hepatology' };
    given(inScheduled).when(invite(lungs)).then([invited(lungs)]);
  });

  it('experts already invited, or named twice, are invited only once', () => {
    given([requested, invited(liver)]).when(invite(liver, heart, heart)).then([invited(heart)]);
  });

  it('inviting only experts already invited changes nothing', () => {
    given([requested, invited(liver), declined('exp-liver')]).when(invite(liver)).then([]);
  });

  it('an invitation must name at least one expert', () => {
    given([requested]).when(invite()).thenFails(InvalidValue);
  });

  it('an invitation cannot name a blank expert', () => {
    given([requested]).when(invite({ ...liver, expertId: ' ' })).thenFails(InvalidValue);
  });

  it.each([
    ['in progress', inProgress],
    ['concluded', [...inProgress, concluded]],
    ['cancelled', [requested, cancelled]],
  ])('no one can be invited to a review that is %s', (_status, history) => {
    given(history).when(invite(heart)).thenFails(IllegalTransition, 'illegal-transition');
  });

  it('no one can be invited to a review that was never requested', () => {
    const error = given([]).when(invite(heart)).thenFails(NotFound);
    expect(error.kind).toBe('not-found');
  });
});

describe('answering an invitation', () => {
  const accept = (expertId: string): CaseReviewCommand => ({
    type: 'AcceptInvitation',
    expertId,
    acceptedBy: expertId,
    now: requestedAt,
  });
  const decline = (expertId: string, reason = 'on leave'): CaseReviewCommand => ({
    type: 'DeclineInvitation',
    expertId,
    reason,
    declinedBy: expertId,
    now: requestedAt,
  });

  it('an invited expert accepts', () => {
    given([requested, invited(liver)]).when(accept('exp-liver')).then([accepted('exp-liver')]);
  });

  it('an invited expert accepts after the review has been scheduled', () => {
    given(inScheduled).when(accept('exp-heart')).then([accepted('exp-heart')]);
  });

  it('an invited expert declines with a reason', () => {
    given([requested, invited(liver)]).when(decline('exp-liver')).then([declined('exp-liver')]);
  });

  it('a decline must give a reason', () => {
    const error = given([requested, invited(liver)]).when(decline('exp-liver', '  ')).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe('reason');
  });

  it.each([
    ['accept', accept],
    ['decline', decline],
  ])('an expert who was not invited cannot %s', (_answer, answer) => {
    const error = given([requested, invited(liver)])
      .when(answer('exp-heart'))
      .thenFails(ExpertNotInvited, 'not-invited');
    expect(error.kind).toBe('forbidden');
  });

  it.each([
    ['accept after accepting', accept, accepted],
    ['accept after declining', accept, declined],
    ['decline after declining', decline, declined],
    ['decline after accepting', decline, accepted],
  ])('an expert cannot %s', (_sentence, answer, answered) => {
    given([requested, invited(liver), answered('exp-liver')])
      .when(answer('exp-liver'))
      .thenFails(InvitationAlreadyAnswered, 'already-answered');
  });

  it('a panelist who accepted cannot decline once the review is scheduled', () => {
    given(inScheduled).when(decline('exp-liver')).thenFails(InvitationAlreadyAnswered, 'already-answered');
  });

  it.each([
    ['in progress', inProgress],
    ['cancelled', [requested, invited(liver), cancelled]],
  ])('an invitation to a review that is %s can no longer be answered', (_status, history) => {
    given(history).when(accept('exp-heart')).thenFails(IllegalTransition, 'illegal-transition');
    given(history).when(decline('exp-heart')).thenFails(IllegalTransition, 'illegal-transition');
  });
});

describe('scheduling', () => {
  const schedule = (start = slot.start, end = slot.end): CaseReviewCommand => ({
    type: 'ScheduleCaseReview',
    start,
    end,
    scheduledBy: 'coord-1',
    now: requestedAt,
  });

  it('a review with an accepted panelist is scheduled with the panel that accepted', () => {
    given(withAcceptedLiver).when(schedule()).then([scheduled]);
  });

  it('a scheduled review is rescheduled, keeping the previous slot in the record', () => {
    const later = { start: '2024-05-11T02:00:00Z', end: '2024-05-11T03:00:00Z' };
    given([...inScheduled, accepted('exp-heart')])
      .when(schedule(later.start, later.end))
      .then([
        {
          type: 'CaseReviewRescheduled',
          data: {
            caseReviewId: id,
            previousStart: slot.start,
            previousEnd: slot.end,
            ...later,
            panelistIds: ['exp-liver', 'exp-heart'],
            rescheduledBy: 'coord-1',
            rescheduledAt: requestedAt,
          },
        },
      ]);
  });

  it('a review in which no one has accepted cannot be scheduled', () => {
    given([requested, invited(liver, heart), declined('exp-heart')])
      .when(schedule())
      .thenFails(NoAcceptedPanelist, 'no-accepted-panelist');
  });

  it.each([
    ['a start that is not an instant', 'start', 'not a date', slot.end],
    ['an end without a time and offset', 'end', slot.start, '2024-05-10'],
    ['no length', 'end', slot.start, slot.start],
    ['an end before its start', 'end', slot.end, slot.start],
  ])('a slot with %s is refused', (_sentence, field, start, end) => {
    const error = given(withAcceptedLiver).when(schedule(start, end)).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe(field);
  });

  it('a review cannot be scheduled in the past', () => {
    given(withAcceptedLiver).when(schedule('2024-05-01T02:00:00Z', slot.end)).thenFails(InvalidValue, 'start-in-past');
  });

  it.each([
    ['in progress', inProgress],
    ['concluded', [...inProgress, concluded]],
  ])('a review that is %s cannot be rescheduled', (_status, history) => {
    given(history).when(schedule()).thenFails(IllegalTransition, 'illegal-transition');
  });
});

describe('holding the discussion', () => {
  const start: CaseReviewCommand = { type: 'StartCaseReview', startedBy: 'coord-1', now: slot.start };
  const contribute = (expertId: string, opinion = 'resect the cyst'): CaseReviewCommand => ({
    type: 'RecordContribution',
    expertId,
    opinion,
    recordedBy: expertId,
    now: slot.start,
  });
  const contributed = (opinion: string): CaseReviewEvent => ({
    type: 'ContributionRecorded',
    data: { caseReviewId: id, expertId: 'exp-liver', opinion, recordedBy: 'exp-liver', recordedAt: slot.start },
  });
  const conclude = (conclusion = 'surgery'): CaseReviewCommand => ({
    type: 'ConcludeCaseReview',
    conclusion,
    concludedBy: 'coord-1',
    now: slot.end,
  });

  it('a scheduled review starts', () => {
    given(inScheduled).when(start).then([started]);
  });

  it('a review that is not scheduled cannot start', () => {
    given(withAcceptedLiver).when(start).thenFails(IllegalTransition, 'illegal-transition');
    given(inProgress).when(start).thenFails(IllegalTransition, 'illegal-transition');
  });

  it('a panelist records a contribution, and may speak more than once', () => {
    given(inProgress).when(contribute('exp-liver')).then([contributed('resect the cyst')]);
    given([...inProgress, contributed('resect the cyst')])
      .when(contribute('exp-liver', 'after albendazole'))
      .then([contributed('after albendazole')]);
  });

  it('an invited expert who did not accept cannot contribute', () => {
    given(inProgress).when(contribute('exp-heart')).thenFails(NotAPanelist, 'not-a-panelist');
  });

  it('a contribution must say something', () => {
    given(inProgress).when(contribute('exp-liver', ' ')).thenFails(InvalidValue);
  });

  it('contributions are recorded only while the discussion is in progress', () => {
    given(inScheduled).when(contribute('exp-liver')).thenFails(IllegalTransition, 'illegal-transition');
  });

  it('a review in progress is concluded', () => {
    given(inProgress).when(conclude()).then([concluded]);
  });

  it('a conclusion must not be empty', () => {
    given(inProgress).when(conclude('')).thenFails(InvalidValue);
  });

  it.each([
    ['scheduled', inScheduled],
    ['concluded', [...inProgress, concluded]],
  ])('a review that is %s cannot be concluded', (_status, history) => {
    given(history).when(conclude()).thenFails(IllegalTransition, 'illegal-transition');
  });
});

describe('cancelling', () => {
  const cancel = (reason = 'patient transferred'): CaseReviewCommand => ({
    type: 'CancelCaseReview',
    reason,
    cancelledBy: 'coord-1',
    now,
  });

  it.each([
    ['requested', [requested]],
    ['scheduled', inScheduled],
    ['in-progress', inProgress],
  ] as const)('a review that is %s is cancelled with a reason', (previousStatus, history) => {
    given([...history])
      .when(cancel())
      .then([{ type: 'CaseReviewCancelled', data: { ...cancelled.data, previousStatus } } as CaseReviewEvent]);
  });

  it('a cancellation must give a reason', () => {
    given([requested]).when(cancel(' ')).thenFails(InvalidValue);
  });

  it.each([
    ['concluded', [...inProgress, concluded]],
    ['cancelled', [requested, cancelled]],
  ])('a review that is %s cannot be cancelled', (_status, history) => {
    given(history).when(cancel()).thenFails(IllegalTransition, 'illegal-transition');
  });
});

describe('the state of a case review', () => {
  const fold = (events: CaseReviewEvent[]) => events.reduce(evolve, initialState());

  it('knows its panel, slot, contributions and conclusion', () => {
    const said = { expertId: 'exp-liver', opinion: 'resect', recordedBy: 'exp-liver', recordedAt: slot.start };
    const contribution: CaseReviewEvent = { type: 'ContributionRecorded', data: { caseReviewId: id, ...said } };
    const state = fold([...inProgress, contribution, contribution, concluded]);
    expect(state.contributions).toEqual([said, said]);
    expect(state.status).toBe('concluded');
    expect(acceptedPanelists(state)).toEqual(['exp-liver']);
    expect(state.invitations['exp-heart'].answer).toBe('pending');
    expect(state.slot).toEqual(slot);
    expect(state.conclusion).toBe('surgery');
  });

  it('remembers why an invitation was declined', () => {
    expect(fold([requested, invited(liver), declined('exp-liver')]).invitations['exp-liver']).toMatchObject({
      answer: 'declined',
      reason: 'on leave',
    });
  });

  it('ignores events it does not know', () => {
    const unknown = { type: 'SomethingElse', data: {} } as unknown as CaseReviewEvent;
    expect(fold([requested, unknown])).toEqual(fold([requested]));
  });

  it('lives in a stream named after the case review', () => {
    expect(caseReviewStreamId('cr-1')).toBe('case-review-cr-1');
  });

  it('refusals are domain errors the HTTP layer can map', () => {
    const error = given([requested]).when(request).thenFails(DomainError);
    expect(error.kind).toBe('conflict');
  });
});
