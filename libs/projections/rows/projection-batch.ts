import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { SqlExecutor, SqlValue } from '../read-model-store';
import { keyOf, type ReadModelTable, rowProblem, type TableRow, valuesOf } from './read-model-table';

/** Who changed a row last in the batch: named when that row cannot be written. */
interface Author {
  event: RecordedEvent;
  projection: string;
}

/**
 * What the batch knows of one row. `stored` is what the database holds as far as the batch knows
 * (undefined: no row); `row` what the batch makes of it. `unverified`: inserted without reading
 * first, so the database may hold a row already (then that row stands, as INSERT ... ON CONFLICT
 * DO NOTHING would have left it).
 */
interface Entry {
  key: SqlValue[];
  row: TableRow | undefined;
  changed: boolean;
  unverified: boolean;
  author?: Author;
}

/** A projection's event applied to a batch failed; the batch writes nothing. */
export class ProjectionFailed extends Error {
  /** Names the event and the projection; `cause` is what went wrong. */
  constructor(
    readonly event: RecordedEvent,
    readonly projection: string,
    override readonly cause: unknown,
  ) {
    super(`projection "${projection}" failed on ${event.type} ${event.eventId}: ${describe(cause)}`);
    this.name = 'ProjectionFailed';
  }
}

const REASON_LIMIT = 500;

function describe(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > REASON_LIMIT ? `${text.slice(0, REASON_LIMIT)}…` : text;
}

const SINGLE = '\u0000';
const textOfKey = (key: readonly SqlValue[]) => (key.length === 1 ? String(key[0]) : key.map(String).join(SINGLE));

/** One table's rows as the batch holds them. */
export class BatchTable<Row extends TableRow = TableRow> {
  private readonly entries = new Map<string, Entry>();

  constructor(
    readonly table: ReadModelTable<Row>,
    private readonly batch: ProjectionBatch,
  ) {}

  private keyText(key: SqlValue | readonly SqlValue[]): string {
    return textOfKey(Array.isArray(key) ? (key as SqlValue[]) : [key as SqlValue]);
  }

  /** Reads the rows of `keys` the batch does not know yet, in one statement; a projection calls it before its events need them. */
  async prefetch(keys: ReadonlyArray<SqlValue | readonly SqlValue[]>): Promise<void> {
    const wanted = new Map<string, SqlValue[]>();
    for (const key of keys) {
      const values = Array.isArray(key) ? (key as SqlValue[]) : [key as SqlValue];
      if (values.some((value) => value === undefined || value === null)) continue;
      const text = textOfKey(values);
      const known = this.entries.get(text);
      if ((!known || known.unverified) && !wanted.has(text)) wanted.set(text, values);
    }
    if (wanted.size === 0) return;
    const rows = await this.batch.db.readRows(this.table, [...wanted.values()]);
    const found = new Map(rows.map((row) => [textOfKey(keyOf(this.table, row)), row]));
    for (const [text, key] of wanted) this.settle(text, key, found.get(text));
  }

  /** Takes what the database holds for a key the batch had not read. */
  private settle(text: string, key: SqlValue[], stored: TableRow | undefined): Entry {
    const known = this.entries.get(text);
    if (!known) {
      const entry: Entry = { key, row: stored, changed: false, unverified: false };
      this.entries.set(text, entry);
      return entry;
    }
    if (known.unverified) {
      known.unverified = false;
      // The insert found a row already there: that row stands.
      if (stored) {
        known.row = stored;
        known.changed = false;
        known.author = undefined;
      }
    }
    return known;
  }

  private async entry(key: SqlValue | readonly SqlValue[]): Promise<Entry> {
    const text = this.keyText(key);
    const known = this.entries.get(text);
    if (known && !known.unverified) return known;
    const values = Array.isArray(key) ? (key as SqlValue[]) : [key as SqlValue];
    const [stored] = await this.batch.db.readRows(this.table, [values]);
    return this.settle(text, values, stored);
  }

  /** The row as the batch has made it so far, or as stored; undefined when there is none. */
  async get(key: SqlValue | readonly SqlValue[]): Promise<Readonly<Row> | undefined> {
    return (await this.entry(key)).row as Row | undefined;
  }

  private set(text: string, entry: Entry, row: TableRow): void {
    // A value left undefined is bound as NULL, as a statement's parameter would be.
    for (const column of this.table.columns) if (row[column.name] === undefined) row[column.name] = null;
    const problem = rowProblem(this.table, row);
    if (problem) {
      const { author } = this.batch;
      throw author ? new ProjectionFailed(author.event, author.projection, new Error(problem)) : new Error(problem);
    }
    entry.row = row;
    entry.changed = true;
    entry.author = this.batch.author;
    this.entries.set(text, entry);
  }

  /** A whole row from the values given and the table's defaults for the rest. */
  private whole(values: Partial<Row>): TableRow {
    const row: TableRow = {};
    for (const column of this.table.columns) {
      const value = values[column.name];
      row[column.name] = value === undefined ? column.initial : (value as SqlValue);
    }
    return row;
  }

  /**
   * Inserts a row unless one with its key exists (INSERT ... ON CONFLICT DO NOTHING), without
   * reading first: the row the batch knows stands; an unknown one is checked only if the batch
   * reads it again, or when written.
   */
  insertIfAbsent(values: Partial<Row>): void {
    const row = this.whole(values);
    const text = textOfKey(keyOf(this.table, row));
    const known = this.entries.get(text);
    if (known?.row) return;
    this.set(text, known ?? { key: keyOf(this.table, row), row: undefined, changed: false, unverified: true }, row);
  }

  /** Inserts a row unless one with its key exists; true when it was new. */
  async insert(values: Partial<Row>): Promise<boolean> {
    const row = this.whole(values);
    const key = keyOf(this.table, row);
    const entry = await this.entry(key);
    if (entry.row) return false;
    this.set(textOfKey(key), entry, row);
    return true;
  }

  /** Replaces the row with this key, or inserts it (INSERT ... ON CONFLICT DO UPDATE): nothing to read first. */
  put(values: Partial<Row>): void {
    const row = this.whole(values);
    const key = keyOf(this.table, row);
    const text = textOfKey(key);
    const entry = this.entries.get(text) ?? { key, row: undefined, changed: false, unverified: false };
    entry.unverified = false;
    this.set(text, entry, row);
  }

  /**
   * Changes the row with this key, if there is one: `change` answers the columns to set (or
   * undefined to leave it as it is). True when the row was changed.
   */
  async update(key: SqlValue | readonly SqlValue[], change: Partial<Row> | ((row: Readonly<Row>) => Partial<Row> | undefined)): Promise<boolean> {
    const entry = await this.entry(key);
    if (!entry.row) return false;
    const changes = typeof change === 'function' ? change(entry.row as Row) : change;
    if (!changes) return false;
    this.set(this.keyText(key), entry, { ...entry.row, ...(changes as TableRow) });
    return true;
  }

  /** Deletes the row with this key, if there is one. */
  delete(key: SqlValue | readonly SqlValue[]): void {
    const text = this.keyText(key);
    const known = this.entries.get(text);
    if (known && !known.unverified && !known.row) return;
    // An unverified insert deleted again: whatever the database holds goes too.
    const entry: Entry = known ?? { key: Array.isArray(key) ? [...(key as SqlValue[])] : [key as SqlValue], row: undefined, changed: false, unverified: false };
    entry.row = undefined;
    entry.unverified = false;
    entry.changed = true;
    entry.author = this.batch.author;
    this.entries.set(text, entry);
  }

  /** The rows to write, each with who changed it, in key order. */
  pending(): { inserts: Array<[TableRow, Author?]>; upserts: Array<[TableRow, Author?]>; deletes: Array<[SqlValue[], Author?]> } {
    const inserts: Array<[TableRow, Author?]> = [];
    const upserts: Array<[TableRow, Author?]> = [];
    const deletes: Array<[SqlValue[], Author?]> = [];
    const texts = [...this.entries.keys()].sort();
    for (const text of texts) {
      const entry = this.entries.get(text)!;
      if (!entry.changed) continue;
      if (!entry.row) deletes.push([entry.key, entry.author]); else if (entry.unverified) inserts.push([entry.row, entry.author]);
      else upserts.push([entry.row, entry.author]);
    }
    return { inserts, upserts, deletes };
  }

  /** Forgets every row: after they are written, or after a statement changed the table behind the batch's back. */
  clear(): void {
    this.entries.clear();
  }
}

/**
 * A batch of events folded into the rows they change before anything is written: each changed row
 * is written once, with multi-row statements, and reads inside the batch come from its own rows
 * first. A row is checked against its table when it is made, so a bad value names its event.
 */
export class ProjectionBatch {
  private readonly tables = new Map<string, BatchTable<any>>();
  /** The event being applied, and by which projection. */
  author?: Author;

  constructor(readonly db: SqlExecutor) {}

  rows<Row extends TableRow>(table: ReadModelTable<Row>): BatchTable<Row> {
    let rows = this.tables.get(table.name);
    if (!rows) {
      rows = new BatchTable(table, this);
      this.tables.set(table.name, rows);
    }
    return rows as BatchTable<Row>;
  }

  /**
   * A set-based statement a fold of rows by key does not express (an erasure over every row of a
   * patient): the batch's changes to `tables` are written first, and forgotten after.
   */
  async statement(tables: ReadonlyArray<ReadModelTable<any>>, sql: string, params: SqlValue[]): Promise<void> {
    for (const table of tables) await this.writeTable(this.rows(table));
    await this.db.run(sql, params);
    for (const table of tables) this.rows(table).clear();
  }

  private async writeTable(rows: BatchTable<any>): Promise<void> {
    const { inserts, upserts, deletes } = rows.pending();
    const { table } = rows;
    if (deletes.length > 0) this.db.deleteRows(table, deletes.map(([key]) => key));
    if (inserts.length > 0) this.db.writeRows(table, inserts.map(([row]) => valuesOf(table, row)), 'ignore');
    if (upserts.length > 0) this.db.writeRows(table, upserts.map(([row]) => valuesOf(table, row)), 'update');
    rows.clear();
  }

  /**
   * Writes every changed row. Should the database refuse one (rows are checked as they are made,
   * so this is rare), the rows are written again one at a time in the order of the events that
   * made them, to name the event.
   */
  async write(): Promise<void> {
    const pending = [...this.tables.values()].map((rows) => ({ rows, ...rows.pending() }));
    // Sent with the writes, so that the batch waits for the server once: should a write fail, the
    // release fails too and the savepoint is still there to roll back to.
    this.db.write('SAVEPOINT projection_rows');
    try {
      for (const { rows } of pending) await this.writeTable(rows);
      this.db.write('RELEASE SAVEPOINT projection_rows');
      await this.db.flush();
    } catch (error) {
      await this.db.flush().catch(() => undefined);
      await this.db.run('ROLLBACK TO SAVEPOINT projection_rows');
      await this.blame(pending);
      throw error;
    }
  }

  private async blame(pending: Array<{ rows: BatchTable<any> } & ReturnType<BatchTable['pending']>>): Promise<void> {
    type Single = { author?: Author; write: () => void };
    const singles: Single[] = [];
    for (const { rows, inserts, upserts, deletes } of pending) {
      const { table } = rows;
      for (const [key, author] of deletes) singles.push({ author, write: () => this.db.deleteRows(table, [key]) });
      for (const [row, author] of inserts) singles.push({ author, write: () => this.db.writeRows(table, [valuesOf(table, row)], 'ignore') });
      for (const [row, author] of upserts) singles.push({ author, write: () => this.db.writeRows(table, [valuesOf(table, row)], 'update') });
    }
    singles.sort((left, right) => Number((left.author?.event.globalPosition ?? 0n) - (right.author?.event.globalPosition ?? 0n)));
    for (const single of singles) {
      try {
        single.write();
        await this.db.flush();
      } catch (error) {
        if (single.author) throw new ProjectionFailed(single.author.event, single.author.projection, error);
        throw error;
      }
    }
  }
}
