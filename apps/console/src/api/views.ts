import type { components } from '@telemed/client';

/** The answers the console reads, as the API's document describes them (see libs/client/schema.ts). */
type Schemas = components['schemas'];

export type Me = Schemas['MeView'];
export type SessionConfig = Schemas['SessionConfigView'];

/** Why an expert declines a consultation: the API's list, in its order. */
export type DeclineReasonCode = 'outside-specialty' | 'insufficient-information' | 'capacity' | 'not-suitable-for-remote' | 'other';
export const DECLINE_REASON_CODES: DeclineReasonCode[] = ['outside-specialty', 'insufficient-information', 'capacity', 'not-suitable-for-remote', 'other'];
export type ConsultationStatus = Schemas['Consultation']['status'];
export const CONSULTATION_STATUSES: ConsultationStatus[] = ['requested', 'accepted', 'information-requested', 'declined', 'scheduled', 'in-progress', 'completed', 'cancelled'];

export type Slot = Schemas['Consultation']['slot'] & object;
/** A consultation as listed; read by its id it carries its questions too. */
export type Consultation = Schemas['Consultation'] & Partial<Pick<Schemas['ConsultationDetail'], 'questions'>>;
/** A response deadline: when due, when met, and whether it was recorded overdue (a fact of the log, not a guess). */
export type Deadline = NonNullable<NonNullable<Consultation['deadlines']>['accept']>;
export type Question = Schemas['ConsultationQuestion'];
export type Feedback = NonNullable<Consultation['feedback']>;
export type Material = Schemas['Material'];

export type AgreementService = Schemas['Agreement']['services'][number];
export const AGREEMENT_SERVICES: AgreementService[] = ['consultation', 'case-review', 'training'];
export type AgreementTerms = Schemas['AgreementTermsDto'];
export type Agreement = Schemas['Agreement'];

export type Turnaround = Schemas['Turnaround'];
export type TurnaroundStage = Turnaround['accept'];
export type Page<T> = { items: T[]; nextCursor: string | null };
/** What a command answers; scheduling adds its warnings. */
export type CommandAnswer = Schemas['Recorded'] & Partial<Pick<Schemas['Scheduled'], 'warnings'>>;
export type Hospital = Schemas['Hospital'];
export type Schedule = Schemas['ExpertSchedule'];
export type LocalSlot = Schedule['freeSlots'][number]['expertLocal'];
export type Counts = Pick<Schemas['OverviewStats'], 'consultations' | 'caseReviews' | 'training'>;
export type Stats = Schemas['OverviewStats'];
export type PartnershipStats = Schemas['PartnershipStats'];
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
export type WebhookEndpoint = Schemas['WebhookEndpointList']['items'][number];
export type WebhookAttempt = Schemas['WebhookDeliveryPage']['items'][number];
export type WebhookRegistered = Schemas['WebhookEndpointRegistered'];
