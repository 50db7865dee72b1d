import { createHash } from 'node:crypto';
import type { Projection } from './projection';
import type { SqlExecutor, SqlValue } from './read-model-store';

export interface TableDifference {
  table: string;
  onlyInLeft: number;
  onlyInRight: number;
}

const PAGE_SIZE = 5000;
const MASK_64 = (1n << 64n) - 1n;

type Row = Record<string, SqlValue>;

/**
 * A table's rows, a page at a time in the order of its key (`orderBy` names its primary key):
 * keyset paging, so memory stays one page whatever the table's size.
 */
async function* pagesOf(db: SqlExecutor, table: string, orderBy: string): AsyncGenerator<Row[]> {
  const keys = orderBy.split(',').map((key) => key.trim());
  let after: SqlValue[] | undefined;
  for (;;) {
    const where = after ? `WHERE (${keys.join(', ')}) > (${keys.map(() => '?').join(', ')})` : '';
    const rows = await db.all<Row>(`SELECT * FROM ${table} ${where} ORDER BY ${orderBy} LIMIT ${PAGE_SIZE}`, after ?? []);
    if (rows.length > 0) yield rows;
    if (rows.length < PAGE_SIZE) return;
    const last = rows[rows.length - 1];
    after = keys.map((key) => last[key]);
  }
}

function rowHash(row: Row): Buffer {
  const text = JSON.stringify(row, (_key, value) => (typeof value === 'bigint' ? value.toString() : value));
  return createHash('sha256').update(text).digest();
}

/** A digest of a table's rows that does not depend on their order: the count and two sums of row hashes. */
async function digestOf(db: SqlExecutor, table: string, orderBy: string): Promise<string> {
  let count = 0;
  let first = 0n;
  let second = 0n;
  for await (const rows of pagesOf(db, table, orderBy)) {
    for (const row of rows) {
      const hash = rowHash(row);
      count++;
      first = (first + hash.readBigUInt64BE(0)) & MASK_64;
      second = (second + hash.readBigUInt64BE(8)) & MASK_64;
    }
  }
  return `${count}:${first}:${second}`;
}

async function rowHashesOf(db: SqlExecutor, table: string, orderBy: string): Promise<Set<string>> {
  const hashes = new Set<string>();
  for await (const rows of pagesOf(db, table, orderBy)) for (const row of rows) hashes.add(rowHash(row).toString('base64'));
  return hashes;
}

/**
 * Compares every table of the projections row by row; an empty list means the read models are
 * equal. Tables are first compared by digest, a page at a time; only a table whose digests differ
 * is read again to count the rows each side lacks (keys are unique, so a row is a set member).
 */
export async function compareReadModels(left: SqlExecutor, right: SqlExecutor, projections: readonly Projection[]): Promise<TableDifference[]> {
  const differences: TableDifference[] = [];
  for (const { name, orderBy } of projections.flatMap((projection) => projection.tables)) {
    const [leftDigest, rightDigest] = await Promise.all([digestOf(left, name, orderBy), digestOf(right, name, orderBy)]);
    if (leftDigest === rightDigest) continue;
    const [leftRows, rightRows] = await Promise.all([rowHashesOf(left, name, orderBy), rowHashesOf(right, name, orderBy)]);
    const onlyInLeft = [...leftRows].filter((row) => !rightRows.has(row)).length;
    const onlyInRight = [...rightRows].filter((row) => !leftRows.has(row)).length;
    if (onlyInLeft > 0 || onlyInRight > 0) differences.push({ table: name, onlyInLeft, onlyInRight });
  }
  return differences;
}
