import type { Database } from 'better-sqlite3';
import { DuplicateEvent, VersionConflict } from '../event-store.errors';
import type { ExpectedRevision } from '../event-store.port';
import { SqliteGroupCommit } from './group-commit';

/** An event as the writer takes it: data and metadata already JSON, so that a thread boundary copies strings. */
export interface EncodedEvent {
  eventId: string;
  type: string;
  schemaVersion: number;
  data: string;
  metadata: string;
}

/** One call of `appendToStreams`: written all-or-nothing. */
export type EncodedAppend = Array<{ streamId: string; expectedRevision: ExpectedRevision; events: EncodedEvent[] }>;

/** What an append wrote: per stream, in the order asked, the positions of its events. */
export interface WrittenAppend {
  recordedAt: string;
  streams: Array<{ streamId: string; nextExpectedRevision: number; lastPosition: bigint; positions: bigint[] }>;
}

/** Called after each commit with the appends that succeeded, before their callers are answered. */
export type OnCommitted = (committed: Array<{ append: EncodedAppend; written: WrittenAppend }>) => void;

/** Where the store's appends are group-committed: a writer thread, or the store's own thread. */
export interface SqliteAppendWriter {
  write(append: EncodedAppend): Promise<WrittenAppend>;
  /** Commits every append accepted so far, then lets go of the file. */
  close(): Promise<void>;
}

/** A refusal as sqlite-append-writes.js throws it, plain data so that it can cross a thread. */
export type AppendRefusal =
  | { kind: 'version-conflict'; streamId: string; expectedRevision: ExpectedRevision; actualRevision: number | 'no-stream' }
  | { kind: 'duplicate-event'; eventId: string };

// Plain JavaScript, shared with the writer thread (see the file); typed here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { prepareAppendWrites } = require('./sqlite-append-writes') as {
  prepareAppendWrites(db: Database): (append: EncodedAppend) => WrittenAppend;
};

/** The store's typed error for a refusal; any other error as it came. */
export function appendErrorOf(error: unknown): unknown {
  const refusal = (error as { refusal?: AppendRefusal } | undefined)?.refusal;
  if (refusal?.kind === 'version-conflict') return new VersionConflict(refusal.streamId, refusal.expectedRevision, refusal.actualRevision);
  if (refusal?.kind === 'duplicate-event') return new DuplicateEvent(refusal.eventId);
  return error;
}

/**
 * Appends group-committed on the store's own connection, for a store whose commits do not wait for
 * the disk to sync: an in-memory one (which a second connection could not open), or one that is
 * not durable.
 */
export class SqliteAppendsInThread implements SqliteAppendWriter {
  private readonly appends: SqliteGroupCommit<EncodedAppend, WrittenAppend>;

  constructor(db: Database, onCommitted: OnCommitted) {
    this.appends = new SqliteGroupCommit(db, prepareAppendWrites(db), (committed) =>
      onCommitted(committed.map(({ work, result }) => ({ append: work, written: result }))),
    );
  }

  write(append: EncodedAppend): Promise<WrittenAppend> {
    return this.appends.submit(append).catch((error: unknown) => Promise.reject(appendErrorOf(error)));
  }

  async close(): Promise<void> {
    this.appends.commit();
  }
}
