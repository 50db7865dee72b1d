import type { AuthenticatedUser } from '@telemed/auth';
import { Forbidden } from '@telemed/domain/core';
import { type Action, type Scope, scopeOf } from './policy';

/** What a case says about who may act on it; each access helper states these for its own kind of case. */
export interface ScopeFacts {
  /** The hospitals the case belongs to for the caller's role (see `own-hospital`). */
  hospitalIds?: readonly (string | null | undefined)[];
  /** The experts who took the case on (see `assigned`). */
  assignedExpertIds?: readonly (string | null | undefined)[];
  /** The experts invited to it (see `invited`). */
  invitedExpertIds?: readonly string[];
  /** The user the record belongs to (see `self`). */
  ownerId?: string;
}

export function withinScope(scope: Scope | undefined, user: AuthenticatedUser, facts: ScopeFacts): boolean {
  switch (scope) {
    case 'any':
      return true;
    case 'own-hospital':
      return user.hospitalId !== undefined && (facts.hospitalIds ?? []).includes(user.hospitalId);
    case 'assigned':
      return (facts.assignedExpertIds ?? []).includes(user.userId);
    case 'invited':
      return (facts.invitedExpertIds ?? []).includes(user.userId);
    case 'self':
      return facts.ownerId === user.userId;
    default:
      return false;
  }
}

/** Whether the policy lets `user` perform `action` on the case these facts describe. */
export function isAllowed(action: Action, user: AuthenticatedUser, facts: ScopeFacts): boolean {
  return withinScope(scopeOf(action, user.role), user, facts);
}

/** Refuses with 403 (`refusal` as the detail) when the case is outside the caller's scope for `action`. */
export function requireAllowed(action: Action, user: AuthenticatedUser, facts: ScopeFacts, refusal: string): void {
  if (!isAllowed(action, user, facts)) throw new Forbidden(refusal);
}
