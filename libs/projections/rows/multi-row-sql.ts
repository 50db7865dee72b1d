import type { ReadModelTable } from './read-model-table';

/**
 * Rows per multi-row statement: a batch of n rows is written as statements of these sizes, largest
 * first, so each table needs at most a handful of prepared statements whatever n is.
 */
export const ROWS_PER_STATEMENT = [256, 64, 16, 4, 1];

/** Splits `count` rows into the statement sizes above. */
export function statementSizes(count: number): number[] {
  const sizes: number[] = [];
  let left = count;
  for (const size of ROWS_PER_STATEMENT) {
    while (left >= size) {
      sizes.push(size);
      left -= size;
    }
  }
  return sizes;
}

const tuple = (width: number) => `(${Array.from({ length: width }, () => '?').join(', ')})`;

/** What an existing row becomes on a key already present: every other column replaced, or kept. */
export function onConflictClause(table: ReadModelTable<any>, onConflict: 'update' | 'ignore'): string {
  const others = table.columns.filter((column) => !table.key.includes(column.name));
  if (onConflict === 'ignore' || others.length === 0) return `ON CONFLICT (${table.key.join(', ')}) DO NOTHING`;
  return `ON CONFLICT (${table.key.join(', ')}) DO UPDATE SET ${others.map(({ name }) => `${name} = excluded.${name}`).join(', ')}`;
}

/** `INSERT ... VALUES (?, ...), ... ON CONFLICT ...` for `rows` rows, with `?` placeholders. */
export function insertRowsSql(table: ReadModelTable<any>, rows: number, onConflict: 'update' | 'ignore'): string {
  const row = tuple(table.columns.length);
  return `INSERT INTO ${table.name} (${table.columns.map(({ name }) => name).join(', ')}) VALUES ${Array.from({ length: rows }, () => row).join(', ')} ${onConflictClause(table, onConflict)}`;
}

/** The condition matching `keys` keys, with `?` placeholders: `id IN (?, ?)`, or `(a, b) IN (VALUES (?, ?), ...)`. */
export function keysInSql(table: ReadModelTable<any>, keys: number): string {
  if (table.key.length === 1) return `${table.key[0]} IN ${tuple(keys)}`;
  const key = tuple(table.key.length);
  return `(${table.key.join(', ')}) IN (VALUES ${Array.from({ length: keys }, () => key).join(', ')})`;
}
