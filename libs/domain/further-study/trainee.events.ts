import type { DomainEvent } from '@telemed/domain/core';

/** A period a member of staff is away studying: Beijing calendar dates, both inclusive. */
export interface StudyPeriod {
  furtherStudyId: string;
  start: string;
  end: string;
}

/**
 * A person's study calendar, one stream per member of staff of a receiving hospital: it is what
 * refuses a second placement overlapping the first, in the same append as the placement itself.
 */
export type StudyPeriodBooked = DomainEvent<'StudyPeriodBooked', { hospitalId: string; staffId: string; period: StudyPeriod }>;

/** The period ends early (withdrawal, or completion before the planned end) on `endsOn`. */
export type StudyPeriodShortened = DomainEvent<
  'StudyPeriodShortened',
  { hospitalId: string; staffId: string; furtherStudyId: string; endsOn: string }
>;

/**
 * The period is taken off the calendar: the placement it was booked for was never recorded (its
 * append failed after the calendar's), so the booking is undone; `reason` says why.
 */
export type StudyPeriodReleased = DomainEvent<
  'StudyPeriodReleased',
  { hospitalId: string; staffId: string; furtherStudyId: string; reason: string }
>;

export type TraineeEvent = StudyPeriodBooked | StudyPeriodShortened | StudyPeriodReleased;

export interface TraineeState {
  periods: Record<string, StudyPeriod>;
}

export const traineeStreamId = (hospitalId: string, staffId: string): string => `trainee-${hospitalId}-${staffId}`;

export function initialTraineeState(): TraineeState {
  return { periods: {} };
}

export function evolveTrainee(state: TraineeState, event: TraineeEvent): TraineeState {
  switch (event.type) {
    case 'StudyPeriodBooked':
      return { periods: { ...state.periods, [event.data.period.furtherStudyId]: { ...event.data.period } } };
    case 'StudyPeriodShortened': {
      const period = state.periods[event.data.furtherStudyId];
      if (!period) return state;
      return { periods: { ...state.periods, [period.furtherStudyId]: { ...period, end: event.data.endsOn } } };
    }
    case 'StudyPeriodReleased': {
      const { [event.data.furtherStudyId]: _released, ...rest } = state.periods;
      return { periods: rest };
    }
    default:
      return state;
  }
}
