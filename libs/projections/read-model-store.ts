import type { ReadModelTable, TableRow } from './rows/read-model-table';

/** A value a read-model row may hold; the same on every SQL adapter. */
export type SqlValue = string | number | bigint | null;

/**
 * Plain parameterised SQL with `?` placeholders, in the subset SQLite and PostgreSQL share, so a
 * projection is written once for every read-model adapter.
 */
export interface SqlExecutor {
  run(sql: string, params?: SqlValue[]): Promise<{ changes: number }>;
  /**
   * A statement whose answer nobody waits for: a projection's insert, update or delete. It runs in
   * order with the other statements of its transaction, but the adapter may send it without
   * waiting for the ones before (PostgreSQL pipelines them on the transaction's connection), so
   * its failure may surface only at the next read, `flush` or commit; either way the transaction fails.
   */
  write(sql: string, params?: SqlValue[]): void;
  /** Waits for every write sent so far; rejects with the first that failed. */
  flush(): Promise<void>;
  /**
   * Writes whole rows of `table` (values in its column order) with multi-row statements, sent like
   * `write`. On a key already present, `update` replaces every other column, `ignore` keeps the row.
   * No two rows may share a key.
   */
  writeRows(table: ReadModelTable<any>, rows: SqlValue[][], onConflict: 'update' | 'ignore'): void;
  /** Deletes the rows with these keys (values in the table's key order), sent like `write`. */
  deleteRows(table: ReadModelTable<any>, keys: SqlValue[][]): void;
  /** The rows with these keys that exist, in no particular order. */
  readRows(table: ReadModelTable<any>, keys: SqlValue[][]): Promise<TableRow[]>;
  all<Row = Record<string, unknown>>(sql: string, params?: SqlValue[]): Promise<Row[]>;
  get<Row = Record<string, unknown>>(sql: string, params?: SqlValue[]): Promise<Row | undefined>;
}

export interface ReadModelStore extends SqlExecutor {
  /** Runs `work` in one write transaction: everything it wrote commits together or not at all. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /**
   * Runs a rebuild's many transactions with what the store can trade for speed while nobody reads
   * (durability against power loss: a rebuild interrupted so starts again; read models are only
   * ever derived), and restores its settings after. Absent: nothing to trade.
   */
  bulkLoad?<T>(work: () => Promise<T>): Promise<T>;
  /**
   * A quick check of the store's own structures (SQLite's `PRAGMA quick_check`): what is damaged,
   * or undefined when intact. Absent: the database server keeps its own integrity.
   */
  integrityProblem?(): Promise<string | undefined>;
  close(): Promise<void>;
}
