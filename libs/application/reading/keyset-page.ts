import type { SqlExecutor, SqlValue } from '@telemed/projections';
import { decodeCursor, encodeCursor } from './cursor';

type Row = Record<string, any>;

export interface KeysetQuery {
  /** `SELECT ... FROM ...` with any joins, without WHERE, ORDER BY or LIMIT. */
  select: string;
  /** Conditions of the filter and the caller's scope, joined with AND. */
  where: string[];
  params: SqlValue[];
  /** The text column (as named in `select`) the list is ordered by, and the row id that breaks ties. */
  sortColumn: string;
  idColumn: string;
  /** The sort key and id of an answered row, for the next page's cursor. */
  sortKeyOf: (row: Row) => string;
  idOf: (row: Row) => string;
  direction: 'ascending' | 'descending';
  cursor?: string;
  limit: number;
}

export interface KeysetPage<R> {
  rows: R[];
  nextCursor: string | null;
}

/**
 * One page of a list ordered by (sort key, id), read after the position the cursor names: the
 * answer stays stable while rows are added, and the query is an index range scan however deep
 * the page. One row more than the page is read to tell whether another page follows.
 */
export async function readKeysetPage<R extends Row>(db: SqlExecutor, query: KeysetQuery): Promise<KeysetPage<R>> {
  const where = [...query.where];
  const params = [...query.params];
  const after = query.direction === 'ascending' ? '>' : '<';
  if (query.cursor !== undefined) {
    const cursor = decodeCursor(query.cursor);
    where.push(`(${query.sortColumn} ${after} ? OR (${query.sortColumn} = ? AND ${query.idColumn} ${after} ?))`);
    params.push(cursor.at, cursor.at, cursor.id);
  }
  const order = query.direction === 'ascending' ? 'ASC' : 'DESC';
  const rows = await db.all<R>(
    `${query.select} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY ${query.sortColumn} ${order}, ${query.idColumn} ${order} LIMIT ?`,
    [...params, query.limit + 1],
  );
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    rows: page,
    nextCursor: rows.length > query.limit && last ? encodeCursor({ at: query.sortKeyOf(last), id: query.idOf(last) }) : null,
  };
}
