import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { caseReviewDecider } from '@telemed/domain/case-review';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../infrastructure/command-executor';
import { Clock } from '../infrastructure/tokens';
import { loadVisibleCaseReview, requireCaseReviewScope } from './case-review-access';

export class StartCaseReview {
  constructor(
    readonly caseReviewId: string,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {}
}

/** The scheduled discussion begins; from now on panelists record contributions. */
@CommandHandler(StartCaseReview)
export class StartCaseReviewHandler implements ICommandHandler<StartCaseReview, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  execute({ caseReviewId, user, metadata }: StartCaseReview): Promise<CommandResponse> {
    return this.executor.runFor(caseReviewId, metadata, async (unitOfWork) => {
      const caseReview = await loadVisibleCaseReview(unitOfWork, caseReviewId, user);
      requireCaseReviewScope('case-review.start', user, caseReview.state);
      unitOfWork.record(
        caseReview,
        caseReviewDecider.decide({ type: 'StartCaseReview', startedBy: user.userId, now: this.clock.now() }, caseReview.state),
      );
    });
  }
}
