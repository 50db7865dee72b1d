import type { DomainEvent } from '@telemed/domain/core';
import { beijingDateOf } from '@telemed/domain/core';

export type Programme = 'group-aid' | 'medical-consortium' | 'specialist-alliance' | 'other';
export const PROGRAMMES: readonly Programme[] = ['group-aid', 'medical-consortium', 'specialist-alliance', 'other'];

/** A department of the giving hospital adopts one of the receiving hospital (以院包科). */
export interface DepartmentPairing {
  pairingId: string;
  givingDepartmentId: string;
  givingSpecialty: string;
  receivingDepartmentId: string;
  receivingSpecialty: string;
}

export type PartnershipEstablished = DomainEvent<
  'PartnershipEstablished',
  {
    partnershipId: string;
    givingHospitalId: string;
    receivingHospitalId: string;
    programme: Programme;
    /** Calendar dates 'YYYY-MM-DD' in Beijing time, both inclusive. */
    validFrom: string;
    validUntil?: string;
    establishedBy: string;
    establishedAt: string;
  }
>;

export type DepartmentsPaired = DomainEvent<
  'DepartmentsPaired',
  DepartmentPairing & { partnershipId: string; pairedBy: string; pairedAt: string }
>;

export type PartnershipEvent = PartnershipEstablished | DepartmentsPaired;

export type PartnershipState =
  | { status: 'none' }
  | {
      status: 'established';
      partnershipId: string;
      givingHospitalId: string;
      receivingHospitalId: string;
      programme: Programme;
      validFrom: string;
      validUntil?: string;
      pairings: Record<string, DepartmentPairing>;
    };

export type EstablishedPartnership = Extract<PartnershipState, { status: 'established' }>;

export const initialState = (): PartnershipState => ({ status: 'none' });

export function evolve(state: PartnershipState, event: PartnershipEvent): PartnershipState {
  switch (event.type) {
    case 'PartnershipEstablished': {
      const { partnershipId, givingHospitalId, receivingHospitalId, programme, validFrom, validUntil } = event.data;
      return {
        status: 'established',
        partnershipId,
        givingHospitalId,
        receivingHospitalId,
        programme,
        validFrom,
        ...(validUntil === undefined ? {} : { validUntil }),
        pairings: {},
      };
    }
    case 'DepartmentsPaired': {
      if (state.status !== 'established') return state;
      const { pairingId, givingDepartmentId, givingSpecialty, receivingDepartmentId, receivingSpecialty } = event.data;
      const pairing = { pairingId, givingDepartmentId, givingSpecialty, receivingDepartmentId, receivingSpecialty };
      return { ...state, pairings: { ...state.pairings, [pairingId]: pairing } };
    }
    default:
      // Events of types this version does not know are facts for someone else: keep the state.
      return state;
  }
}

export const partnershipStreamId = (partnershipId: string): string => `partnership-${partnershipId}`;

/** Validity is judged on the legal clock: the Beijing date of the instant, bounds inclusive. */
export function isActiveOn(state: PartnershipState, instantIso: string): boolean {
  if (state.status !== 'established') return false;
  const date = beijingDateOf(instantIso);
  if (date === undefined) return false;
  return date >= state.validFrom && (state.validUntil === undefined || date <= state.validUntil);
}

export function findPairing(
  state: PartnershipState,
  criteria: { specialty: string; receivingDepartmentId?: string },
): DepartmentPairing | undefined {
  if (state.status !== 'established') return undefined;
  const specialty = criteria.specialty.trim().toLowerCase();
  return Object.values(state.pairings).find(
    (pairing) =>
      pairing.givingSpecialty.trim().toLowerCase() === specialty &&
      (criteria.receivingDepartmentId === undefined ||
        pairing.receivingDepartmentId === criteria.receivingDepartmentId),
  );
}

/** Every department pairing of the partnership whose giving department practises the specialty. */
export function pairingsFor(state: PartnershipState, specialty: string): DepartmentPairing[] {
  if (state.status !== 'established') return [];
  const wanted = specialty.trim().toLowerCase();
  return Object.values(state.pairings).filter((pairing) => pairing.givingSpecialty.trim().toLowerCase() === wanted);
}
