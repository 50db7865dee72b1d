import { DomainError, NotFound } from '@telemed/domain/core';

/** A command other than planning, sent to a training session whose stream is still empty. */
export class TrainingSessionNotFound extends NotFound {
  constructor() {
    super('training session');
  }
}

export class TrainingSessionAlreadyPlanned extends DomainError {
  constructor(trainingSessionId: string) {
    super('conflict', 'already-planned', `training session ${trainingSessionId} has already been planned`);
  }
}

/** Training is given under a partnership that is in force. */
export class TrainingPartnershipInactive extends DomainError {
  constructor(partnershipId: string) {
    super('conflict', 'partnership-inactive', `partnership ${partnershipId} is not active`, [], { partnershipId });
  }
}

/** A session is held only once it has begun. */
export class TrainingSessionNotStartedYet extends DomainError {
  constructor(start: string) {
    super('conflict', 'not-started-yet', `the training session starts at ${start} and cannot be held before`, [], { start });
  }
}
