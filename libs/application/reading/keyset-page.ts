import type { SqlExecutor, SqlValue } from '@telemed/projections';
import { decodeCursor, encodeCursor } from './cursor';
import { DEFAULT_PAGE_SIZE } from './page-query.dto';

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

/** A list's answer: a page of items and the cursor of the next page, null after the last. */
export interface ItemPage<T> {
  items: T[];
  nextCursor: string | null;
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

/**
 * One page of a table's rows that meet the conditions, newest first by a text column (then by id),
 * after the cursor: the shape of most lists the API answers.
 */
export function readNewestFirst<R extends Row>(
  db: SqlExecutor,
  table: string,
  sortColumn: string,
  conditions: { where: string[]; params: SqlValue[] },
  page: { cursor?: string; limit?: number },
): Promise<KeysetPage<R>> {
  return readKeysetPage<R>(db, {
    select: `SELECT * FROM ${table}`,
    ...conditions,
    sortColumn,
    idColumn: 'id',
    sortKeyOf: (row) => row[sortColumn],
    idOf: (row) => row.id,
    direction: 'descending',
    cursor: page.cursor,
    limit: page.limit ?? DEFAULT_PAGE_SIZE,
  });
}
