import { type AggregateSchemas, calendarDate, id, instant, record, text } from './json-schema';

const month = { type: 'string', pattern: '^\\d{4}-\\d{2}$' } as const;

export const techniqueSchemas: AggregateSchemas = {
  streamPrefix: 'technique-',
  events: {
    TechniqueProposed: {
      1: record({
        techniqueId: id,
        pairingId: id,
        partnershipId: id,
        givingHospitalId: id,
        receivingHospitalId: id,
        name: text,
        fillsRegionalGap: { type: 'boolean' },
        proposedOn: calendarDate,
        proposedBy: id,
        proposedAt: instant,
      }),
    },
    TechniqueFirstPerformed: {
      1: record({ techniqueId: id, performedOn: calendarDate, supervisingExpertId: id, recordedBy: id, recordedAt: instant }),
    },
    TechniqueCasesRecorded: {
      1: record({ techniqueId: id, period: month, count: { type: 'integer', minimum: 1 }, recordedBy: id, recordedAt: instant }),
    },
  },
};
