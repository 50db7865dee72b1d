import { arrayOf, calendarDate, decimal, flag, id, instant, integer, listOf, named, nullable, object, oneOf, optional, text } from '../http/openapi/response-schema';

const SERVICES = ['consultation', 'case-review', 'training'];
const TARGET = object({ acceptMinutes: integer(), answerMinutes: integer() });

export const AGREEMENT = named(
  'Agreement',
  object({
    id: id(),
    partnershipId: id(),
    status: oneOf(['in-effect', 'terminated']),
    inForce: flag('whether it holds now: within its validity and not terminated as of this instant'),
    services: arrayOf(oneOf(SERVICES)),
    validFrom: calendarDate('a Beijing day, inclusive'),
    validUntil: optional(calendarDate('a Beijing day, inclusive; absent when open-ended')),
    responseTargets: object({ urgent: TARGET, routine: TARGET }),
    workingTimeOnly: flag("whether the targets count only the receiving hospital's working time"),
    fees: arrayOf(object({ service: oneOf(SERVICES), amount: decimal(), currency: text(), givingShare: decimal('0..1') })),
    liability: optional(text()),
    signatories: arrayOf(object({ hospitalId: id(), name: text(), signedAt: instant() })),
    registeredBy: text(),
    registeredAt: instant(),
    amendedAt: nullable(instant()),
    termination: nullable(object({ reason: text(), effectiveAt: instant(), terminatedBy: text(), terminatedAt: instant() })),
  }),
);
export const AGREEMENT_LIST = named('AgreementList', listOf(AGREEMENT));
