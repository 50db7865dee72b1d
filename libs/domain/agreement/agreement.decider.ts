import { type Decider, InvalidValue, NotFound } from '@telemed/domain/core';
import { isInstant } from '@telemed/domain/expert';
import { beijingDateOf, isCalendarDate, PartnershipNotEstablished, type PartnershipState } from '@telemed/domain/partnership';
import { AgreementAlreadyRegistered, AgreementIsTerminated, NoAgreementInForce } from './agreement.errors';
import {
  AGREEMENT_SERVICES,
  AGREEMENT_TERM_FIELDS,
  evolve,
  initialState,
  type Agreement,
  type AgreementEvent,
  type AgreementService,
  type AgreementTermField,
  type AgreementTerms,
  type PartnershipAgreements,
} from './agreement.events';

/** The partnership comes in as its current state, read by the caller from its own stream. */
export type RegisterAgreement = {
  type: 'RegisterAgreement';
  agreementId: string;
  partnership: PartnershipState;
  terms: AgreementTerms;
  registeredBy: string;
  now: string;
};

export type AmendAgreement = {
  type: 'AmendAgreement';
  agreementId: string;
  partnership: PartnershipState;
  changes: Partial<AgreementTerms>;
  amendedBy: string;
  now: string;
};

export type TerminateAgreement = {
  type: 'TerminateAgreement';
  agreementId: string;
  reason: string;
  effectiveAt: string;
  terminatedBy: string;
  now: string;
};

export type AgreementCommand = RegisterAgreement | AmendAgreement | TerminateAgreement;

const CURRENCY = /^[A-Z]{3}$/;
const isWholeMinutes = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value > 0;

/** Every rule the terms of an agreement keep, whether first signed or amended. */
function checkTerms(terms: AgreementTerms, partnership: Extract<PartnershipState, { status: 'established' }>, now: string): void {
  const { services, validFrom, validUntil, responseTargets, fees, signatories } = terms;
  if (!Array.isArray(services) || services.length === 0) throw new InvalidValue('services', 'must name at least one service');
  const unknown = services.find((service) => !AGREEMENT_SERVICES.includes(service));
  if (unknown !== undefined) {
    throw new InvalidValue('services', '"{value}" is not one of {values}', undefined, { value: unknown, values: AGREEMENT_SERVICES.join(', ') });
  }
  if (new Set(services).size !== services.length) throw new InvalidValue('services', 'names a service twice');
  if (!isCalendarDate(validFrom)) throw new InvalidValue('validFrom', '"{value}" is not a date YYYY-MM-DD', undefined, { value: validFrom });
  if (validUntil !== undefined) {
    if (!isCalendarDate(validUntil)) throw new InvalidValue('validUntil', '"{value}" is not a date YYYY-MM-DD', undefined, { value: validUntil });
    if (validUntil < validFrom) throw new InvalidValue('validUntil', 'must not be before validFrom {validFrom}', undefined, { validFrom });
  }
  for (const urgency of ['urgent', 'routine'] as const) {
    const target = responseTargets?.[urgency];
    if (!target || !isWholeMinutes(target.acceptMinutes) || !isWholeMinutes(target.answerMinutes)) {
      throw new InvalidValue(`responseTargets.${urgency}`, 'needs acceptMinutes and answerMinutes, each a whole number of minutes above 0');
    }
    if (target.answerMinutes < target.acceptMinutes) {
      throw new InvalidValue(`responseTargets.${urgency}.answerMinutes`, 'an answer cannot be due before the acceptance');
    }
  }
  fees.forEach((fee, index) => {
    if (!services.includes(fee.service)) {
      throw new InvalidValue(`fees[${index}].service`, '{service} is not a service this agreement covers', undefined, { service: fee.service });
    }
    if (!(Number.isFinite(fee.amount) && fee.amount >= 0)) throw new InvalidValue(`fees[${index}].amount`, 'must be a number of 0 or more');
    if (!CURRENCY.test(fee.currency)) throw new InvalidValue(`fees[${index}].currency`, 'must be an ISO 4217 code such as CNY');
    if (!(Number.isFinite(fee.givingShare) && fee.givingShare >= 0 && fee.givingShare <= 1)) {
      throw new InvalidValue(`fees[${index}].givingShare`, 'must lie between 0 and 1: the giving hospital\'s share of the fee');
    }
  });
  if (new Set(fees.map((fee) => fee.service)).size !== fees.length) throw new InvalidValue('fees', 'names the fee of a service twice');
  const sides = [partnership.givingHospitalId, partnership.receivingHospitalId];
  signatories.forEach((signatory, index) => {
    if (!sides.includes(signatory.hospitalId)) {
      throw new InvalidValue(`signatories[${index}].hospitalId`, '{hospitalId} is not a hospital of this partnership', 'unknown-signatory', {
        hospitalId: signatory.hospitalId,
      });
    }
    if (!isInstant(signatory.signedAt)) {
      throw new InvalidValue(`signatories[${index}].signedAt`, '"{value}" is not an instant', undefined, { value: signatory.signedAt });
    }
    if (Date.parse(signatory.signedAt) > Date.parse(now)) throw new InvalidValue(`signatories[${index}].signedAt`, 'an agreement cannot be signed in the future');
  });
  for (const hospitalId of sides) {
    const count = signatories.filter((signatory) => signatory.hospitalId === hospitalId).length;
    if (count !== 1) {
      throw new InvalidValue('signatories', 'needs exactly one signatory for hospital {hospitalId}, got {count}', 'signatories-incomplete', { hospitalId, count });
    }
  }
}

function establishedPartnership(partnership: PartnershipState, action: string) {
  if (partnership.status !== 'established') throw new PartnershipNotEstablished(action);
  return partnership;
}

function openAgreement(state: PartnershipAgreements, agreementId: string, action: string): Agreement {
  const agreement = state.agreements[agreementId];
  if (!agreement) throw new NotFound('agreement', agreementId);
  if (agreement.status === 'terminated') throw new AgreementIsTerminated(agreementId, action);
  return agreement;
}

export function registerAgreement(command: RegisterAgreement, state: PartnershipAgreements): AgreementEvent[] {
  const partnership = establishedPartnership(command.partnership, 'register an agreement');
  if (state.agreements[command.agreementId]) throw new AgreementAlreadyRegistered(command.agreementId);
  const terms: AgreementTerms = { ...command.terms, fees: command.terms.fees ?? [], workingTimeOnly: command.terms.workingTimeOnly ?? false };
  checkTerms(terms, partnership, command.now);
  return [
    {
      type: 'AgreementSigned',
      data: {
        partnershipId: partnership.partnershipId,
        agreementId: command.agreementId,
        ...terms,
        registeredBy: command.registeredBy,
        registeredAt: command.now,
      },
    },
  ];
}

export function amendAgreement(command: AmendAgreement, state: PartnershipAgreements): AgreementEvent[] {
  const partnership = establishedPartnership(command.partnership, 'amend an agreement');
  const agreement = openAgreement(state, command.agreementId, 'amend');
  const amendedFields = AGREEMENT_TERM_FIELDS.filter((field) => Object.hasOwn(command.changes, field)) as AgreementTermField[];
  if (amendedFields.length === 0) throw new InvalidValue('body', 'an amendment changes at least one term', 'nothing-to-amend');
  const terms = { ...agreement.terms, ...command.changes };
  checkTerms(terms, partnership, command.now);
  return [
    {
      type: 'AgreementAmended',
      data: {
        partnershipId: partnership.partnershipId,
        agreementId: command.agreementId,
        amendedFields,
        terms,
        amendedBy: command.amendedBy,
        amendedAt: command.now,
      },
    },
  ];
}

export function terminateAgreement(command: TerminateAgreement, state: PartnershipAgreements): AgreementEvent[] {
  const agreement = openAgreement(state, command.agreementId, 'terminate');
  if (typeof command.reason !== 'string' || command.reason.trim() === '') throw new InvalidValue('reason', 'must say why the agreement ends');
  if (!isInstant(command.effectiveAt)) throw new InvalidValue('effectiveAt', '"{value}" is not an instant', undefined, { value: command.effectiveAt });
  const effectiveDate = beijingDateOf(command.effectiveAt)!;
  if (effectiveDate < agreement.terms.validFrom) {
    throw new InvalidValue('effectiveAt', 'an agreement valid from {validFrom} cannot end before it begins', undefined, { validFrom: agreement.terms.validFrom });
  }
  return [
    {
      type: 'AgreementTerminated',
      data: {
        partnershipId: state.partnershipId!,
        agreementId: command.agreementId,
        reason: command.reason,
        effectiveAt: command.effectiveAt,
        terminatedBy: command.terminatedBy,
        terminatedAt: command.now,
      },
    },
  ];
}

export function decide(command: AgreementCommand, state: PartnershipAgreements): AgreementEvent[] {
  switch (command.type) {
    case 'RegisterAgreement':
      return registerAgreement(command, state);
    case 'AmendAgreement':
      return amendAgreement(command, state);
    case 'TerminateAgreement':
      return terminateAgreement(command, state);
  }
}

export const agreementDecider: Decider<AgreementCommand, AgreementEvent, PartnershipAgreements> = {
  decide,
  evolve,
  initialState,
};

/**
 * Whether an agreement holds at an instant: within its validity on the Beijing calendar, bounds
 * inclusive, and not yet terminated (a termination holds from its `effectiveAt`).
 */
export function isInForce(agreement: Agreement, instant: string): boolean {
  const date = beijingDateOf(instant);
  if (date === undefined) return false;
  const { validFrom, validUntil } = agreement.terms;
  if (date < validFrom || (validUntil !== undefined && date > validUntil)) return false;
  return agreement.termination === undefined || Date.parse(instant) < Date.parse(agreement.termination.effectiveAt);
}

/** The agreement in force at `instant` that covers `service`, if the partnership has one. */
export function agreementInForce(state: PartnershipAgreements, service: AgreementService, instant: string): Agreement | undefined {
  return Object.values(state.agreements).find((agreement) => agreement.terms.services.includes(service) && isInForce(agreement, instant));
}

/** Refuses a request for `service` at `instant` unless an agreement in force covers it; answers that agreement. */
export function requireAgreementInForce(
  partnershipId: string,
  state: PartnershipAgreements,
  service: AgreementService,
  instant: string,
): Agreement {
  const agreement = agreementInForce(state, service, instant);
  if (!agreement) throw new NoAgreementInForce(partnershipId, service, instant);
  return agreement;
}
