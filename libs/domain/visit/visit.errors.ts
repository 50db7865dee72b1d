import { DomainError } from '@telemed/domain/core';

export class VisitAlreadyRecorded extends DomainError {
  constructor(visitId: string) {
    super('conflict', 'already-recorded', `visit ${visitId} has already been recorded`, [], { what: 'visit', id: visitId });
  }
}

/** Visits count under a partnership that was in force. */
export class VisitPartnershipInactive extends DomainError {
  constructor(partnershipId: string) {
    super('conflict', 'partnership-inactive', `partnership ${partnershipId} is not active`, [], { partnershipId });
  }
}

/** A visit is recorded once it has taken place. */
export class VisitNotOverYet extends DomainError {
  constructor(end: string) {
    super('conflict', 'not-over-yet', `the visit ends on ${end} and cannot be recorded before`, [], { end });
  }
}
