import type { DomainEvent } from '@telemed/domain/core';

/** A local clock time 'HH:MM' (00:00–23:59) in the hospital's own time zone. */
export interface WorkingHours {
  start: string;
  end: string;
}

export interface Department {
  departmentId: string;
  name: string;
  specialty: string;
}

export type HospitalRegistered = DomainEvent<
  'HospitalRegistered',
  {
    hospitalId: string;
    name: string;
    nameZh?: string;
    region: string;
    /** IANA zone, given explicitly: Asia/Urumqi is never assumed for a Xinjiang hospital. */
    timezone: string;
    workingHours: WorkingHours;
    registeredBy: string;
    registeredAt: string;
  }
>;

export type DepartmentAdded = DomainEvent<
  'DepartmentAdded',
  {
    hospitalId: string;
    departmentId: string;
    name: string;
    specialty: string;
    addedBy: string;
    addedAt: string;
  }
>;

export type HospitalEvent = HospitalRegistered | DepartmentAdded;

export type HospitalState =
  | { status: 'unregistered' }
  | {
      status: 'registered';
      hospitalId: string;
      name: string;
      nameZh?: string;
      region: string;
      timezone: string;
      workingHours: WorkingHours;
      departments: Record<string, Department>;
    };

export type RegisteredHospital = Extract<HospitalState, { status: 'registered' }>;

export const initialState = (): HospitalState => ({ status: 'unregistered' });

export function evolve(state: HospitalState, event: HospitalEvent): HospitalState {
  switch (event.type) {
    case 'HospitalRegistered': {
      const { hospitalId, name, nameZh, region, timezone, workingHours } = event.data;
      return {
        status: 'registered',
        hospitalId,
        name,
        ...(nameZh === undefined ? {} : { nameZh }),
        region,
        timezone,
        workingHours,
        departments: {},
      };
    }
    case 'DepartmentAdded': {
      if (state.status !== 'registered') return state;
      const { departmentId, name, specialty } = event.data;
      return { ...state, departments: { ...state.departments, [departmentId]: { departmentId, name, specialty } } };
    }
    default:
      // Events of types this version does not know are facts for someone else: keep the state.
      return state;
  }
}

export const hospitalStreamId = (hospitalId: string): string => `hospital-${hospitalId}`;

export function departmentOf(state: HospitalState, departmentId: string): Department | undefined {
  if (state.status !== 'registered') return undefined;
  return Object.hasOwn(state.departments, departmentId) ? state.departments[departmentId] : undefined;
}
