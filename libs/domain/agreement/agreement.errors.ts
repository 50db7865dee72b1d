import { DomainError } from '@telemed/domain/core';

export class AgreementAlreadyRegistered extends DomainError {
  constructor(readonly agreementId: string) {
    super('conflict', 'already-registered', `agreement ${agreementId} is already registered`, [], { what: 'agreement', id: agreementId });
  }
}

/** A terminated agreement is a closed record: it is neither amended nor terminated again. */
export class AgreementIsTerminated extends DomainError {
  constructor(agreementId: string, action: string) {
    super('conflict', 'agreement-terminated', `cannot ${action} agreement ${agreementId}: it is terminated`, [], { agreementId, action });
  }
}

/** A request under a partnership needs an agreement in force, at the request's instant, that covers its service. */
export class NoAgreementInForce extends DomainError {
  constructor(partnershipId: string, service: string, at: string) {
    super(
      'conflict',
      'no-agreement-in-force',
      `partnership ${partnershipId} has no agreement in force on ${at} that covers ${service}`,
      [],
      { partnershipId, service, at },
    );
  }
}
