import type { DomainEvent } from '@telemed/domain/core';

/** What visiting experts came to do: lectures, mobile clinics (巡回医疗), surgical guidance, ward rounds. */
export const VISIT_KINDS = ['lecture', 'mobile-clinic', 'surgical-guidance', 'ward-round'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];

/** What a visit did; every count is a whole number, zero when not given. */
export interface VisitOutcomes {
  clinicsHeld: number;
  patientsSeen: number;
  operationsGuided: number;
  lectures: number;
}
export const VISIT_OUTCOMES: readonly (keyof VisitOutcomes)[] = ['clinicsHeld', 'patientsSeen', 'operationsGuided', 'lectures'];

/**
 * A short visit is recorded once it has taken place, whole: its dates (Beijing calendar dates, both
 * inclusive), its place and what it did. The experts are registered experts of the giving hospital;
 * the visit holds no patient data (patients seen are a count).
 */
export type ShortVisitRecorded = DomainEvent<
  'ShortVisitRecorded',
  {
    visitId: string;
    partnershipId: string;
    givingHospitalId: string;
    receivingHospitalId: string;
    kind: VisitKind;
    expertIds: string[];
    start: string;
    end: string;
    place?: string;
    outcomes: VisitOutcomes;
    recordedBy: string;
    recordedAt: string;
  }
>;

export type VisitEvent = ShortVisitRecorded;

export interface VisitState {
  status: 'not-recorded' | 'recorded';
  visitId: string;
}

export const visitStreamId = (visitId: string): string => 'visit-' + visitId;

export function initialState(): VisitState {
  return { status: 'not-recorded', visitId: '' };
}

export function evolve(state: VisitState, event: VisitEvent): VisitState {
  switch (event.type) {
    case 'ShortVisitRecorded':
      return { status: 'recorded', visitId: event.data.visitId };
    default:
      return state;
  }
}
