import { CONSORTIUM_KINDS } from '@telemed/domain/consortium';
import { arrayOf, calendarDate, id, instant, integer, listOf, named, object, oneOf, optional, text } from '../http/openapi/response-schema';

export const CONSORTIUM = named(
  'Consortium',
  object({
    id: id(),
    name: text(),
    kind: oneOf(CONSORTIUM_KINDS),
    leadHospitalId: id(),
    members: arrayOf(
      object({ hospitalId: id(), joinedOn: calendarDate(), leftOn: optional(calendarDate()) }),
      'every membership, earliest first; a member that left and joined again appears twice',
    ),
    currentMembers: integer(),
    formedBy: text(),
    formedAt: instant(),
  }),
);
export const CONSORTIUM_LIST = named('ConsortiumList', listOf(CONSORTIUM));
