import { FURTHER_STUDY_KINDS } from '@telemed/domain/further-study';
import { type AggregateSchemas, calendarDate, id, instant, oneOf, record, text } from './json-schema';

export const furtherStudySchemas: AggregateSchemas = {
  streamPrefix: 'further-study-',
  events: {
    FurtherStudyStarted: {
      1: record({
        furtherStudyId: id,
        kind: oneOf(FURTHER_STUDY_KINDS),
        partnershipId: id,
        givingHospitalId: id,
        receivingHospitalId: id,
        person: record({ staffId: id, name: text }, { title: text }),
        hostDepartmentId: id,
        start: calendarDate,
        plannedEnd: calendarDate,
        startedBy: id,
        startedAt: instant,
      }),
    },
    FurtherStudyCompleted: {
      1: record({ furtherStudyId: id, completedOn: calendarDate, certificate: text, recordedBy: id, recordedAt: instant }),
    },
    FurtherStudyWithdrawn: {
      1: record({ furtherStudyId: id, withdrawnOn: calendarDate, reason: text, recordedBy: id, recordedAt: instant }),
    },
  },
};

/** A person's study calendar: what refuses overlapping placements. */
export const traineeSchemas: AggregateSchemas = {
  streamPrefix: 'trainee-',
  events: {
    StudyPeriodBooked: {
      1: record({ hospitalId: id, staffId: id, period: record({ furtherStudyId: id, start: calendarDate, end: calendarDate }) }),
    },
    StudyPeriodShortened: {
      1: record({ hospitalId: id, staffId: id, furtherStudyId: id, endsOn: calendarDate }),
    },
    StudyPeriodReleased: {
      1: record({ hospitalId: id, staffId: id, furtherStudyId: id, reason: text }),
    },
  },
};
