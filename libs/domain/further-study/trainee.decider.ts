import type { Decider } from '@telemed/domain/core';
import { StudyPeriodsOverlap } from './further-study.errors';
import { evolveTrainee, initialTraineeState, type StudyPeriod, type TraineeEvent, type TraineeState } from './trainee.events';

export interface BookStudyPeriod {
  type: 'BookStudyPeriod';
  hospitalId: string;
  staffId: string;
  period: StudyPeriod;
}
export interface ShortenStudyPeriod {
  type: 'ShortenStudyPeriod';
  hospitalId: string;
  staffId: string;
  furtherStudyId: string;
  endsOn: string;
}
export interface ReleaseStudyPeriod {
  type: 'ReleaseStudyPeriod';
  hospitalId: string;
  staffId: string;
  furtherStudyId: string;
  reason: string;
}
export type TraineeCommand = BookStudyPeriod | ShortenStudyPeriod | ReleaseStudyPeriod;

/** Inclusive date ranges overlap when each starts on or before the other ends. */
export const overlapping = (a: StudyPeriod, b: StudyPeriod): boolean => a.start <= b.end && b.start <= a.end;

export const traineeDecider: Decider<TraineeCommand, TraineeEvent, TraineeState> = {
  decide(command, state) {
    const { hospitalId, staffId } = command;
    if (command.type === 'BookStudyPeriod') {
      const clash = Object.values(state.periods).find((period) => overlapping(period, command.period));
      if (clash) throw new StudyPeriodsOverlap(clash);
      return [{ type: 'StudyPeriodBooked', data: { hospitalId, staffId, period: command.period } }];
    }
    const period = state.periods[command.furtherStudyId];
    if (command.type === 'ReleaseStudyPeriod') {
      if (!period) return [];
      return [{ type: 'StudyPeriodReleased', data: { hospitalId, staffId, furtherStudyId: command.furtherStudyId, reason: command.reason } }];
    }
    // Only an earlier end frees anything; a period that already ends by then is left as it is.
    if (!period || command.endsOn >= period.end) return [];
    return [{ type: 'StudyPeriodShortened', data: { hospitalId, staffId, furtherStudyId: command.furtherStudyId, endsOn: command.endsOn } }];
  },
  evolve: evolveTrainee,
  initialState: initialTraineeState,
};
