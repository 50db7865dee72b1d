import type { DomainEvent, TimeSlot } from '@telemed/domain/core';

export const URGENCIES = ['routine', 'urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const CONSULTATION_STATUSES = ['requested', 'accepted', 'declined', 'scheduled', 'in-progress', 'completed', 'cancelled'] as const;
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

export type ConsultationEvent =
  | ConsultationRequested
  | ConsultationAccepted
  | ConsultationDeclined
  | ConsultationScheduled
  | ConsultationRescheduled
  | ConsultationStarted
  | ConsultationOpinionSigned
  | ConsultationCancelled;

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
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'ConsultationAccepted':
      return { ...state, status: 'accepted', expertId: event.data.expertId };
    case 'ConsultationDeclined':
      return { ...state, status: 'declined' };
    case 'ConsultationScheduled':
    case 'ConsultationRescheduled':
      return { ...state, status: 'scheduled', slot: { start: event.data.start, end: event.data.end } };
    case 'ConsultationStarted':
      return { ...state, status: 'in-progress' };
    case 'ConsultationOpinionSigned':
      return { ...state, status: 'completed' };
    case 'ConsultationCancelled':
      return { ...state, status: 'cancelled' };
    default:
      return state;
  }
}

export const consultationStreamId = (consultationId: string) => `consultation-${consultationId}`;
