import type { AgreementTerms } from '@telemed/domain/agreement';
import { utcInstant } from '../requests/dto';
import type { AgreementTermsDto } from './agreement-terms.dto';

/** The terms a request states, as plain values for the decider: instants in UTC, absent members left out. */
export function agreementTerms(body: Partial<AgreementTermsDto>): Partial<AgreementTerms> & AgreementTerms {
  const terms: Partial<AgreementTerms> = {};
  if (body.services !== undefined) terms.services = [...body.services];
  if (body.validFrom !== undefined) terms.validFrom = body.validFrom;
  if (body.validUntil !== undefined) terms.validUntil = body.validUntil;
  if (body.responseTargets !== undefined) {
    const { urgent, routine } = body.responseTargets;
    terms.responseTargets = {
      urgent: { acceptMinutes: urgent.acceptMinutes, answerMinutes: urgent.answerMinutes },
      routine: { acceptMinutes: routine.acceptMinutes, answerMinutes: routine.answerMinutes },
    };
  }
  if (body.workingTimeOnly !== undefined) terms.workingTimeOnly = body.workingTimeOnly;
  if (body.fees !== undefined) {
    terms.fees = body.fees.map(({ service, amount, currency, givingShare }) => ({ service, amount, currency, givingShare }));
  }
  if (body.liability !== undefined) terms.liability = body.liability;
  if (body.signatories !== undefined) {
    terms.signatories = body.signatories.map(({ hospitalId, name, signedAt }) => ({ hospitalId, name, signedAt: utcInstant(signedAt) }));
  }
  return terms as AgreementTerms;
}
