import { POSTING_KINDS } from '@telemed/domain/posting';
import { type AggregateSchemas, calendarDate, id, instant, oneOf, record, text } from './json-schema';

export const postingSchemas: AggregateSchemas = {
  streamPrefix: 'posting-',
  events: {
    PostingDispatched: {
      1: record(
        {
          postingId: id,
          kind: oneOf(POSTING_KINDS),
          partnershipId: id,
          givingHospitalId: id,
          receivingHospitalId: id,
          plannedStart: calendarDate,
          plannedEnd: calendarDate,
          dispatchedBy: id,
          dispatchedAt: instant,
        },
        {
          expertId: id,
          person: record({ name: text }, { title: text }),
          pairingId: id,
          receivingDepartmentId: id,
          role: text,
        },
      ),
    },
    PostingArrived: {
      1: record({ postingId: id, arrivedOn: calendarDate, recordedBy: id, recordedAt: instant }),
    },
    PostingExtended: {
      1: record({ postingId: id, previousEnd: calendarDate, newEnd: calendarDate, extendedBy: id, extendedAt: instant }),
    },
    PostingCutShort: {
      1: record({ postingId: id, previousEnd: calendarDate, endsOn: calendarDate, reason: text, recordedBy: id, recordedAt: instant }),
    },
    PostingReturned: {
      1: record({ postingId: id, returnedOn: calendarDate, recordedBy: id, recordedAt: instant }),
    },
  },
};
