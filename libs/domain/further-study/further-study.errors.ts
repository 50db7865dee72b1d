import { DomainError, NotFound } from '@telemed/domain/core';

export class FurtherStudyNotFound extends NotFound {
  constructor() {
    super('further study');
  }
}

export class FurtherStudyAlreadyStarted extends DomainError {
  constructor(furtherStudyId: string) {
    super('conflict', 'already-started', `further study ${furtherStudyId} has already been started`, [], { furtherStudyId });
  }
}

export class FurtherStudyPartnershipInactive extends DomainError {
  constructor(partnershipId: string) {
    super('conflict', 'partnership-inactive', `partnership ${partnershipId} is not active`, [], { partnershipId });
  }
}

/** One person studies in one place at a time. */
export class StudyPeriodsOverlap extends DomainError {
  constructor(other: { furtherStudyId: string; start: string; end: string }) {
    super('conflict', 'overlapping-study', `this person is already studying from ${other.start} to ${other.end} (further study ${other.furtherStudyId})`, [], {
      ...other,
    });
  }
}
