import { agreementDecider, partnershipAgreementsStreamId } from '@telemed/domain/agreement';
import { caseReviewDecider, caseReviewStreamId, type CaseReviewCommand } from '@telemed/domain/case-review';
import { trainingDecider, trainingSessionStreamId, type Attendee, type TrainingCommand } from '@telemed/domain/training';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import {
  activityFactsProjection,
  agreementsProjection,
  caseReviewsProjection,
  trainingSessionsProjection,
  type Projection,
} from '@telemed/projections';
import { RecordedHistory } from '@telemed/projections/projection.testing';

/*
 * The histories of the projection specs (libs/projections/**\/*.projection.spec.ts), decided by
 * the real deciders. The specs keep theirs private to run on SQLite; these are the same commands.
 */

const partnership = { partnershipId: 'p-1', givingHospitalId: 'h-shanghai', receivingHospitalId: 'h-kashgar', active: true };
const liver = { expertId: 'exp-liver', hospitalId: 'h-shanghai', specialty: 'hepatology' };
const heart = { expertId: 'exp-heart', hospitalId: 'h-beijing', specialty: 'cardiology' };
/** Each expert in the department of their specialty; the pulmonology department answers for a pairing of the review. */
const inDepartment = <Expert extends { specialty: string }>(expert: Expert) => ({ ...expert, departmentId: `d-${expert.specialty}` });
const lungs = { expertId: 'exp-lungs', hospitalId: 'h-shanghai', specialty: 'pulmonology' };

function requestCaseReview(history: RecordedHistory, caseReviewId: string, now: string, specialties = ['hepatology']) {
  history.decide(caseReviewStreamId(caseReviewId), caseReviewDecider, {
    type: 'RequestCaseReview',
    caseReviewId,
    partnership,
    pairingId: 'pair-1',
    requestingHospitalId: 'h-kashgar',
    specialties,
    purpose: 'treatment plan for hepatic echinococcosis',
    caseSummary: '54-year-old, cystic lesion in the right lobe',
    patient: { reference: `MRN-${caseReviewId}` },
    consent: { medical: true, dataSharing: true },
    requestedBy: 'clinician-1',
    now,
  });
}

/** Three invited, one declines, two accept, scheduled then moved, held, two contributions, concluded. */
function concludedDiscussion(history: RecordedHistory, id: string): void {
  const decide = (command: CaseReviewCommand) => history.decide(caseReviewStreamId(id), caseReviewDecider, command);
  requestCaseReview(history, id, '2026-03-02T01:00:00Z', ['hepatology', 'cardiology']);
  decide({ type: 'InvitePanelists', experts: [liver, heart, lungs].map(inDepartment), pairedDepartmentIds: ['d-pulmonology'], invitedBy: 'clinician-1', now: '2026-03-02T02:00:00Z' });
  decide({ type: 'DeclineInvitation', expertId: 'exp-lungs', reason: 'on leave that week', declinedBy: 'exp-lungs', now: '2026-03-02T03:00:00Z' });
  decide({ type: 'AcceptInvitation', expertId: 'exp-liver', acceptedBy: 'exp-liver', now: '2026-03-02T04:00:00Z' });
  decide({ type: 'AcceptInvitation', expertId: 'exp-heart', acceptedBy: 'exp-heart', now: '2026-03-02T05:00:00Z' });
  decide({ type: 'ScheduleCaseReview', start: '2026-03-05T02:00:00Z', end: '2026-03-05T03:00:00Z', scheduledBy: 'coord', now: '2026-03-02T06:00:00Z' });
  decide({ type: 'ScheduleCaseReview', start: '2026-03-06T02:00:00Z', end: '2026-03-06T03:00:00Z', scheduledBy: 'coord', now: '2026-03-03T06:00:00Z' });
  decide({ type: 'StartCaseReview', startedBy: 'coord', now: '2026-03-06T02:00:00Z' });
  decide({ type: 'RecordContribution', expertId: 'exp-liver', opinion: 'resect the cyst', recordedBy: 'exp-liver', now: '2026-03-06T02:20:00Z' });
  decide({ type: 'RecordContribution', expertId: 'exp-heart', opinion: 'fit for surgery', recordedBy: 'exp-heart', now: '2026-03-06T02:30:00Z' });
  decide({ type: 'ConcludeCaseReview', conclusion: 'surgery within two weeks', concludedBy: 'exp-liver', now: '2026-03-06T02:55:00Z' });
}

function cancelCaseReview(history: RecordedHistory, id: string, now: string): void {
  history.decide(caseReviewStreamId(id), caseReviewDecider, { type: 'CancelCaseReview', reason: 'patient transferred', cancelledBy: 'clinician-1', now });
}

const person = (staffId: string): Attendee => ({ staffId, name: staffId });

/** Planned, moved, held, then attendance posted twice with two people in both postings. */
function heldSession(history: RecordedHistory, id: string, start: string, attendance: Attendee[][]): void {
  const decide = (command: TrainingCommand) => history.decide(trainingSessionStreamId(id), trainingDecider, command);
  const hour = 3_600_000;
  const at = (offset: number) => new Date(Date.parse(start) + offset).toISOString();
  decide({
    type: 'PlanTrainingSession',
    trainingSessionId: id,
    partnership,
    pairingId: 'pair-1',
    title: 'Reading coronary angiograms',
    format: 'lecture',
    start: at(-24 * hour),
    end: at(-22 * hour),
    trainerExpertIds: ['exp-heart'],
    audienceDepartmentIds: ['dept-cardio'],
    plannedBy: 'coord',
    now: '2026-03-01T00:00:00Z',
  });
  decide({ type: 'RescheduleTrainingSession', start, end: at(2 * hour), by: 'coord', now: '2026-03-01T01:00:00Z' });
  decide({ type: 'MarkTrainingSessionHeld', recordedBy: 'exp-heart', now: at(3 * hour) });
  for (const attendees of attendance) {
    decide({ type: 'RecordAttendance', attendees, recordedBy: 'coord', now: '2026-05-20T00:00:00Z' });
  }
}

function cancelledSession(history: RecordedHistory, id: string): void {
  history.decide(trainingSessionStreamId(id), trainingDecider, {
    type: 'PlanTrainingSession',
    trainingSessionId: id,
    partnership,
    title: 'Ward round',
    format: 'ward-round',
    start: '2026-03-10T02:00:00Z',
    end: '2026-03-10T04:00:00Z',
    trainerExpertIds: ['exp-heart'],
    plannedBy: 'coord',
    now: '2026-03-02T01:00:00Z',
  });
  history.decide(trainingSessionStreamId(id), trainingDecider, { type: 'CancelTrainingSession', reason: 'trainer ill', cancelledBy: 'coord', now: '2026-03-04T00:00:00Z' });
}

/** Two agreements of one partnership: one amended then terminated, one open-ended. */
function agreementsOfOnePartnership(history: RecordedHistory): void {
  const stream = partnershipAgreementsStreamId('p-1');
  const established = { status: 'established', ...partnership, programme: 'group-aid', validFrom: '2026-01-01', pairings: {} } as const;
  const terms = {
    services: ['consultation', 'case-review'] as Array<'consultation' | 'case-review'>,
    validFrom: '2026-01-01',
    validUntil: '2026-12-31',
    responseTargets: { urgent: { acceptMinutes: 30, answerMinutes: 1440 }, routine: { acceptMinutes: 480, answerMinutes: 4320 } },
    workingTimeOnly: true,
    fees: [{ service: 'consultation' as const, amount: 300, currency: 'CNY', givingShare: 0.7 }],
    signatories: [
      { hospitalId: 'h-shanghai', name: 'Wang Jun', signedAt: '2025-12-20T02:00:00Z' },
      { hospitalId: 'h-kashgar', name: 'Aysha Tursun', signedAt: '2025-12-21T02:00:00Z' },
    ],
  };
  const register = (agreementId: string, overrides = {}) =>
    history.decide(stream, agreementDecider, { type: 'RegisterAgreement', agreementId, partnership: established, terms: { ...terms, ...overrides }, registeredBy: 'coord', now: '2026-01-02T00:00:00Z' });
  register('a-2026');
  history.decide(stream, agreementDecider, { type: 'AmendAgreement', agreementId: 'a-2026', partnership: established, changes: { liability: 'shared' }, amendedBy: 'coord', now: '2026-02-01T00:00:00Z' });
  history.decide(stream, agreementDecider, { type: 'TerminateAgreement', agreementId: 'a-2026', reason: 'superseded', effectiveAt: '2026-06-30T16:00:00Z', terminatedBy: 'coord', now: '2026-06-01T00:00:00Z' });
  register('a-open', { validFrom: '2026-07-01', validUntil: undefined, fees: [] });
}

export interface SpecHistory {
  name: string;
  projections: readonly Projection[];
  events: RecordedEvent[];
}

export function specHistories(): SpecHistory[] {
  const caseReviews = new RecordedHistory();
  concludedDiscussion(caseReviews, '7d1c6a52-3f0e-4c55-9a4e-0b7f1d2c3a01');
  requestCaseReview(caseReviews, 'cr-cancelled', '2026-03-02T01:00:00Z');
  cancelCaseReview(caseReviews, 'cr-cancelled', '2026-03-03T01:00:00Z');

  const training = new RecordedHistory();
  heldSession(training, '3b0f2e61-5a3c-4f1e-8d2b-6c9a0e4f7b10', '2026-03-11T02:00:00Z', [
    [person('n-1'), person('n-2'), person('n-3')],
    [person('n-2'), person('n-3'), person('n-4')],
  ]);
  cancelledSession(training, 'ts-cancelled');

  // Business times either side of a Beijing month boundary (16:00 UTC on the last day).
  const facts = new RecordedHistory();
  requestCaseReview(facts, 'cr-march', '2026-03-31T15:59:00Z');
  requestCaseReview(facts, 'cr-april', '2026-03-31T16:00:00Z');
  cancelCaseReview(facts, 'cr-april', '2026-04-30T16:30:00Z');
  heldSession(facts, 'ts-april', '2026-03-31T17:00:00Z', [[person('a'), person('b')], [person('b'), person('c')]]);
  heldSession(facts, 'ts-march', '2026-03-31T15:00:00Z', [[person('a'), person('d'), person('e')]]);

  const agreements = new RecordedHistory();
  agreementsOfOnePartnership(agreements);

  return [
    { name: 'agreements', projections: [agreementsProjection], events: agreements.all },
    { name: 'case reviews', projections: [caseReviewsProjection], events: caseReviews.all },
    { name: 'training sessions', projections: [trainingSessionsProjection], events: training.all },
    { name: 'activity facts', projections: [caseReviewsProjection, trainingSessionsProjection, activityFactsProjection], events: facts.all },
  ];
}
