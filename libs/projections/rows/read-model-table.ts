import type { SqlValue } from '../read-model-store';

/** The column types read models use; the same words in SQLite and PostgreSQL DDL. */
export type ColumnType = 'text' | 'bigint' | 'integer' | 'double precision';

export interface Column {
  name: string;
  type: ColumnType;
  notNull: boolean;
  /** What a new row holds when the projection does not say: the DDL's DEFAULT, else null. */
  initial: SqlValue;
}

/** A row of a read-model table, by column name. */
export type TableRow = Record<string, SqlValue>;

/**
 * A read-model table as its CREATE TABLE statement declares it: its columns in order, with their
 * types and defaults, and its primary key. Projections that fold a batch into rows use it to make
 * whole rows, to check them before they are written, and to write them in multi-row statements.
 */
export interface ReadModelTable<Row extends TableRow = TableRow> {
  readonly name: string;
  readonly columns: readonly Column[];
  readonly key: readonly string[];
  /** The DDL it was read from, to go in the projection's schema. */
  readonly ddl: string;
  /** A type-only tag: the rows this table holds. */
  readonly row?: Row;
}

const TYPES: Record<string, ColumnType> = {
  TEXT: 'text',
  BIGINT: 'bigint',
  INTEGER: 'integer',
  'DOUBLE PRECISION': 'double precision',
};

/** Splits on commas outside parentheses. */
function topLevelParts(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(body.slice(start, index).trim());
      start = index + 1;
    }
  }
  parts.push(body.slice(start).trim());
  return parts.filter(Boolean);
}

function defaultOf(definition: string, type: ColumnType): SqlValue {
  const match = /\bDEFAULT\s+('(?:[^']|'')*'|-?\d+(?:\.\d+)?)/i.exec(definition);
  if (!match) return null;
  const literal = match[1];
  if (literal.startsWith("'")) return literal.slice(1, -1).replace(/''/g, "'");
  return type === 'text' ? literal : Number(literal);
}

/** Reads a `CREATE TABLE [IF NOT EXISTS] name (...)` statement of the portable subset the projections write. */
export function readModelTable<Row extends TableRow = TableRow>(ddl: string): ReadModelTable<Row> {
  const header = /^\s*CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*\(/i.exec(ddl);
  if (!header) throw new Error(`not a CREATE TABLE statement: ${ddl.slice(0, 60)}`);
  const body = ddl.slice(header[0].length, ddl.lastIndexOf(')'));
  const columns: Column[] = [];
  let key: string[] = [];
  for (const part of topLevelParts(body)) {
    const tableKey = /^PRIMARY\s+KEY\s*\(([^)]*)\)/i.exec(part);
    if (tableKey) {
      key = tableKey[1].split(',').map((name) => name.trim());
      continue;
    }
    const column = /^([A-Za-z_][A-Za-z0-9_]*)\s+(TEXT|BIGINT|INTEGER|DOUBLE\s+PRECISION)\b/i.exec(part);
    if (!column) throw new Error(`${header[1]}: a column the row fold cannot read: ${part}`);
    const type = TYPES[column[2].toUpperCase().replace(/\s+/g, ' ')];
    const primary = /\bPRIMARY\s+KEY\b/i.test(part);
    if (primary) key = [column[1]];
    columns.push({ name: column[1], type, notNull: primary || /\bNOT\s+NULL\b/i.test(part), initial: defaultOf(part, type) });
  }
  if (key.length === 0) throw new Error(`${header[1]}: a table without a primary key cannot be folded into rows`);
  return { name: header[1], columns, key, ddl };
}

/** The primary key of `row`, in the table's key order. */
export function keyOf(table: ReadModelTable, row: TableRow): SqlValue[] {
  return table.key.map((column) => row[column]);
}

/** The row's values in the table's column order. */
export function valuesOf(table: ReadModelTable, row: TableRow): SqlValue[] {
  return table.columns.map((column) => row[column.name]);
}

const isInteger = (value: SqlValue) => typeof value === 'bigint' || (typeof value === 'number' && Number.isInteger(value));

/**
 * What is wrong with a row before it is written (a missing value, a value of the wrong kind), so
 * that the event that made it is named, not the batch that wrote it; undefined when it is fine.
 */
export function rowProblem(table: ReadModelTable, row: TableRow): string | undefined {
  for (const column of table.columns) {
    const value = row[column.name];
    if (value === null || value === undefined) {
      if (column.notNull) return `${table.name}.${column.name} must have a value`;
      continue;
    }
    const kind = typeof value;
    if (kind !== 'string' && kind !== 'number' && kind !== 'bigint') return `${table.name}.${column.name} cannot hold a ${kind}`;
    if ((column.type === 'bigint' || column.type === 'integer') && !isInteger(value)) return `${table.name}.${column.name} must be an integer, not ${String(value)}`;
    if (column.type === 'double precision' && kind === 'string') return `${table.name}.${column.name} must be a number, not ${String(value)}`;
  }
  return undefined;
}
