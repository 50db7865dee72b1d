import { arrayOf, calendarDate, flag, id, instant, integer, named, object, oneOf, optional, pageOf, position, text } from '../http/openapi/response-schema';

const TECHNIQUE_FIELDS = {
  id: id(),
  status: oneOf(['proposed', 'performed']),
  pairingId: id(),
  partnershipId: id(),
  givingHospitalId: id(),
  receivingHospitalId: id(),
  name: text(),
  fillsRegionalGap: flag(),
  proposedOn: calendarDate(),
  firstPerformed: optional(object({ on: calendarDate(), supervisingExpertId: id() })),
  cases: integer('cases done locally since the first performance'),
  proposedBy: text(),
  updatedAt: instant(),
  position: position('the position of the last event applied to this view'),
};

/** A technique as a list shows it: without its cases by month. */
export const TECHNIQUE_LISTING = named('TechniqueListing', object(TECHNIQUE_FIELDS));
export const TECHNIQUE_PAGE = named('TechniquePage', pageOf(TECHNIQUE_LISTING));
export const TECHNIQUE = named(
  'Technique',
  object({ ...TECHNIQUE_FIELDS, casesByMonth: arrayOf(object({ period: text('`2024-05`'), count: integer() })) }),
);
