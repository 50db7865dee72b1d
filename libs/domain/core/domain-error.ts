/**
 * What kind of refusal an error is. The HTTP layer maps each kind to one status, once:
 * invalid → 400, forbidden → 403, not-found → 404, conflict → 409.
 */
export type DomainErrorKind = 'invalid' | 'forbidden' | 'not-found' | 'conflict';

export interface FieldError {
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    /** A stable, machine-readable code such as `illegal-transition` or `double-booking`. */
    readonly code: string,
    message: string,
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A command that is not allowed in the aggregate's current state. */
export class IllegalTransition extends DomainError {
  /** `stillNeeded` says what must happen first, when the refusal is only a matter of order. */
  constructor(aggregate: string, action: string, currentState: string, stillNeeded?: string) {
    super('conflict', 'illegal-transition', `cannot ${action} a ${aggregate} that is ${currentState}${stillNeeded ? `: ${stillNeeded}` : ''}`);
  }
}

/** A value that is well-formed but breaks a business rule tied to one field. */
export class InvalidValue extends DomainError {
  constructor(field: string, message: string, code = 'invalid-value') {
    super('invalid', code, `${field}: ${message}`, [{ field, message }]);
  }
}

export class NotFound extends DomainError {
  constructor(what: string, id: string) {
    super('not-found', 'not-found', `${what} ${id} was not found`);
  }
}

export class Forbidden extends DomainError {
  constructor(message: string) {
    super('forbidden', 'forbidden', message);
  }
}
