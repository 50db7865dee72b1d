import type { AuthenticatedUser } from '@telemed/auth';
import type { SqlValue } from '@telemed/projections';
import { type Action, scopeOf } from '../access/policy';

export interface ListConditions {
  where: string[];
  params: SqlValue[];
}

/** A filter's condition, each `?` in it standing for the value asked for; the value is undefined when the filter was not given. */
export type FilterCondition = readonly [condition: string, value: SqlValue | undefined];

/**
 * The WHERE conditions of a list of the programme ledger, whose rows belong to a giving and a
 * receiving hospital: a role that does not see every hospital sees the rows its own hospital is
 * on either side of, and each filter that was given narrows the list further.
 */
export function ledgerListConditions(read: Action, user: AuthenticatedUser, filters: readonly FilterCondition[] = []): ListConditions {
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (scopeOf(read, user.role) !== 'any') {
    where.push('(giving_hospital_id = ? OR receiving_hospital_id = ?)');
    params.push(user.hospitalId ?? '', user.hospitalId ?? '');
  }
  for (const [condition, value] of filters) {
    if (value === undefined) continue;
    where.push(condition);
    for (const _ of condition.matchAll(/\?/g)) params.push(value);
  }
  return { where, params };
}
