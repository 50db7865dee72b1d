import type { DomainEvent } from '@telemed/domain/core';

/** 进修 (months in a giving hospital's department), or an in-service postgraduate degree. */
export const FURTHER_STUDY_KINDS = ['further-study', 'in-service-postgraduate'] as const;
export type FurtherStudyKind = (typeof FURTHER_STUDY_KINDS)[number];

export const FURTHER_STUDY_STATUSES = ['started', 'completed', 'withdrawn'] as const;
export type FurtherStudyStatus = (typeof FURTHER_STUDY_STATUSES)[number];

/**
 * A member of the receiving hospital's staff. Their name is personal data of staff, not of a patient:
 * it is kept in clear, as training attendees' names are, because the certificate and the programme's
 * roll name them; it is not under a patient's data key and no patient erasure touches it.
 */
export interface StudyingStaff {
  staffId: string;
  name: string;
  title?: string;
}

export type FurtherStudyStarted = DomainEvent<
  'FurtherStudyStarted',
  {
    furtherStudyId: string;
    kind: FurtherStudyKind;
    partnershipId: string;
    givingHospitalId: string;
    receivingHospitalId: string;
    person: StudyingStaff;
    /** The giving hospital's department that hosts them. */
    hostDepartmentId: string;
    /** Beijing calendar dates, both inclusive. */
    start: string;
    plannedEnd: string;
    startedBy: string;
    startedAt: string;
  }
>;

export type FurtherStudyCompleted = DomainEvent<
  'FurtherStudyCompleted',
  { furtherStudyId: string; completedOn: string; certificate: string; recordedBy: string; recordedAt: string }
>;

export type FurtherStudyWithdrawn = DomainEvent<
  'FurtherStudyWithdrawn',
  { furtherStudyId: string; withdrawnOn: string; reason: string; recordedBy: string; recordedAt: string }
>;

export type FurtherStudyEvent = FurtherStudyStarted | FurtherStudyCompleted | FurtherStudyWithdrawn;

export interface FurtherStudyState {
  status: FurtherStudyStatus | 'not-started';
  furtherStudyId: string;
  start: string;
  plannedEnd: string;
  receivingHospitalId: string;
  staffId: string;
}

export const furtherStudyStreamId = (furtherStudyId: string): string => 'further-study-' + furtherStudyId;

export function initialState(): FurtherStudyState {
  return { status: 'not-started', furtherStudyId: '', start: '', plannedEnd: '', receivingHospitalId: '', staffId: '' };
}

export function evolve(state: FurtherStudyState, event: FurtherStudyEvent): FurtherStudyState {
  switch (event.type) {
    case 'FurtherStudyStarted':
      return {
        status: 'started',
        furtherStudyId: event.data.furtherStudyId,
        start: event.data.start,
        plannedEnd: event.data.plannedEnd,
        receivingHospitalId: event.data.receivingHospitalId,
        staffId: event.data.person.staffId,
      };
    case 'FurtherStudyCompleted':
      return { ...state, status: 'completed' };
    case 'FurtherStudyWithdrawn':
      return { ...state, status: 'withdrawn' };
    default:
      return state;
  }
}
