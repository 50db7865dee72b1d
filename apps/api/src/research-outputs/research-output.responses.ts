import { RESEARCH_OUTPUT_KINDS } from '@telemed/domain/research-output';
import { calendarDate, id, instant, named, object, oneOf, optional, pageOf, position, text } from '../http/openapi/response-schema';

export const RESEARCH_OUTPUT = named(
  'ResearchOutput',
  object({
    id: id(),
    kind: oneOf(RESEARCH_OUTPUT_KINDS),
    partnershipId: id(),
    pairingId: optional(id()),
    givingHospitalId: id(),
    receivingHospitalId: id(),
    title: text(),
    identifier: optional(text('a DOI or grant number')),
    date: calendarDate(),
    recordedBy: text(),
    recordedAt: instant(),
    position: position('the position of the last event applied to this view'),
  }),
);
export const RESEARCH_OUTPUT_PAGE = named('ResearchOutputPage', pageOf(RESEARCH_OUTPUT));
