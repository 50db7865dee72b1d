import { DomainError, NotFound } from '@telemed/domain/core';

/** A command other than the request, sent to a case review whose stream is still empty. */
export class CaseReviewNotFound extends NotFound {
  constructor() {
    super('case review');
  }
}

export class CaseReviewAlreadyRequested extends DomainError {
  constructor(caseReviewId: string) {
    super('conflict', 'already-requested', `case review ${caseReviewId} has already been requested`);
  }
}

/** A remote service needs a partnership that is in force. */
export class CaseReviewPartnershipInactive extends DomainError {
  constructor(partnershipId: string) {
    super('conflict', 'partnership-inactive', `partnership ${partnershipId} is not active`, [], { partnershipId });
  }
}

/** Only the aid-receiving hospital of the partnership asks for a case review. */
export class NotReceivingHospital extends DomainError {
  constructor(hospitalId: string, partnershipId: string) {
    super(
      'forbidden',
      'not-receiving-hospital',
      `hospital ${hospitalId} is not the receiving hospital of partnership ${partnershipId}`,
    );
  }
}

export class ExpertNotInvited extends DomainError {
  constructor(expertId: string) {
    super('forbidden', 'not-invited', `expert ${expertId} was not invited to this case review`);
  }
}

/** An invitation is answered once: an accepted invitation stays accepted, a declined one stays declined. */
export class InvitationAlreadyAnswered extends DomainError {
  constructor(expertId: string, answer: string) {
    super('conflict', 'already-answered', `expert ${expertId} has already ${answer} the invitation`, [], { expertId, answer });
  }
}

export class NoAcceptedPanelist extends DomainError {
  constructor() {
    super('conflict', 'no-accepted-panelist', 'a case review needs at least one accepted panelist to be scheduled');
  }
}

export class NotAPanelist extends DomainError {
  constructor(expertId: string) {
    super('forbidden', 'not-a-panelist', `expert ${expertId} is not an accepted panelist of this case review`);
  }
}

/** A remote service needs a department pairing of the partnership covering it (the same rule as a consultation's). */
export class CaseReviewSpecialtyNotCovered extends DomainError {
  constructor(partnershipId: string, specialties: readonly string[]) {
    super(
      'conflict',
      'specialty-not-covered',
      `partnership ${partnershipId} pairs no department of any of the specialties ${specialties.map((specialty) => `"${specialty}"`).join(', ')}`,
    );
  }
}
