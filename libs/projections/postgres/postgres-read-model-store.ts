import { escapeIdentifier, type Pool, type PoolClient, type QueryResultRow } from 'pg';
import { resilientPool } from '@telemed/event-store/postgres/resilient-pool';
import type { ReadModelStore, SqlExecutor, SqlValue } from '../read-model-store';
import { toNumberedPlaceholders, toPostgresParams } from './postgres-placeholders';
import { SQLITE_LIKE_TYPES } from './postgres-row-types';
import type { ColumnType, ReadModelTable, TableRow } from '../rows/read-model-table';
import { onConflictClause } from '../rows/multi-row-sql';

export interface PostgresReadModelStoreOptions {
  connectionString: string;
  /** Schema holding the read-model tables; created if missing. Default `read_models`. */
  schema?: string;
  /** Connections for queries; transactions use one more, their own. Default 10. */
  poolSize?: number;
}

export const DEFAULT_READ_MODEL_SCHEMA = 'read_models';
const DEFAULT_POOL_SIZE = 10;
/** Distinct statements whose rewritten text is kept; dynamic IN lists make the set open-ended. */
const STATEMENT_CACHE_LIMIT = 2000;
const DUPLICATE_SCHEMA = '42P06';
const UNIQUE_VIOLATION = '23505';

type Queryable = Pick<Pool, 'query'> | Pick<PoolClient, 'query'>;

const ARRAY_TYPES: Record<ColumnType, string> = { text: 'text[]', bigint: 'bigint[]', integer: 'integer[]', 'double precision': 'float8[]' };

/** One array parameter per column, `$n::type[]`, for unnest. */
function unnestOf(table: ReadModelTable<any>, names: readonly string[]): string {
  return names.map((name, index) => `$${index + 1}::${ARRAY_TYPES[table.columns.find((column) => column.name === name)!.type]}`).join(', ');
}

type RowStatement = 'insert-update' | 'insert-ignore' | 'delete' | 'read';

const rowStatements = new WeakMap<ReadModelTable<any>, Map<RowStatement, string>>();

/** The text of one of a table's row statements, made once per table. */
function rowStatement(table: ReadModelTable<any>, kind: RowStatement): string {
  let texts = rowStatements.get(table);
  if (!texts) rowStatements.set(table, (texts = new Map()));
  let text = texts.get(kind);
  if (text === undefined) texts.set(kind, (text = rowStatementText(table, kind)));
  return text;
}

function rowStatementText(table: ReadModelTable<any>, kind: RowStatement): string {
  const names = table.columns.map(({ name }) => name);
  const keys = table.key.join(', ');
  switch (kind) {
    case 'insert-update':
    case 'insert-ignore':
      return `INSERT INTO ${table.name} (${names.join(', ')}) SELECT * FROM unnest(${unnestOf(table, names)}) ${onConflictClause(table, kind === 'insert-update' ? 'update' : 'ignore')}`;
    case 'delete':
      return `DELETE FROM ${table.name} USING unnest(${unnestOf(table, table.key)}) AS gone(${keys}) WHERE ${table.key.map((name) => `${table.name}.${name} = gone.${name}`).join(' AND ')}`;
    case 'read': {
      // Columns named rather than *, so that a prepared statement's result keeps its shape should the table be replaced.
      const columns = names.map((name) => `${table.name}.${name}`).join(', ');
      return table.key.length === 1
        ? `SELECT ${columns} FROM ${table.name} WHERE ${keys} = ANY(${unnestOf(table, table.key)})`
        : `SELECT ${columns} FROM ${table.name} JOIN unnest(${unnestOf(table, table.key)}) AS wanted(${keys}) USING (${keys})`;
    }
  }
}

/** Row-major values as one array per column; positions held as bigint go as decimal text. */
function columnArrays(rows: readonly SqlValue[][], width: number): SqlValue[][] {
  const arrays: SqlValue[][] = Array.from({ length: width }, () => new Array<SqlValue>(rows.length));
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index];
    for (let column = 0; column < width; column++) {
      const value = row[column];
      arrays[column][index] = typeof value === 'bigint' ? value.toString() : value;
    }
  }
  return arrays;
}

class PostgresExecutor implements SqlExecutor {
  /** Writes sent and not yet answered, and the first of them that failed. */
  private pending: Array<Promise<void>> = [];
  private failure: unknown;

  constructor(
    private readonly connection: Queryable,
    /** Rewritten statement texts, shared by the pool and the transaction connection. */
    protected readonly statements: Map<string, string>,
    /** Names of the prepared row statements by text, shared likewise so that a name means one text on every connection. */
    protected readonly preparedNames: Map<string, string>,
  ) {}

  private query(sql: string, params: SqlValue[]) {
    let text = this.statements.get(sql);
    if (text === undefined) {
      text = toNumberedPlaceholders(sql).text;
      if (this.statements.size >= STATEMENT_CACHE_LIMIT) this.statements.clear();
      this.statements.set(sql, text);
    }
    return this.connection.query<QueryResultRow>(text, toPostgresParams(params));
  }

  /**
   * A statement made from a table's definition, of which there are a few per table: prepared once
   * per connection under a name, so that the server parses and plans it once rather than in every
   * batch (about a third of the server's time for a batch of small rows).
   */
  private prepared(text: string, values: unknown[]) {
    let name = this.preparedNames.get(text);
    if (name === undefined) {
      name = `read-model-rows:${this.preparedNames.size}`;
      this.preparedNames.set(text, name);
    }
    return this.connection.query<QueryResultRow>({ name, text, values });
  }

  /** A statement whose answer is awaited; after a failed write it reports that failure, not the aborted transaction. */
  private async answer(sql: string, params: SqlValue[]) {
    try {
      return await this.query(sql, params);
    } catch (error) {
      await this.flush();
      throw error;
    }
  }

  async run(sql: string, params: SqlValue[] = []) {
    const result = await this.answer(sql, params);
    return { changes: result.rowCount ?? 0 };
  }

  write(sql: string, params: SqlValue[] = []): void {
    this.queued(this.query(sql, params));
  }

  private queued(sent: Promise<unknown>): void {
    this.pending.push(
      sent.then(
        () => undefined,
        (error: unknown) => void (this.failure ??= error),
      ),
    );
  }

  async flush(): Promise<void> {
    const pending = this.pending;
    this.pending = [];
    await Promise.all(pending);
    // Reported once: after a rollback to a savepoint the transaction goes on.
    const failure = this.failure;
    this.failure = undefined;
    if (failure !== undefined) throw failure;
  }

  async all<Row>(sql: string, params: SqlValue[] = []): Promise<Row[]> {
    return (await this.answer(sql, params)).rows as Row[];
  }

  /** One statement whatever the number of rows: the values travel as one array per column, unnested by the server. */
  writeRows(table: ReadModelTable<any>, rows: SqlValue[][], onConflict: 'update' | 'ignore'): void {
    if (rows.length === 0) return;
    this.queued(this.prepared(rowStatement(table, onConflict === 'update' ? 'insert-update' : 'insert-ignore'), columnArrays(rows, table.columns.length)));
  }

  deleteRows(table: ReadModelTable<any>, keys: SqlValue[][]): void {
    if (keys.length === 0) return;
    this.queued(this.prepared(rowStatement(table, 'delete'), columnArrays(keys, table.key.length)));
  }

  async readRows(table: ReadModelTable<any>, keys: SqlValue[][]): Promise<TableRow[]> {
    if (keys.length === 0) return [];
    try {
      return (await this.prepared(rowStatement(table, 'read'), columnArrays(keys, table.key.length))).rows as TableRow[];
    } catch (error) {
      await this.flush();
      throw error;
    }
  }

  async get<Row>(sql: string, params: SqlValue[] = []): Promise<Row | undefined> {
    return (await this.answer(sql, params)).rows[0] as Row | undefined;
  }
}

/**
 * Read models in one PostgreSQL schema. Queries share a pool; writes go through one dedicated
 * connection, one transaction at a time, as on SQLite, so projections never contend with each
 * other. Every connection's search_path is the schema, so the projections' unqualified table
 * names land there, and rows come back with SQLite's JavaScript types (numbers for integers).
 *
 * Text sorts and compares by the database's collation: use a C (or C.UTF-8) collation, as on this
 * project's servers, so that ORDER BY and keyset paging over text ids and instants match SQLite.
 */
export class PostgresReadModelStore extends PostgresExecutor implements ReadModelStore {
  private queue: Promise<unknown> = Promise.resolve();
  private closing?: Promise<void>;

  private constructor(
    private readonly readers: Pool,
    private readonly writer: Pool,
    readonly schema: string,
  ) {
    super(readers, new Map(), new Map());
  }

  static async connect(options: PostgresReadModelStoreOptions): Promise<PostgresReadModelStore> {
    const schema = options.schema ?? DEFAULT_READ_MODEL_SCHEMA;
    if (!schema) throw new Error('the read-model schema name must not be empty');
    const readers = openPool(options.connectionString, schema, options.poolSize ?? DEFAULT_POOL_SIZE);
    // The writer pipelines: a transaction's writes go out without waiting for each other's answers.
    const writer = openPool(options.connectionString, schema, 1, true);
    const store = new PostgresReadModelStore(readers, writer, schema);
    try {
      await createSchema(writer, schema);
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    // Transactions asked for before close() still run; close() waits for them.
    if (this.closing) return Promise.reject(new Error('the read-model store is closed'));
    const next = this.queue.then(async () => {
      const client = await this.writer.connect();
      let broken = false;
      try {
        await client.query('BEGIN');
        const tx = new PostgresExecutor(client, this.statements, this.preparedNames);
        const result = await work(tx);
        await tx.flush(); // a failed write rolls back, where COMMIT would only answer ROLLBACK
        await client.query('COMMIT');
        return result;
      } catch (error) {
        // After a failed COMMIT the server has already rolled back; ROLLBACK then only warns.
        broken = await client.query('ROLLBACK').then(
          () => false,
          () => true,
        );
        throw error;
      } finally {
        // A connection that could not even roll back is discarded; the pool opens a new one.
        client.release(broken);
      }
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      await this.queue;
      await Promise.all([this.readers.end(), this.writer.end()]);
    })();
    return this.closing;
  }
}

function openPool(connectionString: string, schema: string, max: number, pipeline = false): Pool {
  const searchPath = `SET search_path TO ${escapeIdentifier(schema)}`;
  const pool = resilientPool({
    connectionString,
    max,
    pipeline,
    types: SQLITE_LIKE_TYPES,
    // Awaited before the pool hands the connection out; a failure fails that checkout.
    onConnect: async (client) => {
      await client.query(searchPath);
    },
  });
  // A connection the server drops is removed from the pool; the next query opens another.
  return pool;
}

async function createSchema(pool: Pool, schema: string): Promise<void> {
  try {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${escapeIdentifier(schema)}`);
  } catch (error) {
    // Two stores starting together may both try to create it; the loser finds it made.
    const code = (error as { code?: string }).code;
    if (code !== DUPLICATE_SCHEMA && code !== UNIQUE_VIOLATION) throw error;
  }
}
