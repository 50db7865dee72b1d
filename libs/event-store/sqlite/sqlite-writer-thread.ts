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
  /** Started for the first group, and again for the next group after a thread has ended. */
  private worker: Worker | undefined;
  private gathering: Pending[] = [];
  private inFlight: Pending[] | undefined;
  private postScheduled = false;
  /** Set once the store closes: every append after it fails with this. */
  private closed: Error | undefined;
  private closing: Promise<void> | undefined;
  private readonly whenIdle: Array<() => void> = [];

  constructor(
    private readonly filePath: string,
    private readonly pragmas: string[],
    private readonly onCommitted: OnCommitted,
  ) {}

  write(append: EncodedAppend): Promise<WrittenAppend> {
    if (this.closed) return Promise.reject(this.closed);
    return new Promise((resolve, reject) => {
      this.gathering.push({ append, resolve, reject });
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
      this.closed = new Error('the event store is closed');
      const worker = this.worker;
      if (!worker) return;
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.ref();
      worker.postMessage({ close: true });
      await exited;
    })();
    return this.closing;
  }

  private start(): Worker {
    const worker = new Worker(join(__dirname, 'sqlite-writer.worker.js'), { workerData: { filePath: this.filePath, pragmas: this.pragmas } });
    worker.on('message', (answer: Answer) => this.settle(answer));
    worker.on('error', (error) => this.ended(worker, error));
    worker.on('exit', (code) => this.ended(worker, new Error(`the event store's writer thread has ended (exit code ${code})`)));
    return worker;
  }

  private post(): void {
    if (this.inFlight || this.gathering.length === 0 || this.closed) return;
    this.worker ??= this.start();
    // Only work under way keeps the process alive, as a store without a thread never did.
    this.worker.ref();
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

  /**
   * A thread that ends unasked (it could not open the file, or it died) fails the group it held:
   * whether that group committed cannot be known here, so its callers are told it failed, as a
   * crash would tell them. The appends still gathering were never sent; they go to a new thread,
   * as does every later append, so one lost thread does not stop the store.
   */
  private ended(worker: Worker, error: Error): void {
    if (worker !== this.worker) return;
    this.worker = undefined;
    const group = this.inFlight ?? [];
    this.inFlight = undefined;
    for (const pending of group) pending.reject(this.closed ?? error);
    if (this.closed) {
      for (const pending of this.gathering.splice(0)) pending.reject(this.closed);
    } else {
      this.post();
    }
    this.notifyIfIdle();
  }

  private notifyIfIdle(): void {
    if (this.inFlight || this.gathering.length > 0) return;
    this.worker?.unref();
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
