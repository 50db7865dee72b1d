import {
  IllegalTransition,
  InvalidValue,
  passedUnrecorded,
  requireBirthDate,
  startResponseClock,
  URGENCIES,
  type ClockTerms,
  type Decider,
  type DeadlineKind,
  type Urgency,
} from '@telemed/domain/core';
import { answersFor, OutsideSpecialty } from '@telemed/domain/expert';
import {
  CaseReviewAlreadyRequested,
  CaseReviewNotFound,
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
  evolve,
  initialState,
  type CaseReviewEvent,
  type CaseReviewState,
  type CaseReviewStatus,
  type InvitedExpert,
  type PatientReference,
} from './case-review.events';

/** The facts about the partnership that the application layer loads before requesting. */
export interface PartnershipFacts {
  partnershipId: string;
  givingHospitalId: string;
  receivingHospitalId: string;
  active: boolean;
}

export interface RequestCaseReview {
  type: 'RequestCaseReview';
  caseReviewId: string;
  partnership: PartnershipFacts;
  /** The department pairing that covers the first of the specialties it covers; none: the review is refused. */
  pairingId?: string;
  requestingHospitalId: string;
  specialties: string[];
  purpose: string;
  caseSummary: string;
  patient: PatientReference;
  /** Typed loosely on purpose: a request without both consents is refused, not unrepresentable. */
  consent: { medical?: unknown; dataSharing?: unknown };
  requestedBy: string;
  /** Routine unless said otherwise: it picks which of the agreement's targets the clock runs on. */
  urgency?: Urgency;
  /** The agreement's targets for the urgency; absent when the agreement in force sets none. */
  clock?: ClockTerms;
  now: string;
}
export interface InvitePanelists {
  type: 'InvitePanelists';
  /** Each expert as registered, with the department they work in. */
  experts: (InvitedExpert & { departmentId: string })[];
  /** The giving departments of the partnership's pairings covering the review's specialties. */
  pairedDepartmentIds: string[];
  invitedBy: string;
  now: string;
}
export interface AcceptInvitation { type: 'AcceptInvitation'; expertId: string; acceptedBy: string; now: string }
export interface DeclineInvitation {
  type: 'DeclineInvitation';
  expertId: string;
  reason: string;
  declinedBy: string;
  now: string;
}
export interface ScheduleCaseReview {
  type: 'ScheduleCaseReview';
  start: string;
  end: string;
  scheduledBy: string;
  now: string;
}
export interface StartCaseReview { type: 'StartCaseReview'; startedBy: string; now: string }
export interface RecordContribution {
  type: 'RecordContribution';
  expertId: string;
  opinion: string;
  recordedBy: string;
  now: string;
}
export interface ConcludeCaseReview { type: 'ConcludeCaseReview'; conclusion: string; concludedBy: string; now: string }
export interface CancelCaseReview { type: 'CancelCaseReview'; reason: string; cancelledBy: string; now: string }
/** Asked by whatever watches the deadlines; a deadline met, already overdue or not yet due records nothing. */
export interface RecordCaseReviewOverdue { type: 'RecordCaseReviewOverdue'; deadline: DeadlineKind; now: string }

export type CaseReviewCommand =
  | RequestCaseReview
  | InvitePanelists
  | AcceptInvitation
  | DeclineInvitation
  | ScheduleCaseReview
  | StartCaseReview
  | RecordContribution
  | ConcludeCaseReview
  | CancelCaseReview
  | RecordCaseReviewOverdue;

const AGGREGATE = 'case review';

export function requestCaseReview(command: RequestCaseReview, state: CaseReviewState): CaseReviewEvent[] {
  if (state.status !== 'not-requested') throw new CaseReviewAlreadyRequested(state.caseReviewId);
  const { partnership } = command;
  if (!partnership.active) throw new CaseReviewPartnershipInactive(partnership.partnershipId);
  if (command.requestingHospitalId !== partnership.receivingHospitalId) {
    throw new NotReceivingHospital(command.requestingHospitalId, partnership.partnershipId);
  }
  if (command.consent?.medical !== true) {
    throw new InvalidValue('consent.medical', 'the patient must consent to the remote case review', 'consent-required');
  }
  if (command.consent.dataSharing !== true) {
    throw new InvalidValue(
      'consent.dataSharing',
      'the patient must consent to sharing medical data with the invited hospital',
      'consent-required',
    );
  }
  if (command.specialties.length === 0 || command.specialties.some(isBlank)) {
    throw new InvalidValue('specialties', 'name at least one specialty, none blank');
  }
  if (command.pairingId === undefined) throw new CaseReviewSpecialtyNotCovered(partnership.partnershipId, command.specialties);
  requireText('purpose', command.purpose);
  requireText('caseSummary', command.caseSummary);
  requireText('patient.reference', command.patient?.reference);
  requireBirthDate('patient.birthDate', command.patient.birthDate, command.now);
  const urgency = command.urgency ?? 'routine';
  if (!URGENCIES.includes(urgency)) throw new InvalidValue('urgency', 'must be one of {values}', undefined, { values: URGENCIES.join(', ') });
  return [
    {
      type: 'CaseReviewRequested',
      data: {
        caseReviewId: command.caseReviewId,
        partnershipId: partnership.partnershipId,
        pairingId: command.pairingId,
        requestingHospitalId: command.requestingHospitalId,
        givingHospitalId: partnership.givingHospitalId,
        specialties: [...command.specialties],
        purpose: command.purpose,
        caseSummary: command.caseSummary,
        patient: command.patient,
        consent: { medical: true, dataSharing: true },
        requestedBy: command.requestedBy,
        requestedAt: command.now,
        urgency,
        ...(command.clock && { clock: startResponseClock(command.clock, command.now) }),
      },
    },
  ];
}

export function invitePanelists(command: InvitePanelists, state: CaseReviewState): CaseReviewEvent[] {
  requireStatus(state, ['requested', 'scheduled'], 'invite panelists to');
  if (command.experts.length === 0) throw new InvalidValue('expertIds', 'invite at least one expert');
  if (command.experts.some((expert) => isBlank(expert.expertId))) {
    throw new InvalidValue('expertIds', 'an expert id must not be blank');
  }
  // Refused at invitation rather than at acceptance: the requester learns at once that the panel
  // cannot be made of this expert, instead of waiting on an invitation that could never be accepted.
  const outsider = command.experts.find((expert) => !answersFor(expert, state.specialties, command.pairedDepartmentIds));
  if (outsider) throw new OutsideSpecialty(outsider.expertId, outsider.specialty, state.specialties);
  // Inviting someone twice is harmless: only experts not yet invited (once each) become new facts.
  const newExperts = new Map<string, InvitedExpert>();
  for (const { expertId, hospitalId, specialty } of command.experts) {
    if (!state.invitations[expertId] && !newExperts.has(expertId)) {
      newExperts.set(expertId, { expertId, hospitalId, specialty });
    }
  }
  if (newExperts.size === 0) return [];
  return [
    {
      type: 'PanelistsInvited',
      data: {
        caseReviewId: state.caseReviewId,
        experts: [...newExperts.values()],
        invitedBy: command.invitedBy,
        invitedAt: command.now,
      },
    },
  ];
}

export function acceptInvitation(command: AcceptInvitation, state: CaseReviewState): CaseReviewEvent[] {
  requireStatus(state, ['requested', 'scheduled'], 'accept an invitation to');
  requirePendingInvitation(state, command.expertId);
  const { expertId, acceptedBy, now: acceptedAt } = command;
  return [{ type: 'InvitationAccepted', data: { caseReviewId: state.caseReviewId, expertId, acceptedBy, acceptedAt } }];
}

export function declineInvitation(command: DeclineInvitation, state: CaseReviewState): CaseReviewEvent[] {
  requireStatus(state, ['requested', 'scheduled'], 'decline an invitation to');
  requirePendingInvitation(state, command.expertId);
  requireText('reason', command.reason);
  const { expertId, reason, declinedBy, now: declinedAt } = command;
  const caseReviewId = state.caseReviewId;
  return [{ type: 'InvitationDeclined', data: { caseReviewId, expertId, reason, declinedBy, declinedAt } }];
}

export function scheduleCaseReview(command: ScheduleCaseReview, state: CaseReviewState): CaseReviewEvent[] {
  const status = requireStatus(state, ['requested', 'scheduled'], 'schedule');
  requireFutureSlot(command.start, command.end, command.now);
  const panelistIds = acceptedPanelists(state);
  if (panelistIds.length === 0) throw new NoAcceptedPanelist();
  const { start, end, scheduledBy, now: scheduledAt } = command;
  const caseReviewId = state.caseReviewId;
  if (status === 'requested' || !state.slot) {
    return [{ type: 'CaseReviewScheduled', data: { caseReviewId, start, end, panelistIds, scheduledBy, scheduledAt } }];
  }
  return [
    {
      type: 'CaseReviewRescheduled',
      data: {
        caseReviewId,
        previousStart: state.slot.start,
        previousEnd: state.slot.end,
        start,
        end,
        panelistIds,
        rescheduledBy: scheduledBy,
        rescheduledAt: scheduledAt,
      },
    },
  ];
}

export function startCaseReview(command: StartCaseReview, state: CaseReviewState): CaseReviewEvent[] {
  requireStatus(state, ['scheduled'], 'start');
  const { startedBy, now: startedAt } = command;
  return [{ type: 'CaseReviewStarted', data: { caseReviewId: state.caseReviewId, startedBy, startedAt } }];
}

export function recordContribution(command: RecordContribution, state: CaseReviewState): CaseReviewEvent[] {
  requireStatus(state, ['in-progress'], 'record a contribution to');
  if (!acceptedPanelists(state).includes(command.expertId)) throw new NotAPanelist(command.expertId);
  requireText('opinion', command.opinion);
  const { expertId, opinion, recordedBy, now: recordedAt } = command;
  const caseReviewId = state.caseReviewId;
  return [{ type: 'ContributionRecorded', data: { caseReviewId, expertId, opinion, recordedBy, recordedAt } }];
}

export function concludeCaseReview(command: ConcludeCaseReview, state: CaseReviewState): CaseReviewEvent[] {
  requireStatus(state, ['in-progress'], 'conclude');
  requireText('conclusion', command.conclusion);
  const { conclusion, concludedBy, now: concludedAt } = command;
  const caseReviewId = state.caseReviewId;
  return [{ type: 'CaseReviewConcluded', data: { caseReviewId, conclusion, concludedBy, concludedAt } }];
}

export function cancelCaseReview(command: CancelCaseReview, state: CaseReviewState): CaseReviewEvent[] {
  const previousStatus = requireStatus(state, ['requested', 'scheduled', 'in-progress'], 'cancel');
  requireText('reason', command.reason);
  const { reason, cancelledBy, now: cancelledAt } = command;
  const caseReviewId = state.caseReviewId;
  return [{ type: 'CaseReviewCancelled', data: { caseReviewId, reason, previousStatus, cancelledBy, cancelledAt } }];
}

/** Which statuses a deadline runs in: the accept-by until an invited expert accepts, the answer-by until the panel concludes. */
const RUNS_IN: Record<DeadlineKind, CaseReviewState['status'][]> = {
  accept: ['requested'],
  answer: ['requested', 'scheduled', 'in-progress'],
};

export function recordOverdue(command: RecordCaseReviewOverdue, state: CaseReviewState): CaseReviewEvent[] {
  if (!state.deadlines || !RUNS_IN[command.deadline].includes(state.status)) return [];
  const deadline = state.deadlines[command.deadline];
  if (!passedUnrecorded(deadline, command.now)) return [];
  const data = { caseReviewId: state.caseReviewId, dueAt: deadline.due, recordedAt: command.now };
  return [command.deadline === 'accept' ? { type: 'CaseReviewResponseOverdue', data } : { type: 'CaseReviewConclusionOverdue', data }];
}

export function decide(command: CaseReviewCommand, state: CaseReviewState): CaseReviewEvent[] {
  switch (command.type) {
    case 'RequestCaseReview':
      return requestCaseReview(command, state);
    case 'InvitePanelists':
      return invitePanelists(command, state);
    case 'AcceptInvitation':
      return acceptInvitation(command, state);
    case 'DeclineInvitation':
      return declineInvitation(command, state);
    case 'ScheduleCaseReview':
      return scheduleCaseReview(command, state);
    case 'StartCaseReview':
      return startCaseReview(command, state);
    case 'RecordContribution':
      return recordContribution(command, state);
    case 'ConcludeCaseReview':
      return concludeCaseReview(command, state);
    case 'CancelCaseReview':
      return cancelCaseReview(command, state);
    case 'RecordCaseReviewOverdue':
      return recordOverdue(command, state);
  }
}

export const caseReviewDecider: Decider<CaseReviewCommand, CaseReviewEvent, CaseReviewState> = {
  decide,
  evolve,
  initialState,
};

function requireStatus(state: CaseReviewState, allowed: CaseReviewStatus[], action: string): CaseReviewStatus {
  if (state.status === 'not-requested') throw new CaseReviewNotFound();
  if (!allowed.includes(state.status)) throw new IllegalTransition(AGGREGATE, action, state.status);
  return state.status;
}

function requirePendingInvitation(state: CaseReviewState, expertId: string): void {
  const invitation = state.invitations[expertId];
  if (!invitation) throw new ExpertNotInvited(expertId);
  if (invitation.answer !== 'pending') throw new InvitationAlreadyAnswered(expertId, invitation.answer);
}

function requireFutureSlot(start: string, end: string, now: string): void {
  if (!isInstant(start)) throw new InvalidValue('start', 'must be an ISO-8601 instant with an offset');
  if (!isInstant(end)) throw new InvalidValue('end', 'must be an ISO-8601 instant with an offset');
  if (Date.parse(end) <= Date.parse(start)) throw new InvalidValue('end', 'must be after start');
  if (Date.parse(start) < Date.parse(now)) throw new InvalidValue('start', 'must not be in the past', 'start-in-past');
}

function requireText(field: string, value: unknown): void {
  if (isBlank(value)) throw new InvalidValue(field, 'must not be empty');
}

function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function isInstant(value: unknown): value is string {
  return typeof value === 'string' && INSTANT.test(value) && Number.isFinite(Date.parse(value));
}
