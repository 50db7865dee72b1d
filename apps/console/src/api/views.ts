import type { components } from './schema';

/**
 * Shapes of answers the API's document does not describe yet (it gives no response schema for
 * these routes); the schema's own components are used wherever it has them.
 */
export type Me = components['schemas']['MeView'];
export type SessionConfig = components['schemas']['SessionConfigView'];

/** Why an expert declines a consultation: the API's list, in its order. */
export type DeclineReasonCode = 'outside-specialty' | 'insufficient-information' | 'capacity' | 'not-suitable-for-remote' | 'other';
export const DECLINE_REASON_CODES: DeclineReasonCode[] = ['outside-specialty', 'insufficient-information', 'capacity', 'not-suitable-for-remote', 'other'];
export type ConsultationStatus = 'requested' | 'accepted' | 'declined' | 'scheduled' | 'in-progress' | 'completed' | 'cancelled';
export const CONSULTATION_STATUSES: ConsultationStatus[] = ['requested', 'accepted', 'declined', 'scheduled', 'in-progress', 'completed', 'cancelled'];

export interface Slot {
  start: string;
  end: string;
}

export interface Consultation {
  id: string;
  status: ConsultationStatus;
  partnershipId: string;
  pairingId: string | null;
  requestingHospitalId: string;
  givingHospitalId: string;
  expertId: string | null;
  specialty: string;
  urgency: 'routine' | 'urgent';
  purpose: string;
  caseSummary?: string;
  patient?: { reference: string; name?: string; sex?: string; birthDate?: string };
  requestedBy: string;
  requestedAt: string;
  acceptedAt: string | null;
  declinedAt: string | null;
  declineReason: string | null;
  /** Absent on declines recorded before the reason codes existed. */
  declineReasonCode?: DeclineReasonCode | null;
  slot: Slot | null;
  startedAt: string | null;
  completedAt: string | null;
  opinion?: string | null;
  recommendations?: string | null;
  signedBy: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  position: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface CommandAnswer {
  id: string;
  position: string;
  warnings?: string[];
}

export interface Hospital {
  id: string;
  name: string;
  nameZh: string | null;
  region: string;
  timezone: string;
  workingHours: { start: string; end: string };
  departments: Array<{ id: string; name: string; specialty: string }>;
}

export interface LocalSlot {
  start: string;
  end: string;
  timezone: string;
}

export interface Schedule {
  expertId: string;
  timezone: string;
  bookings: Array<{
    bookingId: string;
    activity: string;
    start: string;
    end: string;
    expertLocal: LocalSlot;
    counterpartLocal: (LocalSlot & { hospitalId: string }) | null;
    warnings: string[];
  }>;
  freeSlots: Array<Slot & { expertLocal: LocalSlot }>;
}

export interface Counts {
  consultations: { requested: number; completed: number; declined: number; cancelled: number };
  caseReviews: { requested: number; concluded: number; cancelled: number };
  training: { sessionsHeld: number; personTimes: number };
}

export interface Stats extends Counts {
  series: Array<Counts & { period: string }>;
}

export interface LogEvent {
  eventId: string;
  type: string;
  streamId: string;
  streamRevision: number;
  globalPosition: string;
  recordedAt: string;
  data: Record<string, unknown>;
  metadata: { actor?: { userId: string; role: string; hospitalId?: string } } & Record<string, unknown>;
}

export interface Verification {
  ok: boolean;
  eventsChecked: number;
  sealsChecked: number;
  sealedUpTo: string;
  firstBreak?: { position?: string; streamId?: string; reason?: string; [key: string]: unknown };
}

export interface HospitalName {
  id: string;
  name: string;
  nameZh: string | null;
}

export interface ExpertListing {
  id: string;
  name: string;
  title: string;
  specialty: string;
  hospital: HospitalName;
  department: { id: string; name: string };
}

export interface PartnershipListing {
  id: string;
  givingHospital: HospitalName;
  receivingHospital: HospitalName;
  programme: string;
  active: boolean;
  pairings: Array<{ id: string; receivingSpecialty: string; givingDepartment: { name: string }; receivingDepartment: { name: string } }>;
}

export type CaseReviewStatus = 'requested' | 'scheduled' | 'in-progress' | 'concluded' | 'cancelled';
export const CASE_REVIEW_STATUSES: CaseReviewStatus[] = ['requested', 'scheduled', 'in-progress', 'concluded', 'cancelled'];

export interface Invitation {
  expertId: string;
  hospitalId: string;
  specialty: string;
  answer: 'pending' | 'accepted' | 'declined';
  reason: string | null;
  invitedBy: string;
  invitedAt: string;
  answeredAt: string | null;
}

export interface CaseReview {
  id: string;
  status: CaseReviewStatus;
  partnershipId: string;
  requestingHospitalId: string;
  givingHospitalId: string;
  specialties: string[];
  purpose: string;
  /** Absent for coordinators, who see no clinical text. */
  caseSummary?: string;
  patient?: { reference: string; name?: string };
  requestedBy: string;
  requestedAt: string;
  invitations: Invitation[];
  panel: Array<{ expertId: string; hospitalId: string; specialty: string }>;
  slot: Slot | null;
  startedAt: string | null;
  contributions: Array<{ expertId: string; opinion?: string; recordedAt: string }>;
  conclusion?: string | null;
  concludedBy: string | null;
  concludedAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  position: string;
}

export type TrainingStatus = 'planned' | 'held' | 'cancelled';
export type TrainingFormat = 'lecture' | 'ward-round' | 'surgical-guidance' | 'workshop';
export const TRAINING_FORMATS: TrainingFormat[] = ['lecture', 'ward-round', 'surgical-guidance', 'workshop'];

export interface TrainingSession {
  id: string;
  status: TrainingStatus;
  partnershipId: string;
  givingHospitalId: string;
  receivingHospitalId: string;
  title: string;
  format: TrainingFormat;
  slot: Slot;
  trainerExpertIds: string[];
  plannedBy: string;
  plannedAt: string;
  heldAt: string | null;
  personTimes: number;
  cancelledAt: string | null;
  cancelReason: string | null;
  position: string;
}

export interface Attendee {
  staffId: string;
  name: string;
  recordedBy: string;
  recordedAt: string;
}

export interface PatientAccess {
  position: string;
  action: 'view' | 'export' | 'replay';
  kind: 'consultations' | 'case-reviews';
  caseId: string;
  outcome: 'allowed' | 'denied';
  userId: string;
  role: string;
  hospitalId: string | null;
  sourceAddress: string | null;
  at: string;
}

export interface RebuildReport {
  equal: boolean;
  differences: Array<{ table: string; onlyInLeft: number; onlyInRight: number }>;
  position: string;
  eventsApplied: number;
  seconds: number;
}
