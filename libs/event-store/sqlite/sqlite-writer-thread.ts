import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import { appendErrorOf, type AppendRefusal, type EncodedAppend, type OnCommitted, type SqliteAppendWriter, type WrittenAppend } from './sqlite-append-writer';

/** An error as the writer thread describes it (sqlite-writer.worker.js). */
type DescribedError = { refusal: AppendRefusal } | { name?: string; code?: string; message: string };

type Answer = { outcomes: Array<{ written: WrittenAppend } | { error: DescribedError }> } | { failed: DescribedError };

interface Pending {
  append: EncodedAppend;
  resolve: (written: WrittenAppend) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit on a thread of its own: a commit of a durable store waits for the disk to sync
 * (milliseconds, tens under load), and on the store's thread that wait would stop every request.
 * The appends made while a group commits gather into the next group, which is posted when the
 * answer comes, so one group is in flight at a time and each caller is answered once its group is
 * durably committed. The thread holds its own connection to the file; the store reads on its own
 * connection, which WAL lets go on while the thread writes.
 */
export class SqliteWriterThread implements SqliteAppendWriter {
  private readonly worker: Worker;
  private gathering: Pending[] = [];
  private inFlight: Pending[] | undefined;
  private postScheduled = false;
  /** Set when the thread has ended: every append after it fails with this. */
  private stopped: Error | undefined;
  private closing: Promise<void> | undefined;
  private readonly whenIdle: Array<() => void> = [];

  constructor(
    filePath: string,
    pragmas: string[],
    private readonly onCommitted: OnCommitted,
  ) {
    this.worker = new Worker(join(__dirname, 'sqlite-writer.worker.js'), { workerData: { filePath, pragmas } });
    // Only work under way keeps the process alive, as a store without a thread never did.
    this.worker.unref();
    this.worker.on('message', (answer: Answer) => this.settle(answer));
    this.worker.on('error', (error) => this.stop(error));
    this.worker.on('exit', (code) => this.stop(new Error(`the event store's writer thread has ended (exit code ${code})`)));
  }

  write(append: EncodedAppend): Promise<WrittenAppend> {
    if (this.stopped) return Promise.reject(this.stopped);
    return new Promise((resolve, reject) => {
      this.gathering.push({ append, resolve, reject });
      this.worker.ref();
      // The appends of this turn of the event loop go together.
      if (!this.inFlight && !this.postScheduled) {
        this.postScheduled = true;
        setImmediate(() => {
          this.postScheduled = false;
          this.post();
        });
      }
    });
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      await new Promise<void>((resolve) => {
        this.whenIdle.push(resolve);
        this.post();
        this.notifyIfIdle();
      });
      if (this.stopped) return;
      const exited = new Promise((resolve) => this.worker.once('exit', resolve));
      this.worker.ref();
      this.worker.postMessage({ close: true });
      await exited;
    })();
    return this.closing;
  }

  private post(): void {
    if (this.inFlight || this.gathering.length === 0 || this.stopped) return;
    this.inFlight = this.gathering;
    this.gathering = [];
    this.worker.postMessage({ appends: this.inFlight.map((pending) => pending.append) });
  }

  private settle(answer: Answer): void {
    const group = this.inFlight ?? [];
    this.inFlight = undefined;
    if ('failed' in answer) {
      const error = rebuiltError(answer.failed);
      for (const pending of group) pending.reject(error);
    } else {
      const committed = answer.outcomes.flatMap((outcome, index) => ('written' in outcome ? [{ append: group[index].append, written: outcome.written }] : []));
      if (committed.length > 0) this.onCommitted(committed);
      answer.outcomes.forEach((outcome, index) =>
        'written' in outcome ? group[index].resolve(outcome.written) : group[index].reject(rebuiltError(outcome.error)),
      );
    }
    this.post();
    this.notifyIfIdle();
  }

  private stop(error: Error): void {
    if (this.stopped) return;
    this.stopped = this.closing ? new Error('the event store is closed') : error;
    for (const pending of [...(this.inFlight ?? []), ...this.gathering]) pending.reject(error);
    this.inFlight = undefined;
    this.gathering = [];
    this.notifyIfIdle();
  }

  private notifyIfIdle(): void {
    if (this.inFlight || this.gathering.length > 0) return;
    this.worker.unref();
    for (const resolve of this.whenIdle.splice(0)) resolve();
  }
}

/** The error the caller would have had from the driver on its own thread (or the store's typed refusal). */
function rebuiltError(described: DescribedError): unknown {
  if ('refusal' in described) return appendErrorOf(described);
  const { name, code, message } = described;
  if (name === 'SqliteError' && code) return new BetterSqlite3.SqliteError(message, code);
  return Object.assign(new Error(message), code === undefined ? {} : { code });
}
