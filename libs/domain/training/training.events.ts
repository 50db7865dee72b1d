import type { DomainEvent, TimeSlot } from '@telemed/domain/core';

export const TRAINING_FORMATS = ['lecture', 'ward-round', 'surgical-guidance', 'workshop'] as const;
export type TrainingFormat = (typeof TRAINING_FORMATS)[number];

export const TRAINING_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];

/** Professional titles of the receiving hospital's staff: 初级, 中级, 高级. */
export const PROFESSIONAL_TITLES = ['junior', 'intermediate', 'senior'] as const;
export type ProfessionalTitle = (typeof PROFESSIONAL_TITLES)[number];

/** What an attendee does at their hospital, as training reports count them. */
export const ATTENDEE_ROLES = ['physician', 'nurse', 'technician', 'pharmacist', 'administrator', 'other'] as const;
export type AttendeeRole = (typeof ATTENDEE_ROLES)[number];

/** Continuing medical education credits: I类学分 and II类学分. */
export const CREDIT_CATEGORIES = ['I', 'II'] as const;
export type CreditCategory = (typeof CREDIT_CATEGORIES)[number];

/** The continuing-education credits a session awards to a person who attends the whole of it. */
export interface TrainingCredits {
  category: CreditCategory;
  points: number;
}

/**
 * One person at one session. `minutes` is present only when they attended part of it; a person
 * without it (every attendee recorded before minutes were kept) attended the whole session.
 */
export interface Attendee {
  staffId: string;
  name: string;
  role?: AttendeeRole;
  title?: ProfessionalTitle;
  minutes?: number;
}

export type TrainingSessionPlanned = DomainEvent<
  'TrainingSessionPlanned',
  {
    trainingSessionId: string;
    partnershipId: string;
    pairingId?: string;
    givingHospitalId: string;
    receivingHospitalId: string;
    title: string;
    format: TrainingFormat;
    start: string;
    end: string;
    trainerExpertIds: string[];
    audienceDepartmentIds: string[];
    /** Absent when the session awards no credits (and in every session planned before credits were kept). */
    credits?: TrainingCredits;
    plannedBy: string;
    plannedAt: string;
  }
>;

export type TrainingSessionRescheduled = DomainEvent<
  'TrainingSessionRescheduled',
  {
    trainingSessionId: string;
    previousStart: string;
    previousEnd: string;
    start: string;
    end: string;
    rescheduledBy: string;
    rescheduledAt: string;
  }
>;

/** `heldAt` is the business time the session counts at; `recordedAt` is when someone said so. */
export type TrainingSessionHeld = DomainEvent<
  'TrainingSessionHeld',
  { trainingSessionId: string; heldAt: string; recordedBy: string; recordedAt: string }
>;

/** Carries only people not recorded before, so summing attendees over events gives person-times. */
export type AttendanceRecorded = DomainEvent<
  'AttendanceRecorded',
  { trainingSessionId: string; attendees: Attendee[]; recordedBy: string; recordedAt: string }
>;

export type TrainingSessionCancelled = DomainEvent<
  'TrainingSessionCancelled',
  { trainingSessionId: string; reason: string; cancelledBy: string; cancelledAt: string }
>;

export type TrainingEvent =
  | TrainingSessionPlanned
  | TrainingSessionRescheduled
  | TrainingSessionHeld
  | AttendanceRecorded
  | TrainingSessionCancelled;

export interface TrainingState {
  /** `not-planned` is the empty stream: nothing has happened yet. */
  status: TrainingStatus | 'not-planned';
  trainingSessionId: string;
  partnershipId: string;
  pairingId?: string;
  givingHospitalId: string;
  receivingHospitalId: string;
  title: string;
  format?: TrainingFormat;
  slot?: TimeSlot;
  trainerExpertIds: string[];
  audienceDepartmentIds: string[];
  credits?: TrainingCredits;
  plannedBy: string;
  plannedAt: string;
  heldAt?: string;
  attendees: Record<string, Attendee>;
  /** Distinct people who attended this session: one person counts once per session. */
  personTimes: number;
  cancellationReason?: string;
  cancelledAt?: string;
}

export const trainingSessionStreamId = (trainingSessionId: string): string => 'training-session-' + trainingSessionId;

export function initialState(): TrainingState {
  return {
    status: 'not-planned',
    trainingSessionId: '',
    partnershipId: '',
    givingHospitalId: '',
    receivingHospitalId: '',
    title: '',
    trainerExpertIds: [],
    audienceDepartmentIds: [],
    plannedBy: '',
    plannedAt: '',
    attendees: {},
    personTimes: 0,
  };
}

export function evolve(state: TrainingState, event: TrainingEvent): TrainingState {
  switch (event.type) {
    case 'TrainingSessionPlanned': {
      const { data } = event;
      return {
        ...state,
        status: 'planned',
        trainingSessionId: data.trainingSessionId,
        partnershipId: data.partnershipId,
        pairingId: data.pairingId,
        givingHospitalId: data.givingHospitalId,
        receivingHospitalId: data.receivingHospitalId,
        title: data.title,
        format: data.format,
        slot: { start: data.start, end: data.end },
        trainerExpertIds: [...data.trainerExpertIds],
        audienceDepartmentIds: [...data.audienceDepartmentIds],
        ...(data.credits !== undefined ? { credits: { ...data.credits } } : {}),
        plannedBy: data.plannedBy,
        plannedAt: data.plannedAt,
      };
    }
    case 'TrainingSessionRescheduled':
      return { ...state, slot: { start: event.data.start, end: event.data.end } };
    case 'TrainingSessionHeld':
      return { ...state, status: 'held', heldAt: event.data.heldAt };
    case 'AttendanceRecorded': {
      const attendees = { ...state.attendees };
      for (const attendee of event.data.attendees) attendees[attendee.staffId] = { ...attendee };
      return { ...state, attendees, personTimes: Object.keys(attendees).length };
    }
    case 'TrainingSessionCancelled':
      return {
        ...state,
        status: 'cancelled',
        cancellationReason: event.data.reason,
        cancelledAt: event.data.cancelledAt,
      };
    default:
      return state;
  }
}
