import { AGREEMENT_SERVICES, AGREEMENT_TERM_FIELDS } from '@telemed/domain/agreement';
import { type AggregateSchemas, calendarDate, id, instant, type JsonSchema, listOf, oneOf, record, text } from './json-schema';

const minutes: JsonSchema = { type: 'integer', minimum: 1 };
const responseTarget = record({ acceptMinutes: minutes, answerMinutes: minutes });
const service = oneOf(AGREEMENT_SERVICES);

const requiredTerms = {
  services: listOf(service, 1),
  validFrom: calendarDate,
  responseTargets: record({ urgent: responseTarget, routine: responseTarget }),
  workingTimeOnly: { type: 'boolean' },
  fees: listOf(
    record({
      service,
      amount: { type: 'number', minimum: 0 },
      currency: { type: 'string', pattern: '^[A-Z]{3}$' },
      givingShare: { type: 'number', minimum: 0, maximum: 1 },
    }),
  ),
  signatories: listOf(record({ hospitalId: id, name: text, signedAt: instant }), 1),
};
const optionalTerms = { validUntil: calendarDate, liability: text };

export const agreementSchemas: AggregateSchemas = {
  streamPrefix: 'agreements-',
  events: {
    AgreementSigned: {
      1: record(
        { partnershipId: id, agreementId: id, ...requiredTerms, registeredBy: id, registeredAt: instant },
        optionalTerms,
      ),
    },
    AgreementAmended: {
      1: record({
        partnershipId: id,
        agreementId: id,
        amendedFields: listOf(oneOf(AGREEMENT_TERM_FIELDS), 1),
        terms: record(requiredTerms, optionalTerms),
        amendedBy: id,
        amendedAt: instant,
      }),
    },
    AgreementTerminated: {
      1: record({ partnershipId: id, agreementId: id, reason: text, effectiveAt: instant, terminatedBy: id, terminatedAt: instant }),
    },
  },
};
