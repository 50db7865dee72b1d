import { deadlinesOf, markDeadlineOverdue, meetDeadline, type Deadlines, type DomainEvent, type ResponseClock, type TimeSlot, type Urgency } from '@telemed/domain/core';
import type { CaseReviewMaterialAttached } from '@telemed/domain/case-material/case-material.events';

export const CASE_REVIEW_STATUSES = ['requested', 'scheduled', 'in-progress', 'concluded', 'cancelled'] as const;
export type CaseReviewStatus = (typeof CASE_REVIEW_STATUSES)[number];

/** The patient is referenced, never identified here; extra fields travel with the request as given. */
export interface PatientReference {
  reference: string;
  [key: string]: unknown;
}

/** Medical consent and consent to share data with the invited hospital are separate, and both are required. */
export interface CaseReviewConsent {
  medical: true;
  dataSharing: true;
}

export interface InvitedExpert {
  expertId: string;
  hospitalId: string;
  specialty: string;
}

export type CaseReviewRequested = DomainEvent<
  'CaseReviewRequested',
  {
    caseReviewId: string;
    partnershipId: string;
    /** Always recorded since a review needs a pairing; absent only from requests recorded before that rule. */
    pairingId?: string;
    requestingHospitalId: string;
    givingHospitalId: string;
    specialties: string[];
    purpose: string;
    caseSummary: string;
    patient: PatientReference;
    consent: CaseReviewConsent;
    requestedBy: string;
    requestedAt: string;
    /** Absent from requests recorded before case reviews had an urgency: those read as routine. */
    urgency?: Urgency;
    /** The agreement's targets the panel answers within; absent when none were set (and before case reviews had clocks). */
    clock?: ResponseClock;
  }
>;

export type PanelistsInvited = DomainEvent<
  'PanelistsInvited',
  { caseReviewId: string; experts: InvitedExpert[]; invitedBy: string; invitedAt: string }
>;

export type InvitationAccepted = DomainEvent<
  'InvitationAccepted',
  { caseReviewId: string; expertId: string; acceptedBy: string; acceptedAt: string }
>;

export type InvitationDeclined = DomainEvent<
  'InvitationDeclined',
  { caseReviewId: string; expertId: string; reason: string; declinedBy: string; declinedAt: string }
>;

export type CaseReviewScheduled = DomainEvent<
  'CaseReviewScheduled',
  { caseReviewId: string; start: string; end: string; panelistIds: string[]; scheduledBy: string; scheduledAt: string }
>;

export type CaseReviewRescheduled = DomainEvent<
  'CaseReviewRescheduled',
  {
    caseReviewId: string;
    previousStart: string;
    previousEnd: string;
    start: string;
    end: string;
    panelistIds: string[];
    rescheduledBy: string;
    rescheduledAt: string;
  }
>;

export type CaseReviewStarted = DomainEvent<
  'CaseReviewStarted',
  { caseReviewId: string; startedBy: string; startedAt: string }
>;

export type ContributionRecorded = DomainEvent<
  'ContributionRecorded',
  { caseReviewId: string; expertId: string; opinion: string; recordedBy: string; recordedAt: string }
>;

export type CaseReviewConcluded = DomainEvent<
  'CaseReviewConcluded',
  { caseReviewId: string; conclusion: string; concludedBy: string; concludedAt: string }
>;

export type CaseReviewCancelled = DomainEvent<
  'CaseReviewCancelled',
  { caseReviewId: string; reason: string; previousStatus: CaseReviewStatus; cancelledBy: string; cancelledAt: string }
>;

/** The accept-by deadline passed with no invited expert having accepted: no panel has taken the case on. */
export type CaseReviewResponseOverdue = DomainEvent<
  'CaseReviewResponseOverdue',
  { caseReviewId: string; dueAt: string; recordedAt: string }
>;

/** The answer-by deadline passed without the panel's conclusion. */
export type CaseReviewConclusionOverdue = DomainEvent<
  'CaseReviewConclusionOverdue',
  { caseReviewId: string; dueAt: string; recordedAt: string }
>;

export type CaseReviewEvent =
  | CaseReviewRequested
  | PanelistsInvited
  | InvitationAccepted
  | InvitationDeclined
  | CaseReviewScheduled
  | CaseReviewRescheduled
  | CaseReviewStarted
  | ContributionRecorded
  | CaseReviewConcluded
  | CaseReviewCancelled
  | CaseReviewMaterialAttached
  | CaseReviewResponseOverdue
  | CaseReviewConclusionOverdue;

export interface Invitation extends InvitedExpert {
  answer: 'pending' | 'accepted' | 'declined';
  reason?: string;
  invitedAt: string;
  answeredAt?: string;
}

export interface Contribution {
  expertId: string;
  opinion: string;
  recordedBy: string;
  recordedAt: string;
}

export interface CaseReviewState {
  /** `not-requested` is the empty stream: nothing has happened yet. */
  status: CaseReviewStatus | 'not-requested';
  caseReviewId: string;
  partnershipId: string;
  pairingId?: string;
  requestingHospitalId: string;
  givingHospitalId: string;
  specialties: string[];
  purpose: string;
  caseSummary: string;
  patient?: PatientReference;
  requestedBy: string;
  requestedAt: string;
  urgency: Urgency;
  /**
   * From the agreement's targets: accepted when the first invited expert accepts, answered when the
   * panel concludes. Absent for a review requested without targets.
   */
  deadlines?: Deadlines;
  invitations: Record<string, Invitation>;
  slot?: TimeSlot;
  startedAt?: string;
  contributions: Contribution[];
  conclusion?: string;
  concludedAt?: string;
  cancellationReason?: string;
  cancelledAt?: string;
}

export const caseReviewStreamId = (caseReviewId: string): string => 'case-review-' + caseReviewId;

export function initialState(): CaseReviewState {
  return {
    status: 'not-requested',
    caseReviewId: '',
    partnershipId: '',
    requestingHospitalId: '',
    givingHospitalId: '',
    specialties: [],
    purpose: '',
    caseSummary: '',
    requestedBy: '',
    requestedAt: '',
    urgency: 'routine',
    invitations: {},
    contributions: [],
  };
}

/** The experts who accepted their invitation, in the order they were invited. */
export function acceptedPanelists(state: CaseReviewState): string[] {
  return Object.values(state.invitations)
    .filter((invitation) => invitation.answer === 'accepted')
    .map((invitation) => invitation.expertId);
}

export function evolve(state: CaseReviewState, event: CaseReviewEvent): CaseReviewState {
  switch (event.type) {
    case 'CaseReviewRequested': {
      const { data } = event;
      return {
        ...state,
        status: 'requested',
        caseReviewId: data.caseReviewId,
        partnershipId: data.partnershipId,
        pairingId: data.pairingId,
        requestingHospitalId: data.requestingHospitalId,
        givingHospitalId: data.givingHospitalId,
        specialties: [...data.specialties],
        purpose: data.purpose,
        caseSummary: data.caseSummary,
        patient: data.patient,
        requestedBy: data.requestedBy,
        requestedAt: data.requestedAt,
        urgency: data.urgency ?? 'routine',
        deadlines: data.clock && deadlinesOf(data.clock),
      };
    }
    case 'PanelistsInvited': {
      const invitations = { ...state.invitations };
      for (const expert of event.data.experts) {
        invitations[expert.expertId] = { ...expert, answer: 'pending', invitedAt: event.data.invitedAt };
      }
      return { ...state, invitations };
    }
    case 'InvitationAccepted':
      return {
        ...answer(state, event.data.expertId, { answer: 'accepted', answeredAt: event.data.acceptedAt }),
        deadlines: meetDeadline(state.deadlines, 'accept', event.data.acceptedAt),
      };
    case 'InvitationDeclined':
      return answer(state, event.data.expertId, {
        answer: 'declined',
        reason: event.data.reason,
        answeredAt: event.data.declinedAt,
      });
    case 'CaseReviewScheduled':
    case 'CaseReviewRescheduled':
      return { ...state, status: 'scheduled', slot: { start: event.data.start, end: event.data.end } };
    case 'CaseReviewStarted':
      return { ...state, status: 'in-progress', startedAt: event.data.startedAt };
    case 'ContributionRecorded': {
      const { expertId, opinion, recordedBy, recordedAt } = event.data;
      return { ...state, contributions: [...state.contributions, { expertId, opinion, recordedBy, recordedAt }] };
    }
    case 'CaseReviewConcluded':
      return {
        ...state,
        status: 'concluded',
        conclusion: event.data.conclusion,
        concludedAt: event.data.concludedAt,
        deadlines: meetDeadline(state.deadlines, 'answer', event.data.concludedAt),
      };
    case 'CaseReviewCancelled':
      return {
        ...state,
        status: 'cancelled',
        cancellationReason: event.data.reason,
        cancelledAt: event.data.cancelledAt,
      };
    case 'CaseReviewResponseOverdue':
      return { ...state, deadlines: markDeadlineOverdue(state.deadlines, 'accept', event.data.recordedAt) };
    case 'CaseReviewConclusionOverdue':
      return { ...state, deadlines: markDeadlineOverdue(state.deadlines, 'answer', event.data.recordedAt) };
    default:
      return state;
  }
}

function answer(state: CaseReviewState, expertId: string, change: Partial<Invitation>): CaseReviewState {
  const invitation = state.invitations[expertId];
  if (!invitation) return state;
  return { ...state, invitations: { ...state.invitations, [expertId]: { ...invitation, ...change } } };
}
