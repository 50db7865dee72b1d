import { foldEvents } from '@telemed/domain/core';
import { hospitalDecider } from '@telemed/domain/hospital';
import type { BookExpert, RegisterExpert } from './expert.decider';
import type { ExpertBooked, ExpertRegistered } from './expert.events';

/** Fixtures shared by the expert specs: Dr Li, a cardiologist of Ruijin Hospital, Shanghai. */
export const now = '2024-05-06T02:00:00Z';

export const ruijin = foldEvents(hospitalDecider, [
  {
    type: 'HospitalRegistered',
    data: {
      hospitalId: 'ruijin',
      name: 'Ruijin Hospital',
      region: 'Shanghai',
      timezone: 'Asia/Shanghai',
      workingHours: { start: '08:00', end: '17:30' },
      registeredBy: 'coordinator-1',
      registeredAt: now,
    },
  },
  {
    type: 'DepartmentAdded',
    data: {
      hospitalId: 'ruijin',
      departmentId: 'rj-cardio',
      name: 'Cardiology',
      specialty: 'cardiology',
      addedBy: 'coordinator-1',
      addedAt: now,
    },
  },
]);

export const registerDrLi = (overrides: Partial<RegisterExpert> = {}): RegisterExpert => ({
  type: 'RegisterExpert',
  expertId: 'dr-li',
  name: 'Li Wei',
  hospital: ruijin,
  departmentId: 'rj-cardio',
  specialty: 'cardiology',
  title: 'chief-physician',
  licensedSince: '2010-07-01',
  registeredBy: 'coordinator-1',
  now,
  ...overrides,
});

export const drLiRegistered: ExpertRegistered = {
  type: 'ExpertRegistered',
  data: {
    expertId: 'dr-li',
    name: 'Li Wei',
    hospitalId: 'ruijin',
    departmentId: 'rj-cardio',
    specialty: 'cardiology',
    title: 'chief-physician',
    licensedSince: '2010-07-01',
    registeredBy: 'coordinator-1',
    registeredAt: now,
  },
};

export const book = (
  bookingId: string,
  start: string,
  end: string,
  overrides: Partial<BookExpert> = {},
): BookExpert => ({
  type: 'BookExpert',
  bookingId,
  activity: 'consultation',
  slot: { start, end },
  bookedBy: 'coordinator-1',
  now,
  ...overrides,
});

export const booked = (bookingId: string, start: string, end: string): ExpertBooked => ({
  type: 'ExpertBooked',
  data: {
    expertId: 'dr-li',
    bookingId,
    activity: 'consultation',
    start,
    end,
    bookedBy: 'coordinator-1',
    bookedAt: now,
  },
});
