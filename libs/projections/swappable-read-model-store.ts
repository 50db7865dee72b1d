import type { ReadModelStore, SqlExecutor, SqlValue } from './read-model-store';
import type { ReadModelTable } from './rows/read-model-table';

/**
 * The read-model store every reader and the projection runner hold: it delegates to the live
 * store, and a rebuilt store can be swapped in without anyone re-resolving their dependency.
 */
export class SwappableReadModelStore implements ReadModelStore {
  constructor(private current: ReadModelStore) {}

  get live(): ReadModelStore {
    return this.current;
  }

  /** Makes `next` the live store; answers the one it replaced, for the caller to close. */
  replace(next: ReadModelStore): ReadModelStore {
    const previous = this.current;
    this.current = next;
    return previous;
  }

  run(sql: string, params?: SqlValue[]) {
    return this.current.run(sql, params);
  }

  write(sql: string, params?: SqlValue[]) {
    this.current.write(sql, params);
  }

  flush() {
    return this.current.flush();
  }

  writeRows(table: ReadModelTable<any>, rows: SqlValue[][], onConflict: 'update' | 'ignore') {
    this.current.writeRows(table, rows, onConflict);
  }

  deleteRows(table: ReadModelTable<any>, keys: SqlValue[][]) {
    this.current.deleteRows(table, keys);
  }

  readRows(table: ReadModelTable<any>, keys: SqlValue[][]) {
    return this.current.readRows(table, keys);
  }

  all<Row = Record<string, unknown>>(sql: string, params?: SqlValue[]) {
    return this.current.all<Row>(sql, params);
  }

  get<Row = Record<string, unknown>>(sql: string, params?: SqlValue[]) {
    return this.current.get<Row>(sql, params);
  }

  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.current.transaction(work);
  }

  close(): Promise<void> {
    return this.current.close();
  }
}
