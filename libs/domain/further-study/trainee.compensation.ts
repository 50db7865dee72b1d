import { overlapping, traineeDecider } from './trainee.decider';
import type { StudyPeriod, TraineeEvent, TraineeState } from './trainee.events';

/** Decides, on a study calendar as it is when the undo runs, the events that take a change back. */
export type StudyCalendarUndo = (calendar: TraineeState, reason: string) => TraineeEvent[];

/**
 * What undoes a command's change to a person's study calendar when the placement it was made for
 * could not be written (on a store without multi-stream transactions the calendar is written
 * first). Decided on the calendar at undo time, and only while it still shows that change: a
 * booked period is released; a shortened one gets its former end back, unless another placement
 * has since been booked into the days the shortening freed, in which case it stays short (the
 * command is then decided again on fresh state, or fails with the placement as it was).
 * `before` is the period as the command found it.
 */
export function undoStudyCalendarChange(changes: readonly TraineeEvent[], before: StudyPeriod | undefined): StudyCalendarUndo {
  return (calendar, reason) =>
    changes.flatMap((change): TraineeEvent[] => {
      const { hospitalId, staffId } = change.data;
      switch (change.type) {
        case 'StudyPeriodBooked': {
          const { furtherStudyId } = change.data.period;
          const current = calendar.periods[furtherStudyId];
          return current && samePeriod(current, change.data.period)
            ? traineeDecider.decide({ type: 'ReleaseStudyPeriod', hospitalId, staffId, furtherStudyId, reason }, calendar)
            : [];
        }
        case 'StudyPeriodShortened': {
          const current = calendar.periods[change.data.furtherStudyId];
          if (!current || !before || current.end !== change.data.endsOn) return [];
          const clash = Object.values(calendar.periods).some((other) => other.furtherStudyId !== before.furtherStudyId && overlapping(other, before));
          // Booking the former period again under the same placement restores its end.
          return clash ? [] : [{ type: 'StudyPeriodBooked', data: { hospitalId, staffId, period: { ...before } } }];
        }
        default:
          return [];
      }
    });
}

const samePeriod = (a: StudyPeriod, b: StudyPeriod) => a.start === b.start && a.end === b.end;
