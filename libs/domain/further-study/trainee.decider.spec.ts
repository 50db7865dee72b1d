import { specFor } from '@telemed/domain/core/decider-spec.testing';
import { StudyPeriodsOverlap } from './further-study.errors';
import { traineeDecider, type TraineeCommand } from './trainee.decider';
import { traineeStreamId, type TraineeEvent } from './trainee.events';

const given = specFor(traineeDecider);
const who = { hospitalId: 'h-kashgar', staffId: 's-17' };
const book = (furtherStudyId: string, start: string, end: string): TraineeCommand => ({ type: 'BookStudyPeriod', ...who, period: { furtherStudyId, start, end } });
const booked = (furtherStudyId: string, start: string, end: string): TraineeEvent => ({ type: 'StudyPeriodBooked', data: { ...who, period: { furtherStudyId, start, end } } });
const spring = booked('fs-1', '2026-03-01', '2026-08-31');

describe('a person’s study calendar', () => {
  it('books a first period', () => {
    given([]).when(book('fs-1', '2026-03-01', '2026-08-31')).then([spring]);
  });

  it('books a later period that starts the day after the first ends', () => {
    given([spring]).when(book('fs-2', '2026-09-01', '2027-02-28')).then([booked('fs-2', '2026-09-01', '2027-02-28')]);
  });

  it.each([
    ['starting inside the first', '2026-08-31', '2026-12-31'],
    ['ending inside the first', '2026-01-01', '2026-03-01'],
    ['covering the first', '2026-01-01', '2026-12-31'],
  ])('refuses a placement overlapping another of theirs: %s', (_sentence, startDate, end) => {
    given([spring]).when(book('fs-2', startDate, end)).thenFails(StudyPeriodsOverlap, 'overlapping-study');
  });

  it('frees the rest of a period cut short, so a new one may follow it', () => {
    const shortened: TraineeEvent = { type: 'StudyPeriodShortened', data: { ...who, furtherStudyId: 'fs-1', endsOn: '2026-05-15' } };
    given([spring]).when({ type: 'ShortenStudyPeriod', ...who, furtherStudyId: 'fs-1', endsOn: '2026-05-15' }).then([shortened]);
    given([spring, shortened]).when(book('fs-2', '2026-05-16', '2026-10-31')).then([booked('fs-2', '2026-05-16', '2026-10-31')]);
  });

  it('records nothing when the period already ends by then', () => {
    given([spring]).when({ type: 'ShortenStudyPeriod', ...who, furtherStudyId: 'fs-1', endsOn: '2026-08-31' }).then([]);
  });

  it('releases a period, so its days are free again', () => {
    const release: TraineeCommand = { type: 'ReleaseStudyPeriod', ...who, furtherStudyId: 'fs-1', reason: 'the placement was not recorded' };
    const released: TraineeEvent = { type: 'StudyPeriodReleased', data: { ...who, furtherStudyId: 'fs-1', reason: 'the placement was not recorded' } };
    given([spring]).when(release).then([released]);
    given([spring, released]).when(book('fs-2', '2026-03-01', '2026-08-31')).then([booked('fs-2', '2026-03-01', '2026-08-31')]);
    given([]).when(release).then([]);
  });

  it('lives in a stream per hospital and member of staff', () => {
    expect(traineeStreamId('h-kashgar', 's-17')).toBe('trainee-h-kashgar-s-17');
  });
});
