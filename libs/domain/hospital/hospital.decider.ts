import { type Decider, InvalidValue, isValidTimeZone } from '@telemed/domain/core';
import { DuplicateDepartment, HospitalAlreadyRegistered, HospitalNotRegistered } from './hospital.errors';
import {
  evolve,
  initialState,
  type HospitalEvent,
  type HospitalState,
  type WorkingHours,
} from './hospital.events';

export type RegisterHospital = {
  type: 'RegisterHospital';
  hospitalId: string;
  name: string;
  nameZh?: string;
  region: string;
  timezone: string;
  workingHours?: WorkingHours;
  registeredBy: string;
  now: string;
};

export type AddDepartment = {
  type: 'AddDepartment';
  departmentId: string;
  name: string;
  specialty: string;
  addedBy: string;
  now: string;
};

export type HospitalCommand = RegisterHospital | AddDepartment;

export const DEFAULT_WORKING_HOURS: WorkingHours = { start: '08:00', end: '17:30' };

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isIanaTimeZone(timezone: string): boolean {
  // Offsets such as '+08:00' name no region's rules (and newer engines accept them): not an IANA zone.
  if (!/^[A-Za-z]/.test(timezone)) return false;
  return isValidTimeZone(timezone);
}

function requireText(field: string, value: string): void {
  if (typeof value !== 'string' || value.trim() === '') throw new InvalidValue(field, 'must not be blank');
}

export function registerHospital(command: RegisterHospital, state: HospitalState): HospitalEvent[] {
  if (state.status === 'registered') throw new HospitalAlreadyRegistered(state.hospitalId);
  requireText('name', command.name);
  requireText('region', command.region);
  // No zone is ever assumed: Asia/Urumqi (unofficial Xinjiang time) is accepted only because it was given.
  if (typeof command.timezone !== 'string' || !isIanaTimeZone(command.timezone)) {
    throw new InvalidValue('timezone', '"{value}" is not an IANA time zone', undefined, { value: String(command.timezone) });
  }
  const workingHours = command.workingHours ?? DEFAULT_WORKING_HOURS;
  if (!CLOCK_TIME.test(workingHours.start) || !CLOCK_TIME.test(workingHours.end)) {
    throw new InvalidValue('workingHours', 'start and end must be local times HH:MM between 00:00 and 23:59');
  }
  if (workingHours.start >= workingHours.end) {
    throw new InvalidValue('workingHours', 'start {start} must be before end {end}', undefined, { start: workingHours.start, end: workingHours.end });
  }
  return [
    {
      type: 'HospitalRegistered',
      data: {
        hospitalId: command.hospitalId,
        name: command.name,
        ...(command.nameZh === undefined ? {} : { nameZh: command.nameZh }),
        region: command.region,
        timezone: command.timezone,
        workingHours: { start: workingHours.start, end: workingHours.end },
        registeredBy: command.registeredBy,
        registeredAt: command.now,
      },
    },
  ];
}

export function addDepartment(command: AddDepartment, state: HospitalState): HospitalEvent[] {
  if (state.status !== 'registered') throw new HospitalNotRegistered('add a department');
  requireText('name', command.name);
  requireText('specialty', command.specialty);
  const wanted = command.name.trim().toLowerCase();
  const clash = Object.values(state.departments).find(
    (department) =>
      department.departmentId === command.departmentId || department.name.trim().toLowerCase() === wanted,
  );
  if (clash) throw new DuplicateDepartment(state.hospitalId, clash.departmentId, clash.name);
  return [
    {
      type: 'DepartmentAdded',
      data: {
        hospitalId: state.hospitalId,
        departmentId: command.departmentId,
        name: command.name,
        specialty: command.specialty,
        addedBy: command.addedBy,
        addedAt: command.now,
      },
    },
  ];
}

export function decide(command: HospitalCommand, state: HospitalState): HospitalEvent[] {
  switch (command.type) {
    case 'RegisterHospital':
      return registerHospital(command, state);
    case 'AddDepartment':
      return addDepartment(command, state);
  }
}

export const hospitalDecider: Decider<HospitalCommand, HospitalEvent, HospitalState> = {
  decide,
  evolve,
  initialState,
};
