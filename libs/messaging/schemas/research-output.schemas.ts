import { RESEARCH_OUTPUT_KINDS } from '@telemed/domain/research-output';
import { type AggregateSchemas, calendarDate, id, instant, oneOf, record, text } from './json-schema';

export const researchOutputSchemas: AggregateSchemas = {
  streamPrefix: 'research-output-',
  events: {
    ResearchOutputRecorded: {
      1: record(
        {
          researchOutputId: id,
          kind: oneOf(RESEARCH_OUTPUT_KINDS),
          partnershipId: id,
          givingHospitalId: id,
          receivingHospitalId: id,
          title: text,
          date: calendarDate,
          recordedBy: id,
          recordedAt: instant,
        },
        { pairingId: id, identifier: text },
      ),
    },
  },
};
