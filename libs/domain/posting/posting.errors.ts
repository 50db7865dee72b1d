import { DomainError, NotFound } from '@telemed/domain/core';

/** A command other than dispatching, sent to a posting whose stream is still empty. */
export class PostingNotFound extends NotFound {
  constructor() {
    super('posting');
  }
}

export class PostingAlreadyDispatched extends DomainError {
  constructor(postingId: string) {
    super('conflict', 'already-dispatched', `posting ${postingId} has already been dispatched`, [], { postingId });
  }
}

/** Staff are posted under a partnership that is in force. */
export class PostingPartnershipInactive extends DomainError {
  constructor(partnershipId: string) {
    super('conflict', 'partnership-inactive', `partnership ${partnershipId} is not active`, [], { partnershipId });
  }
}
