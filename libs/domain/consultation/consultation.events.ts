import { deadlinesOf, markDeadlineOverdue, meetDeadline, type Deadlines, type DomainEvent, type ResponseClock, type TimeSlot, type Urgency } from '@telemed/domain/core';
import type { ConsultationMaterialAttached } from '@telemed/domain/case-material/case-material.events';

// The response clock is shared with case reviews; consultations' readers keep importing it from here.
export { URGENCIES, type Urgency, type ResponseClock, type DeadlineKind, type Deadline, type Deadlines } from '@telemed/domain/core';
export const CONSULTATION_STATUSES = [
  'requested',
  'accepted',
  'information-requested',
  'declined',
  'scheduled',
  'in-progress',
  'completed',
  'cancelled',
] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

/** The patient as the receiving hospital identifies them; `reference` is their record number there. */
export interface PatientDetails {
  reference: string;
  [detail: string]: unknown;
}

/** Medical consent and consent to share the data with the invited hospital are separate. */
export interface PatientConsent {
  medical: boolean;
  dataSharing: boolean;
}

export type ConsultationRequested = DomainEvent<
  'ConsultationRequested',
  {
    consultationId: string;
    partnershipId: string;
    pairingId: string;
    requestingHospitalId: string;
    givingHospitalId: string;
    specialty: string;
    urgency: Urgency;
    purpose: string;
    caseSummary: string;
    requestedTitle?: string;
    /** A request addressed to one expert of the giving hospital (点名会诊): only they may accept it. */
    requestedExpertId?: string;
    patient: PatientDetails;
    consent: PatientConsent;
    requestedBy: string;
    requestedAt: string;
    /** Absent from requests made before agreements set response clocks: those carry no deadlines. */
    clock?: ResponseClock;
  }
>;
export type ConsultationAccepted = DomainEvent<
  'ConsultationAccepted',
  { consultationId: string; expertId: string; acceptedBy: string; acceptedAt: string }
>;
/** Why the invited party declines, from the list every decline names one of. */
export type DeclineReasonCode = 'outside-specialty' | 'insufficient-information' | 'capacity' | 'not-suitable-for-remote' | 'other';
export const DECLINE_REASON_CODES: readonly DeclineReasonCode[] = [
  'outside-specialty',
  'insufficient-information',
  'capacity',
  'not-suitable-for-remote',
  'other',
];

export type ConsultationDeclined = DomainEvent<
  'ConsultationDeclined',
  {
    consultationId: string;
    /** Absent from declines recorded before reasons were coded: those read as `other`. */
    reasonCode?: DeclineReasonCode;
    reason: string;
    declinedBy: string;
    declinedAt: string;
  }
>;
export type ConsultationScheduled = DomainEvent<
  'ConsultationScheduled',
  { consultationId: string; expertId: string; start: string; end: string; scheduledBy: string; scheduledAt: string }
>;
export type ConsultationRescheduled = DomainEvent<
  'ConsultationRescheduled',
  {
    consultationId: string;
    expertId: string;
    previousStart: string;
    previousEnd: string;
    start: string;
    end: string;
    rescheduledBy: string;
    rescheduledAt: string;
  }
>;
export type ConsultationStarted = DomainEvent<
  'ConsultationStarted',
  { consultationId: string; startedBy: string; startedAt: string }
>;
/** Signing the opinion is what completes a consultation; the signer is the physician who gave it. */
export type ConsultationOpinionSigned = DomainEvent<
  'ConsultationOpinionSigned',
  {
    consultationId: string;
    expertId: string;
    opinion: string;
    recommendations?: string;
    signedBy: string;
    signedAt: string;
  }
>;
export type ConsultationCancelled = DomainEvent<
  'ConsultationCancelled',
  {
    consultationId: string;
    reason: string;
    previousStatus: ConsultationStatus;
    cancelledBy: string;
    cancelledAt: string;
  }
>;

/** The assigned expert asks the requesting clinician for more information; the clocks pause until it is answered. */
export type ConsultationInformationRequested = DomainEvent<
  'ConsultationInformationRequested',
  {
    consultationId: string;
    questionId: string;
    question: string;
    previousStatus: ConsultationStatus;
    askedBy: string;
    askedAt: string;
  }
>;
/** The clinician's answer: the consultation goes back to where it was, and a paused deadline moves by the time it waited. */
export type ConsultationInformationProvided = DomainEvent<
  'ConsultationInformationProvided',
  {
    consultationId: string;
    questionId: string;
    answer: string;
    resumedStatus: ConsultationStatus;
    /** The answer deadline as the pause moved it; absent when no answer deadline was running. */
    answerBy?: string;
    answeredBy: string;
    answeredAt: string;
  }
>;
/** The accept-by deadline passed with neither an acceptance nor a decline. */
export type ConsultationResponseOverdue = DomainEvent<
  'ConsultationResponseOverdue',
  { consultationId: string; dueAt: string; recordedAt: string }
>;
/** The answer-by deadline passed without a signed opinion. */
export type ConsultationOpinionOverdue = DomainEvent<
  'ConsultationOpinionOverdue',
  { consultationId: string; dueAt: string; recordedAt: string }
>;
/** The requesting clinician's rating of the signed opinion's usefulness (1-5), once. */
export type ConsultationFeedbackGiven = DomainEvent<
  'ConsultationFeedbackGiven',
  { consultationId: string; usefulness: number; comment?: string; givenBy: string; givenAt: string }
>;

export type ConsultationEvent =
  | ConsultationRequested
  | ConsultationAccepted
  | ConsultationDeclined
  | ConsultationScheduled
  | ConsultationRescheduled
  | ConsultationStarted
  | ConsultationOpinionSigned
  | ConsultationCancelled
  | ConsultationMaterialAttached
  | ConsultationInformationRequested
  | ConsultationInformationProvided
  | ConsultationResponseOverdue
  | ConsultationOpinionOverdue
  | ConsultationFeedbackGiven;

export type ConsultationState =
  | { status: 'none' }
  | {
      status: Exclude<ConsultationStatus, never>;
      consultationId: string;
      partnershipId: string;
      pairingId: string;
      requestingHospitalId: string;
      givingHospitalId: string;
      specialty: string;
      urgency: Urgency;
      requestedTitle?: string;
      requestedExpertId?: string;
      requestedBy: string;
      requestedAt: string;
      expertId?: string;
      slot?: TimeSlot;
      deadlines?: Deadlines;
      /** The open question, while the status is `information-requested`. */
      openQuestion?: { questionId: string; askedAt: string; previousStatus: ConsultationStatus };
      feedbackGiven?: boolean;
    };

export type ActiveConsultation = Exclude<ConsultationState, { status: 'none' }>;

export const initialConsultationState = (): ConsultationState => ({ status: 'none' });

export function evolveConsultation(state: ConsultationState, event: ConsultationEvent): ConsultationState {
  if (event.type === 'ConsultationRequested') {
    const { data } = event;
    return {
      status: 'requested',
      consultationId: data.consultationId,
      partnershipId: data.partnershipId,
      pairingId: data.pairingId,
      requestingHospitalId: data.requestingHospitalId,
      givingHospitalId: data.givingHospitalId,
      specialty: data.specialty,
      urgency: data.urgency,
      requestedTitle: data.requestedTitle,
      ...(data.requestedExpertId !== undefined && { requestedExpertId: data.requestedExpertId }),
      requestedBy: data.requestedBy,
      requestedAt: data.requestedAt,
      ...(data.clock && { deadlines: deadlinesOf(data.clock) }),
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'ConsultationAccepted':
      return { ...state, status: 'accepted', expertId: event.data.expertId, deadlines: meetDeadline(state.deadlines, 'accept', event.data.acceptedAt) };
    case 'ConsultationDeclined':
      return { ...state, status: 'declined', deadlines: meetDeadline(state.deadlines, 'accept', event.data.declinedAt) };
    case 'ConsultationScheduled':
    case 'ConsultationRescheduled':
      return { ...state, status: 'scheduled', slot: { start: event.data.start, end: event.data.end } };
    case 'ConsultationStarted':
      return { ...state, status: 'in-progress' };
    case 'ConsultationOpinionSigned':
      return { ...state, status: 'completed', deadlines: meetDeadline(state.deadlines, 'answer', event.data.signedAt) };
    case 'ConsultationCancelled':
      return { ...state, status: 'cancelled', openQuestion: undefined };
    case 'ConsultationInformationRequested': {
      const { questionId, askedAt, previousStatus } = event.data;
      return { ...state, status: 'information-requested', openQuestion: { questionId, askedAt, previousStatus } };
    }
    case 'ConsultationInformationProvided': {
      const { answerBy, resumedStatus } = event.data;
      const deadlines = state.deadlines && answerBy ? { ...state.deadlines, answer: { ...state.deadlines.answer, due: answerBy } } : state.deadlines;
      return { ...state, status: resumedStatus, openQuestion: undefined, deadlines };
    }
    case 'ConsultationResponseOverdue':
      return { ...state, deadlines: markDeadlineOverdue(state.deadlines, 'accept', event.data.recordedAt) };
    case 'ConsultationOpinionOverdue':
      return { ...state, deadlines: markDeadlineOverdue(state.deadlines, 'answer', event.data.recordedAt) };
    case 'ConsultationFeedbackGiven':
      return { ...state, feedbackGiven: true };
    default:
      return state;
  }
}

export const consultationStreamId = (consultationId: string) => `consultation-${consultationId}`;
