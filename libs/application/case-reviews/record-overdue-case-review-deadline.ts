import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { caseReviewDecider, caseReviewStreamId } from '@telemed/domain/case-review';
import type { DeadlineKind } from '@telemed/domain/core';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor } from '../commands/command-executor';
import { Clock } from '../infrastructure/tokens';
import { deadlineWatcherMetadata } from '../deadlines/deadline-watcher-metadata';
import type { RecordedOverdue } from '../deadlines/recorded-overdue';

/**
 * Records that one of a case review's deadlines has passed, if it has by now and is still unmet
 * and unrecorded; otherwise writes nothing. The deadline watcher sends it for each due deadline it
 * finds, and the scenario generator when its simulated time passes one.
 */
export class RecordOverdueCaseReviewDeadline extends Command<RecordedOverdue> {
  constructor(
    readonly caseReviewId: string,
    readonly deadline: DeadlineKind,
    readonly metadata: EventMetadata = deadlineWatcherMetadata(),
  ) {
    super();
  }
}

@CommandHandler(RecordOverdueCaseReviewDeadline)
export class RecordOverdueCaseReviewDeadlineHandler implements ICommandHandler<RecordOverdueCaseReviewDeadline, RecordedOverdue> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  async execute({ caseReviewId, deadline, metadata }: RecordOverdueCaseReviewDeadline): Promise<RecordedOverdue> {
    const now = this.clock.now();
    const outcome = await this.executor.run(metadata, async (unitOfWork) => {
      const caseReview = await unitOfWork.load(caseReviewStreamId(caseReviewId), caseReviewDecider);
      unitOfWork.record(caseReview, caseReviewDecider.decide({ type: 'RecordCaseReviewOverdue', deadline, now }, caseReview.state));
    });
    return { id: caseReviewId, position: outcome.position.toString(), eventCount: outcome.eventCount };
  }
}
