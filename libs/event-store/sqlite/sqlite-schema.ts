import type { Database, Statement } from 'better-sqlite3';
import type { LogFilter } from '../event-store.port';
import { NewerSchemaVersion } from '../event-store.errors';

/** Bumped by each migration; kept in SQLite's `user_version` header field. */
export const SQLITE_EVENT_STORE_SCHEMA_VERSION = 1;

/** One migration per schema version; index i takes a file from version i to i + 1. */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE events (
    global_position INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id        TEXT    NOT NULL UNIQUE,
    stream_id       TEXT    NOT NULL,
    stream_revision INTEGER NOT NULL,
    type            TEXT    NOT NULL,
    schema_version  INTEGER NOT NULL,
    data            TEXT    NOT NULL,
    metadata        TEXT    NOT NULL,
    recorded_at     TEXT    NOT NULL,
    UNIQUE (stream_id, stream_revision)
  );
  CREATE INDEX events_by_type ON events (type);
  CREATE TABLE streams (
    stream_id TEXT    PRIMARY KEY,
    revision  INTEGER NOT NULL
  ) WITHOUT ROWID;
  `,
];

const DURABLE_COMMITS = 'synchronous = FULL';

export function configureConnection(db: Database, { durable = true } = {}): void {
  for (const pragma of connectionPragmas({ durable })) db.pragma(pragma);
}

/**
 * The settings of every connection to the event log, in order: the store's own and its writer
 * thread's, which opens the file anew.
 */
export function connectionPragmas({ durable = true } = {}): string[] {
  return [
    // First, so that switching a new file to WAL waits for a concurrent opener instead of failing.
    'busy_timeout = 5000',
    'journal_mode = WAL',
    durable ? DURABLE_COMMITS : 'synchronous = NORMAL',
    'cache_size = -65536',
  ];
}

/**
 * An acknowledged write must survive a power cut or an operating-system crash, not only a killed
 * process: with FULL, each commit syncs the write-ahead log before it returns (NORMAL, the WAL
 * default of this driver, syncs only at checkpoints, so the last commits can vanish). Appends are
 * group-committed, so the commands arriving together share one sync.
 */
export function makeCommitsDurable(db: Database): void {
  db.pragma(DURABLE_COMMITS);
}

/** Brings the file up to the current schema; refuses a file written by a newer version. */
export function migrate(db: Database): void {
  db.transaction(() => {
    const fileVersion = db.pragma('user_version', { simple: true }) as number;
    if (fileVersion > SQLITE_EVENT_STORE_SCHEMA_VERSION) {
      throw new NewerSchemaVersion(`the event store file ${db.name}`, fileVersion, SQLITE_EVENT_STORE_SCHEMA_VERSION);
    }
    for (let version = fileVersion; version < SQLITE_EVENT_STORE_SCHEMA_VERSION; version++) {
      db.exec(MIGRATIONS[version]);
    }
    db.pragma(`user_version = ${SQLITE_EVENT_STORE_SCHEMA_VERSION}`);
  }).immediate();
}

/** A row of `events` as read with safe integers: every INTEGER column arrives as a bigint. */
export interface EventRow {
  global_position: bigint;
  event_id: string;
  stream_id: string;
  stream_revision: bigint;
  type: string;
  schema_version: bigint;
  data: string;
  metadata: string;
  recorded_at: string;
}

const EVENT_COLUMNS =
  'global_position, event_id, stream_id, stream_revision, type, schema_version, data, metadata, recorded_at';

/** The reads, prepared once per connection (the writes are sqlite-append-writes.js); every statement reads integers as bigint. */
export class SqliteStatements {
  readonly headPosition: Statement<[], { head: bigint }>;
  readonly readStreamForwards: Statement<[string, number, number], EventRow>;
  readonly readStreamBackwards: Statement<[string, number, number], EventRow>;
  private readonly readAllByFilterShape = new Map<string, Statement<unknown[], EventRow>>();

  constructor(private readonly db: Database) {
    this.headPosition = this.prepare('SELECT COALESCE(MAX(global_position), 0) AS head FROM events');
    // LIMIT -1 means no limit in SQLite.
    this.readStreamForwards = this.prepare(
      `SELECT ${EVENT_COLUMNS} FROM events
       WHERE stream_id = ? AND stream_revision >= ? ORDER BY stream_revision ASC LIMIT ?`,
    );
    this.readStreamBackwards = this.prepare(
      `SELECT ${EVENT_COLUMNS} FROM events
       WHERE stream_id = ? AND stream_revision <= ? ORDER BY stream_revision DESC LIMIT ?`,
    );
  }

  /**
   * The readAll statement for a filter of this shape, prepared on first use. Parameters: after,
   * the event types, each prefix twice, maxCount.
   * Prefixes compare by `substr` rather than LIKE: LIKE ignores ASCII case and needs %/_ escaped.
   */
  readAll(filter: LogFilter | undefined): Statement<unknown[], EventRow> {
    const typeCount = filter?.eventTypes?.length ?? 0;
    const prefixCount = filter?.streamPrefixes?.length ?? 0;
    const shape = `${typeCount}:${prefixCount}`;
    let statement = this.readAllByFilterShape.get(shape);
    if (!statement) {
      const conditions = ['global_position > ?'];
      // One type reads `events_by_type` in position order. Several would make the planner take every
      // later event of each type from that index and sort them all, on every batch; `+type` keeps it
      // on the position range instead.
      if (typeCount === 1) conditions.push('type = ?');
      if (typeCount > 1) conditions.push(`+type IN (${Array(typeCount).fill('?').join(', ')})`);
      if (prefixCount > 0) {
        conditions.push(`(${Array(prefixCount).fill('substr(stream_id, 1, length(?)) = ?').join(' OR ')})`);
      }
      statement = this.prepare<unknown[], EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE ${conditions.join(' AND ')} ORDER BY global_position ASC LIMIT ?`,
      );
      this.readAllByFilterShape.set(shape, statement);
    }
    return statement;
  }

  private prepare<Params extends unknown[], Row = unknown>(sql: string): Statement<Params, Row> {
    return this.db.prepare<Params, Row>(sql).safeIntegers(true);
  }
}
