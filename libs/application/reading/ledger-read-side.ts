import { NotFound } from '@telemed/domain/core';
import type { AuthenticatedUser } from '@telemed/auth';
import type { SqlExecutor } from '@telemed/projections';
import { type Action, scopeOf } from '../access/policy';
import { withinScope } from '../access/scope';
import { type KeysetPage, readNewestFirst } from './keyset-page';
import { type FilterCondition, ledgerListConditions } from './ledger-list-conditions';

type Row = Record<string, any>;

/**
 * A table of the programme ledger (postings, visits, further study, techniques, research output):
 * each row belongs to a giving and a receiving hospital, is read under one policy action, and is
 * listed latest first by one date column.
 */
export interface LedgerTable {
  table: string;
  /** The name a refused or missing row is reported under ("visit", "further study"). */
  entry: string;
  read: Action;
  /** The text column the list is ordered by, latest first. */
  sortColumn: string;
}

/** One row by id; a row outside the caller's scope answers as if it did not exist. */
export async function readLedgerRow(db: SqlExecutor, ledger: LedgerTable, id: string, user: AuthenticatedUser): Promise<Row> {
  const row = await db.get<Row>(`SELECT * FROM ${ledger.table} WHERE id = ?`, [id]);
  const hospitalIds = row ? [row.giving_hospital_id, row.receiving_hospital_id] : [];
  if (!row || !withinScope(scopeOf(ledger.read, user.role), user, { hospitalIds })) throw new NotFound(ledger.entry, id);
  return row;
}

/** One page of the rows the caller may see that pass every given filter, latest first, paged by keyset. */
export function readLedgerPage(
  db: SqlExecutor,
  ledger: LedgerTable,
  user: AuthenticatedUser,
  filters: readonly FilterCondition[],
  page: { cursor?: string; limit?: number },
): Promise<KeysetPage<Row>> {
  return readNewestFirst(db, ledger.table, ledger.sortColumn, ledgerListConditions(ledger.read, user, filters), page);
}
