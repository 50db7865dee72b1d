import type { Actor } from '@telemed/event-store/event-envelope';

export type UserRole = 'coordinator' | 'clinician' | 'expert' | 'auditor';
export const USER_ROLES: readonly UserRole[] = ['coordinator', 'clinician', 'expert', 'auditor'];

/** The caller of a request, as its verified token says. */
export interface AuthenticatedUser extends Actor {
  role: UserRole;
}

export function isUserRole(value: unknown): value is UserRole {
  return typeof value === 'string' && (USER_ROLES as readonly string[]).includes(value);
}

/** Roles that act for one hospital carry its id in their token. */
export function requiresHospital(role: UserRole): boolean {
  return role === 'clinician' || role === 'expert';
}
