import { DomainError } from '@telemed/domain/core';

export class PartnershipAlreadyEstablished extends DomainError {
  constructor(readonly partnershipId: string) {
    super('conflict', 'already-established', `partnership ${partnershipId} is already established`);
  }
}

/** The stream holds no partnership yet, so there is no id to report as not found. */
export class PartnershipNotEstablished extends DomainError {
  constructor(action: string) {
    super('conflict', 'partnership-not-established', `cannot ${action}: the partnership is not established`, [], { action });
  }
}

export class DuplicatePairing extends DomainError {
  constructor(
    readonly partnershipId: string,
    readonly existingPairingId: string,
  ) {
    super(
      'conflict',
      'duplicate-pairing',
      `partnership ${partnershipId} already holds this department pairing (${existingPairingId})`,
    );
  }
}
