import type { DomainEvent } from '@telemed/domain/core';

/** 新技术新项目: a technique brought to the receiving department by its pairing; dates are Beijing calendar dates. */
export type TechniqueProposed = DomainEvent<
  'TechniqueProposed',
  {
    techniqueId: string;
    pairingId: string;
    partnershipId: string;
    givingHospitalId: string;
    receivingHospitalId: string;
    name: string;
    /** Whether it is new to the region (填补自治区技术空白). */
    fillsRegionalGap: boolean;
    proposedOn: string;
    proposedBy: string;
    proposedAt: string;
  }
>;

export type TechniqueFirstPerformed = DomainEvent<
  'TechniqueFirstPerformed',
  { techniqueId: string; performedOn: string; supervisingExpertId: string; recordedBy: string; recordedAt: string }
>;

/** Cases done locally in one calendar month (`YYYY-MM`), recorded once per month. */
export type TechniqueCasesRecorded = DomainEvent<
  'TechniqueCasesRecorded',
  { techniqueId: string; period: string; count: number; recordedBy: string; recordedAt: string }
>;

export type TechniqueEvent = TechniqueProposed | TechniqueFirstPerformed | TechniqueCasesRecorded;

export interface TechniqueState {
  status: 'not-proposed' | 'proposed' | 'performed';
  techniqueId: string;
  givingHospitalId: string;
  proposedOn: string;
  performedOn?: string;
  periods: Record<string, number>;
}

export const techniqueStreamId = (techniqueId: string): string => 'technique-' + techniqueId;

export function initialState(): TechniqueState {
  return { status: 'not-proposed', techniqueId: '', givingHospitalId: '', proposedOn: '', periods: {} };
}

export function evolve(state: TechniqueState, event: TechniqueEvent): TechniqueState {
  switch (event.type) {
    case 'TechniqueProposed':
      return { ...state, status: 'proposed', techniqueId: event.data.techniqueId, givingHospitalId: event.data.givingHospitalId, proposedOn: event.data.proposedOn };
    case 'TechniqueFirstPerformed':
      return { ...state, status: 'performed', performedOn: event.data.performedOn };
    case 'TechniqueCasesRecorded':
      return { ...state, periods: { ...state.periods, [event.data.period]: event.data.count } };
    default:
      return state;
  }
}
