import type { Database } from 'better-sqlite3';

type Outcome<Result> = { value: Result } | { error: unknown };

// Plain JavaScript, shared with the writer thread (see the file); typed here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { prepareGroupWrites } = require('./sqlite-group-writes') as {
  prepareGroupWrites<Work, Result>(db: Database, write: (work: Work) => Result): (works: Work[]) => Array<Outcome<Result>>;
};

interface Queued<Work, Result> {
  work: Work;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit on one SQLite connection: the writes submitted in one turn of the event loop run in
 * one `BEGIN IMMEDIATE` transaction, each inside a savepoint of its own, so each is still
 * all-or-nothing and may fail alone, while the cost of a commit (the write-ahead log, the locks) is
 * shared. Each caller is answered once the whole group has committed; if the commit itself fails,
 * every write of the group fails with it and nothing of the group was written.
 */
export class SqliteGroupCommit<Work, Result> {
  private readonly group: (works: Work[]) => Array<Outcome<Result>>;
  private queued: Array<Queued<Work, Result>> = [];

  constructor(
    private readonly db: Database,
    write: (work: Work) => Result,
    /** Called after each commit with the writes that succeeded, before their callers are answered. */
    private readonly onCommitted: (committed: Array<{ work: Work; result: Result }>) => void = () => undefined,
  ) {
    this.group = prepareGroupWrites(db, write);
  }

  submit(work: Work): Promise<Result> {
    return new Promise((resolve, reject) => {
      if (this.queued.length === 0) setImmediate(() => this.commit());
      this.queued.push({ work, resolve, reject });
    });
  }

  /** Writes what is queued now, at once; `close` of the owner calls it so that nothing accepted is dropped. */
  commit(): void {
    const queued = this.queued;
    this.queued = [];
    if (queued.length === 0) return;
    let outcomes: Array<Outcome<Result>>;
    try {
      if (!this.db.open) throw new Error('the database is closed');
      outcomes = this.group(queued.map((entry) => entry.work));
    } catch (error) {
      for (const entry of queued) entry.reject(error);
      return;
    }
    const committed = outcomes.flatMap((outcome, index) => ('value' in outcome ? [{ work: queued[index].work, result: outcome.value }] : []));
    if (committed.length > 0) this.onCommitted(committed);
    outcomes.forEach((outcome, index) => ('value' in outcome ? queued[index].resolve(outcome.value) : queued[index].reject(outcome.error)));
  }
}
