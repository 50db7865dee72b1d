import type { DomainEvent } from '@telemed/domain/core';

/** What a partnership's agreement may cover. */
export type AgreementService = 'consultation' | 'case-review' | 'training';
export const AGREEMENT_SERVICES: readonly AgreementService[] = ['consultation', 'case-review', 'training'];

/** How soon the invited party accepts and answers, counted from the request. */
export interface ResponseTarget {
  acceptMinutes: number;
  answerMinutes: number;
}

export interface ResponseTargets {
  urgent: ResponseTarget;
  routine: ResponseTarget;
}

/** The fee of one service and the share of it the giving hospital receives (the receiving hospital keeps the rest). */
export interface AgreementFee {
  service: AgreementService;
  amount: number;
  currency: string;
  givingShare: number;
}

/** Who signed for one of the two hospitals, and when. */
export interface Signatory {
  hospitalId: string;
  name: string;
  signedAt: string;
}

/** The signed terms of a cooperation agreement (远程医疗合作协议). */
export interface AgreementTerms {
  services: AgreementService[];
  /** Calendar dates 'YYYY-MM-DD' in Beijing time, both inclusive. */
  validFrom: string;
  validUntil?: string;
  responseTargets: ResponseTargets;
  /** Whether the response targets count only the receiving hospital's working time. */
  workingTimeOnly: boolean;
  fees: AgreementFee[];
  liability?: string;
  signatories: Signatory[];
}

export const AGREEMENT_TERM_FIELDS = [
  'services',
  'validFrom',
  'validUntil',
  'responseTargets',
  'workingTimeOnly',
  'fees',
  'liability',
  'signatories',
] as const satisfies ReadonlyArray<keyof AgreementTerms>;
export type AgreementTermField = (typeof AGREEMENT_TERM_FIELDS)[number];

export type AgreementSigned = DomainEvent<
  'AgreementSigned',
  AgreementTerms & { partnershipId: string; agreementId: string; registeredBy: string; registeredAt: string }
>;

/** The terms as they stand after the amendment, and which of them it changed. */
export type AgreementAmended = DomainEvent<
  'AgreementAmended',
  {
    partnershipId: string;
    agreementId: string;
    amendedFields: AgreementTermField[];
    terms: AgreementTerms;
    amendedBy: string;
    amendedAt: string;
  }
>;

export type AgreementTerminated = DomainEvent<
  'AgreementTerminated',
  {
    partnershipId: string;
    agreementId: string;
    reason: string;
    /** The instant from which the agreement no longer holds. */
    effectiveAt: string;
    terminatedBy: string;
    terminatedAt: string;
  }
>;

export type AgreementEvent = AgreementSigned | AgreementAmended | AgreementTerminated;

export interface Agreement {
  agreementId: string;
  terms: AgreementTerms;
  status: 'in-effect' | 'terminated';
  termination?: { reason: string; effectiveAt: string };
}

/** Every agreement of one partnership: the stream a request reads to know what is in force. */
export interface PartnershipAgreements {
  partnershipId?: string;
  agreements: Record<string, Agreement>;
}

export const initialState = (): PartnershipAgreements => ({ agreements: {} });

function termsOf(data: AgreementTerms): AgreementTerms {
  const { services, validFrom, validUntil, responseTargets, workingTimeOnly, fees, liability, signatories } = data;
  return {
    services,
    validFrom,
    ...(validUntil === undefined ? {} : { validUntil }),
    responseTargets,
    workingTimeOnly,
    fees,
    ...(liability === undefined ? {} : { liability }),
    signatories,
  };
}

export function evolve(state: PartnershipAgreements, event: AgreementEvent): PartnershipAgreements {
  switch (event.type) {
    case 'AgreementSigned': {
      const { partnershipId, agreementId } = event.data;
      const agreement: Agreement = { agreementId, terms: termsOf(event.data), status: 'in-effect' };
      return { partnershipId, agreements: { ...state.agreements, [agreementId]: agreement } };
    }
    case 'AgreementAmended': {
      const agreement = state.agreements[event.data.agreementId];
      if (!agreement) return state;
      const amended: Agreement = { ...agreement, terms: termsOf(event.data.terms) };
      return { ...state, agreements: { ...state.agreements, [agreement.agreementId]: amended } };
    }
    case 'AgreementTerminated': {
      const agreement = state.agreements[event.data.agreementId];
      if (!agreement) return state;
      const { reason, effectiveAt } = event.data;
      const terminated: Agreement = { ...agreement, status: 'terminated', termination: { reason, effectiveAt } };
      return { ...state, agreements: { ...state.agreements, [agreement.agreementId]: terminated } };
    }
    default:
      // Events of types this version does not know are facts for someone else: keep the state.
      return state;
  }
}

/** One stream per partnership holds its agreements, so a request reads them all at once. */
export const partnershipAgreementsStreamId = (partnershipId: string): string => `agreements-${partnershipId}`;
