import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ListRetentionDue } from './retention-due.query';
import type { RetentionDue } from './retention-due';

/** The listing runs once a day; a failed run is tried again sooner, after a growing pause. */
export const RETENTION_CHECK_EVERY_MS = 24 * 60 * 60 * 1000;
const FIRST_CHECK_AFTER_MS = 60 * 1000;
const RETRY_AFTER_MS = [60_000, 5 * 60_000, 30 * 60_000];

/**
 * Lists, on a schedule, the patients whose records have passed the retention period and are under no
 * legal hold, and logs how many there are, so that a person decides (GET /v1/patients/retention-due,
 * `cli retention-due`). It never erases anything. Its errors are logged and the run retried: a
 * failing listing must not stop the process.
 */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Retention');
  private timer?: NodeJS.Timeout;
  private failures = 0;
  private stopped = false;

  constructor(private readonly queries: QueryBus) {}

  onApplicationBootstrap(): void {
    this.schedule(FIRST_CHECK_AFTER_MS);
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** One listing; answers how long to wait before the next. */
  async checkOnce(): Promise<number> {
    try {
      const { items } = await this.queries.execute<ListRetentionDue, { items: RetentionDue[] }>(new ListRetentionDue());
      this.failures = 0;
      if (items.length > 0) this.logger.log(`${items.length} patient(s) have passed the retention period and are under no legal hold: GET /v1/patients/retention-due lists them for a decision`);
      return RETENTION_CHECK_EVERY_MS;
    } catch (error) {
      const pause = RETRY_AFTER_MS[Math.min(this.failures, RETRY_AFTER_MS.length - 1)];
      this.failures += 1;
      this.logger.error(`listing the patients past retention failed (${String(error)}); trying again in ${pause / 1000} s`);
      return pause;
    }
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.checkOnce().then((next) => this.schedule(next)), delay);
    this.timer.unref();
  }
}
