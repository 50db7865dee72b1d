import { type Decider, InvalidValue } from '@telemed/domain/core';
import { departmentOf, type HospitalState } from '@telemed/domain/hospital';
import { isCalendarDate } from '@telemed/domain/core';
import { DuplicatePairing, PartnershipAlreadyEstablished, PartnershipNotEstablished } from './partnership.errors';
import {
  evolve,
  initialState,
  PROGRAMMES,
  type PartnershipEvent,
  type PartnershipState,
  type Programme,
} from './partnership.events';

/** The hospitals come in as their current state, read by the caller from their own streams. */
export type EstablishPartnership = {
  type: 'EstablishPartnership';
  partnershipId: string;
  givingHospital: HospitalState;
  receivingHospital: HospitalState;
  programme: Programme;
  validFrom: string;
  validUntil?: string;
  establishedBy: string;
  now: string;
};

export type PairDepartments = {
  type: 'PairDepartments';
  pairingId: string;
  givingDepartmentId: string;
  receivingDepartmentId: string;
  givingHospital: HospitalState;
  receivingHospital: HospitalState;
  pairedBy: string;
  now: string;
};

export type PartnershipCommand = EstablishPartnership | PairDepartments;

export function establishPartnership(command: EstablishPartnership, state: PartnershipState): PartnershipEvent[] {
  if (state.status === 'established') throw new PartnershipAlreadyEstablished(state.partnershipId);
  const { givingHospital, receivingHospital, programme, validFrom, validUntil } = command;
  if (givingHospital.status !== 'registered') {
    throw new InvalidValue('givingHospitalId', 'the giving hospital is not registered', 'unknown-hospital');
  }
  if (receivingHospital.status !== 'registered') {
    throw new InvalidValue('receivingHospitalId', 'the receiving hospital is not registered', 'unknown-hospital');
  }
  if (givingHospital.hospitalId === receivingHospital.hospitalId) {
    throw new InvalidValue('receivingHospitalId', 'a hospital cannot aid itself', 'same-hospital');
  }
  if (!PROGRAMMES.includes(programme)) {
    throw new InvalidValue('programme', 'must be one of {values}', undefined, { values: PROGRAMMES.join(', ') });
  }
  if (!isCalendarDate(validFrom)) throw new InvalidValue('validFrom', '"{value}" is not a date YYYY-MM-DD', undefined, { value: String(validFrom) });
  if (validUntil !== undefined) {
    if (!isCalendarDate(validUntil)) throw new InvalidValue('validUntil', '"{value}" is not a date YYYY-MM-DD', undefined, { value: String(validUntil) });
    if (validUntil < validFrom) throw new InvalidValue('validUntil', 'must not be before validFrom {validFrom}', undefined, { validFrom });
  }
  return [
    {
      type: 'PartnershipEstablished',
      data: {
        partnershipId: command.partnershipId,
        givingHospitalId: givingHospital.hospitalId,
        receivingHospitalId: receivingHospital.hospitalId,
        programme,
        validFrom,
        ...(validUntil === undefined ? {} : { validUntil }),
        establishedBy: command.establishedBy,
        establishedAt: command.now,
      },
    },
  ];
}

/** A department of `hospital`, provided `hospital` is the one this side of the partnership names. */
function departmentOfSide(hospital: HospitalState, expectedHospitalId: string, departmentId: string) {
  if (hospital.status !== 'registered' || hospital.hospitalId !== expectedHospitalId) return undefined;
  return departmentOf(hospital, departmentId);
}

export function pairDepartments(command: PairDepartments, state: PartnershipState): PartnershipEvent[] {
  if (state.status !== 'established') throw new PartnershipNotEstablished('pair departments');
  const giving = departmentOfSide(command.givingHospital, state.givingHospitalId, command.givingDepartmentId);
  if (!giving) {
    throw new InvalidValue(
      'givingDepartmentId',
      '{departmentId} is not a department of giving hospital {hospitalId}',
      'unknown-department',
      { departmentId: command.givingDepartmentId, hospitalId: state.givingHospitalId },
    );
  }
  const receiving = departmentOfSide(
    command.receivingHospital,
    state.receivingHospitalId,
    command.receivingDepartmentId,
  );
  if (!receiving) {
    throw new InvalidValue(
      'receivingDepartmentId',
      '{departmentId} is not a department of receiving hospital {hospitalId}',
      'unknown-department',
      { departmentId: command.receivingDepartmentId, hospitalId: state.receivingHospitalId },
    );
  }
  const existing = Object.values(state.pairings).find(
    (pairing) =>
      pairing.pairingId === command.pairingId ||
      (pairing.givingDepartmentId === giving.departmentId && pairing.receivingDepartmentId === receiving.departmentId),
  );
  if (existing) throw new DuplicatePairing(state.partnershipId, existing.pairingId);
  return [
    {
      type: 'DepartmentsPaired',
      data: {
        partnershipId: state.partnershipId,
        pairingId: command.pairingId,
        givingDepartmentId: giving.departmentId,
        givingSpecialty: giving.specialty,
        receivingDepartmentId: receiving.departmentId,
        receivingSpecialty: receiving.specialty,
        pairedBy: command.pairedBy,
        pairedAt: command.now,
      },
    },
  ];
}

export function decide(command: PartnershipCommand, state: PartnershipState): PartnershipEvent[] {
  switch (command.type) {
    case 'EstablishPartnership':
      return establishPartnership(command, state);
    case 'PairDepartments':
      return pairDepartments(command, state);
  }
}

export const partnershipDecider: Decider<PartnershipCommand, PartnershipEvent, PartnershipState> = {
  decide,
  evolve,
  initialState,
};
