import { DomainError } from '@telemed/domain/core';

export class HospitalAlreadyRegistered extends DomainError {
  constructor(readonly hospitalId: string) {
    super('conflict', 'already-registered', `hospital ${hospitalId} is already registered`, [], { what: 'hospital', id: hospitalId });
  }
}

/** The stream holds no hospital yet, so there is no id to report as not found. */
export class HospitalNotRegistered extends DomainError {
  constructor(action: string) {
    super('conflict', 'hospital-not-registered', `cannot ${action}: the hospital is not registered`, [], { action });
  }
}

export class DuplicateDepartment extends DomainError {
  constructor(
    readonly hospitalId: string,
    readonly existingDepartmentId: string,
    name: string,
  ) {
    super(
      'conflict',
      'duplicate-department',
      `hospital ${hospitalId} already has department "${name}" (${existingDepartmentId})`,
      [],
      { name },
    );
  }
}
