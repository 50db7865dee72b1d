import { DomainError, NotFound } from '@telemed/domain/core';

export class TechniqueNotFound extends NotFound {
  constructor() {
    super('technique');
  }
}

export class TechniqueAlreadyProposed extends DomainError {
  constructor(techniqueId: string) {
    super('conflict', 'already-proposed', `technique ${techniqueId} has already been proposed`, [], { techniqueId });
  }
}

/** A technique is first performed only once it has been proposed. */
export class PerformedBeforeProposed extends DomainError {
  constructor(proposedOn: string) {
    super('conflict', 'performed-before-proposed', `the technique was proposed on ${proposedOn} and cannot have been performed before`, [], { proposedOn });
  }
}

/** Each month's cases are recorded once. */
export class CasesAlreadyRecorded extends DomainError {
  constructor(period: string) {
    super('conflict', 'period-already-recorded', `the cases of ${period} have already been recorded`, [], { period });
  }
}
