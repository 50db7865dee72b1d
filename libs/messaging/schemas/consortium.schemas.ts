import { CONSORTIUM_KINDS } from '@telemed/domain/consortium';
import { type AggregateSchemas, calendarDate, id, instant, oneOf, record, text } from './json-schema';

export const consortiumSchemas: AggregateSchemas = {
  streamPrefix: 'consortium-',
  events: {
    ConsortiumFormed: {
      1: record({ consortiumId: id, name: text, kind: oneOf(CONSORTIUM_KINDS), leadHospitalId: id, formedBy: id, formedAt: instant }),
    },
    ConsortiumMemberJoined: {
      1: record({ consortiumId: id, hospitalId: id, joinedOn: calendarDate, recordedBy: id, recordedAt: instant }),
    },
    ConsortiumMemberLeft: {
      1: record({ consortiumId: id, hospitalId: id, leftOn: calendarDate, recordedBy: id, recordedAt: instant }),
    },
  },
};
