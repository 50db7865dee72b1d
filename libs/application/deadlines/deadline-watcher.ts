import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { ICommand } from '@nestjs/cqrs';
import { Commands } from '../commands/commands';
import type { DeadlineKind } from '@telemed/domain/core';
import { dueCaseReviewDeadlines, dueDeadlines, type ReadModelStore } from '@telemed/projections';
import type { AppConfig } from '@telemed/runtime';
import { APP_CONFIG, Clock, READ_MODELS } from '../infrastructure/tokens';
import { RecordOverdueDeadline } from '../consultations/deadlines/record-overdue-deadline';
import { RecordOverdueCaseReviewDeadline } from '../case-reviews/record-overdue-case-review-deadline';
import type { RecordedOverdue } from './recorded-overdue';

/** How many due deadlines one pass records at most per kind of case; the next pass takes the rest. */
const BATCH = 100;

/** Where one kind of case keeps its running deadlines, and the command that records one overdue. */
interface DeadlineSource {
  due(db: ReadModelStore, now: string, limit: number): Promise<Array<{ id: string; kind: DeadlineKind }>>;
  record(id: string, kind: DeadlineKind): ICommand;
}

const SOURCES: readonly DeadlineSource[] = [
  {
    due: async (db, now, limit) => (await dueDeadlines(db, now, limit)).map(({ consultationId, kind }) => ({ id: consultationId, kind })),
    record: (id, kind) => new RecordOverdueDeadline(id, kind),
  },
  {
    due: async (db, now, limit) => (await dueCaseReviewDeadlines(db, now, limit)).map(({ caseReviewId, kind }) => ({ id: caseReviewId, kind })),
    record: (id, kind) => new RecordOverdueCaseReviewDeadline(id, kind),
  },
];

/**
 * Records each consultation and case review deadline that has passed (`ConsultationResponseOverdue`,
 * `ConsultationOpinionOverdue`, `CaseReviewResponseOverdue`, `CaseReviewConclusionOverdue`), polling
 * the running-deadlines read models: derived from the log, so a restart loses none. Each is decided
 * on its case's stream and appended at the revision it was read at, so when several API processes
 * find the same deadline, one event is written: the others meet a version conflict, decide again on
 * the new state, and find nothing left to record.
 */
@Injectable()
export class DeadlineWatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Deadlines');
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private running?: Promise<number>;

  constructor(
    private readonly commands: Commands,
    private readonly clock: Clock,
    @Inject(READ_MODELS) private readonly readModels: ReadModelStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.deadlineCheckIntervalMs > 0) this.schedule(this.config.deadlineCheckIntervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One pass: records every deadline due by now; answers how many overdue events it wrote. */
  recordDue(): Promise<number> {
    // One pass at a time in this process; other processes are kept apart by the expected revision.
    this.running = (this.running ?? Promise.resolve(0)).catch(() => 0).then(() => this.pass());
    return this.running;
  }

  private async pass(): Promise<number> {
    const now = this.clock.now();
    let written = 0;
    for (const source of SOURCES) written += await this.passOver(source, now);
    return written;
  }

  private async passOver(source: DeadlineSource, now: string): Promise<number> {
    let written = 0;
    for (;;) {
      const due = await source.due(this.readModels, now, BATCH);
      let progressed = 0;
      for (const { id, kind } of due) {
        const outcome = await this.commands.execute<RecordedOverdue>(source.record(id, kind));
        written += outcome.eventCount;
        progressed += outcome.eventCount;
      }
      // Deadlines already recorded elsewhere stay listed until the read model catches up: stop rather than spin.
      if (due.length < BATCH || progressed === 0) return written;
    }
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.recordDue()
        .then((written) => written > 0 && this.logger.log(`${written} deadline(s) recorded overdue`))
        .catch((error) => this.logger.error(`recording overdue deadlines failed (${String(error)}); trying again at the next pass`))
        .finally(() => this.schedule(this.config.deadlineCheckIntervalMs));
    }, delay);
    this.timer.unref();
  }
}
