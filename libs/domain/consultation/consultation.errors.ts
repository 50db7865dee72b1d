import { DomainError } from '@telemed/domain/core';

export class PartnershipInactive extends DomainError {
  constructor(partnershipId: string, on: string) {
    super('conflict', 'partnership-inactive', `partnership ${partnershipId} is not active on ${on}`, [], { partnershipId, on });
  }
}

export class SpecialtyNotCovered extends DomainError {
  constructor(partnershipId: string, specialty: string) {
    super(
      'conflict',
      'specialty-not-covered',
      `partnership ${partnershipId} pairs no department of specialty "${specialty}"`,
      [],
      { partnershipId, specialty },
    );
  }
}

export class NotReceivingHospital extends DomainError {
  constructor(hospitalId: string, partnershipId: string) {
    super('forbidden', 'not-receiving-hospital', `hospital ${hospitalId} is not the receiving side of partnership ${partnershipId}`);
  }
}

export class NotGivingHospital extends DomainError {
  constructor(expertId: string) {
    super('forbidden', 'not-giving-hospital', `expert ${expertId} does not belong to the giving hospital of this consultation`);
  }
}

export class TitleBelowRequested extends DomainError {
  constructor(title: string, requestedTitle: string) {
    super('conflict', 'title-below-requested', `an expert with title ${title} cannot take a request for a ${requestedTitle}`, [], { title, requestedTitle });
  }
}

export class NotAssignedExpert extends DomainError {
  constructor(expertId: string) {
    super('forbidden', 'not-assigned-expert', `expert ${expertId} is not the expert assigned to this consultation`);
  }
}

/** A request addressed to one expert (点名会诊) is accepted by that expert alone. */
export class NotRequestedExpert extends DomainError {
  constructor(expertId: string, requestedExpertId: string) {
    super('conflict', 'not-requested-expert', `this consultation was requested of expert ${requestedExpertId}; expert ${expertId} cannot accept it`, [], {
      expertId,
      requestedExpertId,
    });
  }
}

/** Only the clinician who requested the consultation answers its questions and rates its opinion. */
export class NotRequestingClinician extends DomainError {
  constructor(userId: string) {
    super('forbidden', 'not-requesting-clinician', `user ${userId} did not request this consultation`);
  }
}

export class FeedbackAlreadyGiven extends DomainError {
  constructor(consultationId: string) {
    super('conflict', 'feedback-already-given', `feedback on consultation ${consultationId} has already been given`, [], { consultationId });
  }
}
