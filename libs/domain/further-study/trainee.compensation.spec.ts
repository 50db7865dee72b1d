import { evolveTrainee, initialTraineeState, type StudyPeriod, type TraineeEvent } from './trainee.events';
import { undoStudyCalendarChange } from './trainee.compensation';

const who = { hospitalId: 'h-kashgar', staffId: 's-17' };
const reason = 'compensation: further-study-fs-1 was not written (the disk is full)';
const period = (furtherStudyId: string, start: string, end: string): StudyPeriod => ({ furtherStudyId, start, end });
const booked = (p: StudyPeriod): TraineeEvent => ({ type: 'StudyPeriodBooked', data: { ...who, period: p } });
const shortened = (furtherStudyId: string, endsOn: string): TraineeEvent => ({ type: 'StudyPeriodShortened', data: { ...who, furtherStudyId, endsOn } });
const released = (furtherStudyId: string): TraineeEvent => ({ type: 'StudyPeriodReleased', data: { ...who, furtherStudyId, reason } });

/** given(the calendar's history at undo time).whenUndoing(the command's change, the period before it).then(the undo). */
const given = (history: TraineeEvent[]) => ({
  whenUndoing: (changes: TraineeEvent[], before?: StudyPeriod) => ({
    then: (expected: TraineeEvent[]) =>
      expect(undoStudyCalendarChange(changes, before)(history.reduce(evolveTrainee, initialTraineeState()), reason)).toEqual(expected),
  }),
});

const spring = period('fs-1', '2026-03-01', '2026-08-31');

describe('undoing a change to a person’s study calendar whose placement was not written', () => {
  it('releases a period booked for a placement that was never recorded', () => {
    given([booked(spring)]).whenUndoing([booked(spring)]).then([released('fs-1')]);
  });

  it('leaves a period alone that is no longer as the command booked it', () => {
    given([booked(spring), shortened('fs-1', '2026-05-15')]).whenUndoing([booked(spring)]).then([]);
  });

  it('releases nothing that is already gone', () => {
    given([]).whenUndoing([booked(spring)]).then([]);
  });

  it('gives a shortened period its former end back', () => {
    given([booked(spring), shortened('fs-1', '2026-05-15')])
      .whenUndoing([shortened('fs-1', '2026-05-15')], spring)
      .then([booked(spring)]);
  });

  it('leaves a shortened period short when another placement has been booked into the days it freed', () => {
    given([booked(spring), shortened('fs-1', '2026-05-15'), booked(period('fs-2', '2026-06-01', '2026-12-31'))])
      .whenUndoing([shortened('fs-1', '2026-05-15')], spring)
      .then([]);
  });

  it('leaves a period alone that was shortened again since', () => {
    given([booked(spring), shortened('fs-1', '2026-05-15'), shortened('fs-1', '2026-04-30')])
      .whenUndoing([shortened('fs-1', '2026-05-15')], spring)
      .then([]);
  });

  it('a released period frees its days for the next placement', () => {
    const calendar = [booked(spring), released('fs-1')].reduce(evolveTrainee, initialTraineeState());
    expect(calendar.periods).toEqual({});
  });
});
