import { VISIT_KINDS } from '@telemed/domain/visit';
import { arrayOf, calendarDate, id, instant, integer, named, object, oneOf, optional, pageOf, position, text } from '../http/openapi/response-schema';

export const VISIT = named(
  'Visit',
  object({
    id: id(),
    kind: oneOf(VISIT_KINDS),
    partnershipId: id(),
    givingHospitalId: id(),
    receivingHospitalId: id(),
    expertIds: arrayOf(id()),
    start: calendarDate(),
    end: calendarDate(),
    place: optional(text()),
    outcomes: object({ clinicsHeld: integer(), patientsSeen: integer(), operationsGuided: integer(), lectures: integer() }),
    recordedBy: text(),
    recordedAt: instant(),
    position: position('the position of the last event applied to this view'),
  }),
);
export const VISIT_PAGE = named('VisitPage', pageOf(VISIT));
