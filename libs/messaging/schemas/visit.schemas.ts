import { VISIT_KINDS } from '@telemed/domain/visit';
import { type AggregateSchemas, calendarDate, count, id, instant, listOf, oneOf, record, text } from './json-schema';

export const visitSchemas: AggregateSchemas = {
  streamPrefix: 'visit-',
  events: {
    ShortVisitRecorded: {
      1: record(
        {
          visitId: id,
          partnershipId: id,
          givingHospitalId: id,
          receivingHospitalId: id,
          kind: oneOf(VISIT_KINDS),
          expertIds: listOf(id, 1),
          start: calendarDate,
          end: calendarDate,
          outcomes: record({ clinicsHeld: count, patientsSeen: count, operationsGuided: count, lectures: count }),
          recordedBy: id,
          recordedAt: instant,
        },
        { place: text },
      ),
    },
  },
};
