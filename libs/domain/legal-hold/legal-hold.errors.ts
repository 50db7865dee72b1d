import { DomainError } from '@telemed/domain/core';

/** Erasure is refused while any hold on the patient stands. */
export class LegalHoldInForce extends DomainError {
  constructor(holdIds: readonly string[]) {
    super('conflict', 'legal-hold', `the patient's records are under legal hold (${holdIds.join(', ')}): they may not be erased until it is released`, [], {
      holds: holdIds.join(', '),
    });
  }
}

export class LegalHoldAlreadyPlaced extends DomainError {
  constructor(holdId: string) {
    super('conflict', 'legal-hold-already-placed', `legal hold ${holdId} is already placed`, [], { holdId });
  }
}

export class LegalHoldAlreadyReleased extends DomainError {
  constructor(holdId: string, releasedAt: string) {
    super('conflict', 'legal-hold-released', `legal hold ${holdId} was already released at ${releasedAt}`, [], { holdId, releasedAt });
  }
}

/** A hold on records that no longer exist would protect nothing. */
export class HeldPatientDataErased extends DomainError {
  constructor() {
    super('conflict', 'patient-data-already-erased', "this patient's data has already been erased");
  }
}
