import type { components } from './schema';

/** The answers the console reads, as the API's document describes them (see ./schema.ts). */
type Schemas = components['schemas'];

export type Me = Schemas['MeView'];
export type SessionConfig = Schemas['SessionConfigView'];

/** Why an expert declines a consultation: the API's list, in its order. */
export type DeclineReasonCode = 'outside-specialty' | 'insufficient-information' | 'capacity' | 'not-suitable-for-remote' | 'other';
export const DECLINE_REASON_CODES: DeclineReasonCode[] = ['outside-specialty', 'insufficient-information', 'capacity', 'not-suitable-for-remote', 'other'];
export type ConsultationStatus = 'requested' | 'accepted' | 'declined' | 'scheduled' | 'in-progress' | 'completed' | 'cancelled';
export const CONSULTATION_STATUSES: ConsultationStatus[] = ['requested', 'accepted', 'declined', 'scheduled', 'in-progress', 'completed', 'cancelled'];

export type Slot = Schemas['Consultation']['slot'] & object;
export type Consultation = Schemas['Consultation'];
export type Page<T> = { items: T[]; nextCursor: string | null };
/** What a command answers; scheduling adds its warnings. */
export type CommandAnswer = Schemas['Recorded'] & Partial<Pick<Schemas['Scheduled'], 'warnings'>>;
export type Hospital = Schemas['Hospital'];
export type Schedule = Schemas['ExpertSchedule'];
export type LocalSlot = Schedule['freeSlots'][number]['expertLocal'];
export type Counts = Pick<Schemas['OverviewStats'], 'consultations' | 'caseReviews' | 'training'>;
export type Stats = Schemas['OverviewStats'];
export type LogEvent = Schemas['RecordedEvent'];
export type Verification = Schemas['HistoryReport'];
export type HospitalName = Schemas['HospitalName'];
export type ExpertListing = Schemas['ExpertListing'];
export type PartnershipListing = Schemas['Partnership'];

export type CaseReviewStatus = Schemas['CaseReview']['status'];
export const CASE_REVIEW_STATUSES: CaseReviewStatus[] = ['requested', 'scheduled', 'in-progress', 'concluded', 'cancelled'];
export type Invitation = Schemas['CaseReview']['invitations'][number];
export type CaseReview = Schemas['CaseReview'];

export type TrainingStatus = Schemas['TrainingSession']['status'];
export type TrainingFormat = 'lecture' | 'ward-round' | 'surgical-guidance' | 'workshop';
export const TRAINING_FORMATS: TrainingFormat[] = ['lecture', 'ward-round', 'surgical-guidance', 'workshop'];
export type TrainingSession = Schemas['TrainingSession'];
export type Attendee = Schemas['Attendance']['items'][number];
export type PatientAccess = Schemas['AccessPage']['items'][number];
export type RebuildReport = Schemas['RebuildReport'];
