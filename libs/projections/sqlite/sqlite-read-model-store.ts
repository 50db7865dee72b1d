import Database from 'better-sqlite3';
import type { ReadModelStore, SqlExecutor, SqlValue } from '../read-model-store';
import type { ReadModelTable, TableRow } from '../rows/read-model-table';
import { insertRowsSql, keysInSql, statementSizes } from '../rows/multi-row-sql';

type Statement = Database.Statement<unknown[]>;

/**
 * Page cache of a bulk load: enough for the pages one batch of a rebuild dirties, and for the
 * sorts of the index builds at its end to stay mostly in memory.
 */
const BULK_LOAD_CACHE_KIB = 64 * 1024;

class SqliteExecutor implements SqlExecutor {
  private readonly statements = new Map<string, Statement>();

  constructor(protected readonly db: Database.Database) {}

  protected prepare(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  async run(sql: string, params: SqlValue[] = []) {
    const { changes } = this.prepare(sql).run(...params);
    return { changes };
  }

  /** SQLite runs in this process: a write is done (or has thrown) when the call returns. */
  write(sql: string, params: SqlValue[] = []): void {
    this.prepare(sql).run(...params);
  }

  async flush(): Promise<void> {}

  /** Prepared statements of a few fixed sizes (see statementSizes), each run with as many rows as it takes. */
  private inChunks<Item>(items: Item[], width: number, sqlFor: (size: number) => string, run: (statement: Statement, params: SqlValue[]) => void): void {
    let offset = 0;
    for (const size of statementSizes(items.length)) {
      const params: SqlValue[] = [];
      for (let index = offset; index < offset + size; index++) {
        const item = items[index] as unknown as SqlValue[];
        for (let column = 0; column < width; column++) params.push(item[column]);
      }
      run(this.prepare(sqlFor(size)), params);
      offset += size;
    }
  }

  writeRows(table: ReadModelTable<any>, rows: SqlValue[][], onConflict: 'update' | 'ignore'): void {
    this.inChunks(rows, table.columns.length, (size) => insertRowsSql(table, size, onConflict), (statement, params) => statement.run(params));
  }

  deleteRows(table: ReadModelTable<any>, keys: SqlValue[][]): void {
    this.inChunks(keys, table.key.length, (size) => `DELETE FROM ${table.name} WHERE ${keysInSql(table, size)}`, (statement, params) => statement.run(params));
  }

  async readRows(table: ReadModelTable<any>, keys: SqlValue[][]): Promise<TableRow[]> {
    const rows: TableRow[] = [];
    this.inChunks(keys, table.key.length, (size) => `SELECT * FROM ${table.name} WHERE ${keysInSql(table, size)}`, (statement, params) => {
      for (const row of statement.all(params) as TableRow[]) rows.push(row);
    });
    return rows;
  }

  async all<Row>(sql: string, params: SqlValue[] = []): Promise<Row[]> {
    return this.prepare(sql).all(...params) as Row[];
  }

  async get<Row>(sql: string, params: SqlValue[] = []): Promise<Row | undefined> {
    return this.prepare(sql).get(...params) as Row | undefined;
  }
}

/**
 * Read models in one SQLite file. Writes go through one connection, one transaction at a time;
 * queries use a second connection, so in WAL mode they only ever see committed transactions.
 */
export class SqliteReadModelStore extends SqliteExecutor implements ReadModelStore {
  private readonly writer: SqliteExecutor;
  private readonly writerDb: Database.Database;
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(readerDb: Database.Database, writerDb: Database.Database) {
    super(readerDb);
    this.writerDb = writerDb;
    this.writer = new SqliteExecutor(writerDb);
  }

  /**
   * Read models can be rebuilt from the log, so their commits sync only at checkpoints (a power cut
   * may take the last ones, and the projection applies them again); `durable` syncs every commit,
   * for state that is not derived from the log.
   */
  static open(filePath: string, options: { durable?: boolean } = {}): SqliteReadModelStore {
    const writerDb = new Database(filePath);
    writerDb.pragma('journal_mode = WAL');
    writerDb.pragma(`synchronous = ${options.durable ? 'FULL' : 'NORMAL'}`);
    writerDb.pragma('busy_timeout = 5000');
    const readerDb = filePath === ':memory:' ? writerDb : new Database(filePath, { readonly: false });
    readerDb.pragma('busy_timeout = 5000');
    return new SqliteReadModelStore(readerDb, writerDb);
  }

  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const next = this.queue.then(async () => {
      this.writerDb.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(this.writer);
        this.writerDb.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.writerDb.inTransaction) this.writerDb.exec('ROLLBACK');
        throw error;
      }
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Commits without waiting for the disk, through a larger page cache; durable again (and checkpointed) after. */
  async bulkLoad<T>(work: () => Promise<T>): Promise<T> {
    const settings = { synchronous: this.writerDb.pragma('synchronous', { simple: true }), cache_size: this.writerDb.pragma('cache_size', { simple: true }) };
    this.writerDb.pragma('synchronous = OFF');
    this.writerDb.pragma(`cache_size = -${BULK_LOAD_CACHE_KIB}`);
    try {
      return await work();
    } finally {
      await this.queue;
      if (this.writerDb.open) {
        this.writerDb.pragma(`synchronous = ${settings.synchronous}`);
        this.writerDb.pragma(`cache_size = ${settings.cache_size}`);
        this.writerDb.pragma('wal_checkpoint(TRUNCATE)');
      }
    }
  }

  async integrityProblem(): Promise<string | undefined> {
    try {
      const findings = (this.db.pragma('quick_check(20)') as Array<{ quick_check: string }>).map((row) => row.quick_check);
      return findings.length === 1 && findings[0] === 'ok' ? undefined : findings.join('; ');
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }

  async close(): Promise<void> {
    await this.queue;
    if (this.db !== this.writerDb) this.db.close();
    this.writerDb.close();
  }
}
