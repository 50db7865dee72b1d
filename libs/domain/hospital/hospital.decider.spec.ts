import { InvalidValue } from '@telemed/domain/core';
import { specFor } from '@telemed/domain/core/decider-spec.testing';
import { hospitalDecider, type RegisterHospital } from './hospital.decider';
import { DuplicateDepartment, HospitalAlreadyRegistered, HospitalNotRegistered } from './hospital.errors';
import { departmentOf, hospitalStreamId, type HospitalEvent, type HospitalRegistered } from './hospital.events';

const given = specFor(hospitalDecider);
const now = '2024-05-06T02:00:00Z';

const register = (overrides: Partial<RegisterHospital> = {}): RegisterHospital => ({
  type: 'RegisterHospital',
  hospitalId: 'kashgar-2',
  name: "Kashgar No. 2 People's Hospital",
  nameZh: '喀什地区第二人民医院',
  region: 'Xinjiang',
  timezone: 'Asia/Shanghai',
  registeredBy: 'coordinator-1',
  now,
  ...overrides,
});

const registered: HospitalRegistered = {
  type: 'HospitalRegistered',
  data: {
    hospitalId: 'kashgar-2',
    name: "Kashgar No. 2 People's Hospital",
    nameZh: '喀什地区第二人民医院',
    region: 'Xinjiang',
    timezone: 'Asia/Shanghai',
    workingHours: { start: '08:00', end: '17:30' },
    registeredBy: 'coordinator-1',
    registeredAt: now,
  },
};

const cardiologyAdded: HospitalEvent = {
  type: 'DepartmentAdded',
  data: {
    hospitalId: 'kashgar-2',
    departmentId: 'cardio',
    name: 'Cardiology',
    specialty: 'cardiology',
    addedBy: 'coordinator-1',
    addedAt: now,
  },
};

describe('registering a hospital', () => {
  it('records the hospital with default working hours 08:00–17:30 when none are given', () => {
    given([]).when(register()).then([registered]);
  });

  it('keeps the working hours the coordinator gives', () => {
    given([])
      .when(register({ nameZh: undefined, workingHours: { start: '10:00', end: '19:30' } }))
      .then([
        {
          type: 'HospitalRegistered',
          data: {
            hospitalId: 'kashgar-2',
            name: "Kashgar No. 2 People's Hospital",
            region: 'Xinjiang',
            timezone: 'Asia/Shanghai',
            workingHours: { start: '10:00', end: '19:30' },
            registeredBy: 'coordinator-1',
            registeredAt: now,
          },
        },
      ]);
  });

  it('accepts unofficial Xinjiang time (Asia/Urumqi) when it is given explicitly', () => {
    given([])
      .when(register({ timezone: 'Asia/Urumqi' }))
      .then([{ ...registered, data: { ...registered.data, timezone: 'Asia/Urumqi' } }]);
  });

  it('cannot register the same hospital twice', () => {
    given([registered]).when(register()).thenFails(HospitalAlreadyRegistered, 'already-registered');
  });

  it.each(['Mars/Olympus', 'Beijing', '+08:00', ''])('refuses %j as a time zone', (timezone) => {
    const error = given([]).when(register({ timezone })).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe('timezone');
  });

  it.each([
    [{ start: '8:00', end: '17:30' }],
    [{ start: '08:00', end: '24:00' }],
    [{ start: '08:60', end: '17:30' }],
    [{ start: '17:30', end: '08:00' }],
    [{ start: '08:00', end: '08:00' }],
  ])('refuses working hours %j', (workingHours) => {
    const error = given([]).when(register({ workingHours })).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe('workingHours');
  });

  it('refuses a blank name', () => {
    const error = given([]).when(register({ name: '  ' })).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe('name');
  });
});

describe('adding a department', () => {
  const addCardiology = {
    type: 'AddDepartment' as const,
    departmentId: 'cardio',
    name: 'Cardiology',
    specialty: 'cardiology',
    addedBy: 'coordinator-1',
    now,
  };

  it('records the department in the registered hospital', () => {
    given([registered]).when(addCardiology).then([cardiologyAdded]);
  });

  it('cannot add a department to a hospital that is not registered', () => {
    given([]).when(addCardiology).thenFails(HospitalNotRegistered, 'hospital-not-registered');
  });

  it('cannot add a second department with the same name, whatever its letter case', () => {
    given([registered, cardiologyAdded])
      .when({ ...addCardiology, departmentId: 'cardio-2', name: 'CARDIOLOGY ' })
      .thenFails(DuplicateDepartment, 'duplicate-department');
  });

  it('cannot reuse a department id for another department', () => {
    given([registered, cardiologyAdded])
      .when({ ...addCardiology, name: 'Neurology', specialty: 'neurology' })
      .thenFails(DuplicateDepartment, 'duplicate-department');
  });

  it('refuses a department without a specialty', () => {
    const error = given([registered]).when({ ...addCardiology, specialty: '' }).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe('specialty');
  });
});

describe('reading a hospital', () => {
  const fold = (events: HospitalEvent[]) => events.reduce(hospitalDecider.evolve, hospitalDecider.initialState());

  it('finds a department of the hospital by id', () => {
    const state = fold([registered, cardiologyAdded]);
    expect(departmentOf(state, 'cardio')).toEqual({
      departmentId: 'cardio',
      name: 'Cardiology',
      specialty: 'cardiology',
    });
    expect(departmentOf(state, 'neuro')).toBeUndefined();
    expect(departmentOf(state, 'toString')).toBeUndefined();
    expect(departmentOf(fold([]), 'cardio')).toBeUndefined();
  });

  it('ignores events of types it does not know', () => {
    const state = fold([registered]);
    const unknown = { type: 'HospitalRenamed', data: {} } as unknown as HospitalEvent;
    expect(hospitalDecider.evolve(state, unknown)).toBe(state);
  });

  it('names the stream after the hospital id', () => {
    expect(hospitalStreamId('kashgar-2')).toBe('hospital-kashgar-2');
  });
});
