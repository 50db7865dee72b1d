/**
 * What kind of refusal an error is. The HTTP layer maps each kind to one status, once:
 * invalid → 400, forbidden → 403, not-found → 404, conflict → 409.
 */
export type DomainErrorKind = 'invalid' | 'forbidden' | 'not-found' | 'conflict';

/** The values a message names (a state, a field, a date), so it can be worded again in another language. */
export type MessageParams = Record<string, string | number>;

/**
 * The wording of a field message before its values were put in: `must not be before {min}` and `{ min: ... }`.
 * Kept under a symbol so that it never reaches a serialized answer; only `field` and `message` do.
 */
export const MESSAGE_TEMPLATE = Symbol('message template');

export interface MessageTemplate {
  template: string;
  params: MessageParams;
}

export interface FieldError {
  field: string;
  message: string;
  [MESSAGE_TEMPLATE]?: MessageTemplate;
}

/** Puts each `{name}` of a template in its value; a name without a value stays as written. */
export function fillTemplate(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A field message from its template, with the template kept for the translation of the message. */
export function fieldError(field: string, template: string, params: MessageParams = {}): FieldError {
  return { field, message: fillTemplate(template, params), [MESSAGE_TEMPLATE]: { template, params } };
}

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    /** A stable, machine-readable code such as `illegal-transition` or `double-booking`. */
    readonly code: string,
    message: string,
    readonly fieldErrors: FieldError[] = [],
    /** The values the message names, for the wording of the problem in the caller's language. */
    readonly params: MessageParams = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A command that is not allowed in the aggregate's current state. */
export class IllegalTransition extends DomainError {
  /** `stillNeeded` says what must happen first, when the refusal is only a matter of order. */
  constructor(aggregate: string, action: string, currentState: string, stillNeeded?: string) {
    super('conflict', 'illegal-transition', `cannot ${action} a ${aggregate} that is ${currentState}${stillNeeded ? `: ${stillNeeded}` : ''}`, [], {
      aggregate,
      action,
      state: currentState,
      ...(stillNeeded && { stillNeeded }),
    });
  }
}

/**
 * A value that is well-formed but breaks a business rule tied to one field. The message may name
 * values as `{name}` placeholders filled from `params`.
 */
export class InvalidValue extends DomainError {
  constructor(field: string, message: string, code = 'invalid-value', params: MessageParams = {}) {
    const error = fieldError(field, message, params);
    super('invalid', code, `${field}: ${error.message}`, [error], { field, ...params });
  }
}

export class NotFound extends DomainError {
  /** Without an id when there is none to report: the stream of the id asked for is still empty. */
  constructor(what: string, id?: string) {
    super('not-found', 'not-found', id === undefined ? `${what} with this id was not found` : `${what} ${id} was not found`, [], {
      what,
      ...(id !== undefined && { id }),
    });
  }
}

export class Forbidden extends DomainError {
  constructor(message: string) {
    super('forbidden', 'forbidden', message);
  }
}
