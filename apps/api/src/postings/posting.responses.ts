import { POSTING_KINDS } from '@telemed/domain/posting';
import { arrayOf, calendarDate, decimal, id, instant, integer, named, object, oneOf, optional, pageOf, position, text } from '../http/openapi/response-schema';
import { POSTING_STATUSES } from '@telemed/domain/posting';

export const POSTING = named(
  'Posting',
  object({
    id: id(),
    status: oneOf(POSTING_STATUSES),
    kind: oneOf(POSTING_KINDS),
    expertId: optional(id('a specialist’s expert id')),
    person: optional(object({ name: text(), title: optional(text()) }, 'a management cadre')),
    role: optional(text('a management cadre’s role at the receiving hospital')),
    partnershipId: id(),
    pairingId: optional(id()),
    givingHospitalId: id(),
    receivingHospitalId: id(),
    receivingDepartmentId: optional(id()),
    plannedStart: calendarDate(),
    plannedEnd: calendarDate(),
    originalEnd: calendarDate('the planned end before any extension'),
    extensionCount: integer(),
    arrivedOn: optional(calendarDate()),
    returnedOn: optional(calendarDate()),
    cutShort: optional(object({ on: calendarDate(), reason: text() })),
    daysOnSite: integer('days on site so far, arrival and return day both counted'),
    personMonths: decimal('the same in person-months'),
    dispatchedBy: text(),
    dispatchedAt: instant(),
    updatedAt: instant(),
    position: position('the position of the last event applied to this view'),
  }),
);
export const POSTING_PAGE = named('PostingPage', pageOf(POSTING));

const TALLY = { postings: integer(), specialists: integer(), managementCadres: integer(), onSite: integer(), personMonths: decimal() };
export const POSTINGS_SUMMARY = named(
  'PostingsSummary',
  object({ asOf: calendarDate('a Beijing day'), ...TALLY, pairings: arrayOf(object({ pairingId: id(), ...TALLY })) }),
);
