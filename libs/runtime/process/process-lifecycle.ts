import { type BackoffOptions, backoffDelay, type LogLine, sleep } from '@telemed/messaging';
import { ConfigError } from '../config/settings';

export interface RetryUntilDoneOptions {
  backoff?: BackoffOptions;
  /** Whether a failure is worth waiting out; one that is not is thrown at once. Every failure, by default. */
  retryable?: (error: unknown) => boolean;
  /** Told of every failure that will be retried (to say in readiness what the process waits for). */
  onFailure?: (error: unknown) => void;
}

/**
 * Runs `work` until it succeeds, waiting with an exponential back-off between failures (Kafka or
 * the database not reachable yet at start-up); gives up only when `signal` aborts, or on a failure
 * that `retryable` says waiting would not mend.
 */
export async function retryUntilDone<T>(what: string, work: () => Promise<T>, log: LogLine, signal: AbortSignal, options: RetryUntilDoneOptions = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (signal.aborted || (options.retryable && !options.retryable(error))) throw error;
      options.onFailure?.(error);
      const retryInMs = backoffDelay(attempt, options.backoff ?? { initialDelayMs: 500, maxDelayMs: 15_000 });
      log('warn', `${what} failed; retrying`, { attempt, retryInMs, error });
      await sleep(retryInMs, signal);
      if (signal.aborted) throw error;
    }
  }
}

/**
 * Runs a long-lived process: `start` brings it up and answers how to shut it down. SIGTERM or
 * SIGINT aborts a start still under way, waits for it, then shuts down once (a second signal, or
 * `graceMs` without an end, exits at once). A configuration error is printed as it is and exits 1.
 */
export function runProcess(log: LogLine, start: (stopping: AbortSignal) => Promise<() => Promise<void>>, graceMs = 30_000): void {
  const stopping = new AbortController();
  let exiting = false;
  // A rejection nobody handled is a bug of one batch or one timer: logged, and the loops go on. An
  // uncaught exception may have left state half-changed: exit non-zero for the supervisor to restart.
  process.on('unhandledRejection', (reason) => log('error', 'unhandled rejection; the process stays up', { error: reason }));
  process.on('uncaughtException', (error) => {
    log('error', 'uncaught exception; exiting for the supervisor to restart the process', { error, stack: error.stack });
    process.exit(70);
  });

  const started = start(stopping.signal).catch((error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    if (stopping.signal.aborted) return undefined;
    log('error', 'start-up failed', { error, stack: error instanceof Error ? error.stack : undefined });
    process.exit(1);
  });

  const shutDown = async () => {
    if (exiting) process.exit(1);
    exiting = true;
    stopping.abort();
    setTimeout(() => {
      log('error', `shutdown took longer than ${graceMs} ms; exiting`);
      process.exit(1);
    }, graceMs).unref();
    let code = 0;
    try {
      await (await started)?.();
    } catch (error) {
      log('error', 'shutdown failed', { error });
      code = 1;
    }
    process.exit(code);
  };

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      log('info', `${signal} received; shutting down`);
      void shutDown();
    });
  }
}
