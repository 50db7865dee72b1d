import { ApiProperty } from '@nestjs/swagger';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { caseReviewDecider } from '@telemed/domain/case-review';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../infrastructure/command-executor';
import { Clock } from '../infrastructure/tokens';
import { IsText } from '../http/dto';
import { loadVisibleCaseReview, requireCaseReviewScope } from './case-review-access';

export class ConcludeCaseReviewDto {
  @ApiProperty({ description: 'the panel\'s conclusion; the receiving side keeps the decision on diagnosis and treatment' })
  @IsText()
  conclusion: string;
}

export class ConcludeCaseReview {
  constructor(
    readonly caseReviewId: string,
    readonly body: ConcludeCaseReviewDto,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {}
}

/** The conclusion closes a discussion that has started. */
@CommandHandler(ConcludeCaseReview)
export class ConcludeCaseReviewHandler implements ICommandHandler<ConcludeCaseReview, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  execute({ caseReviewId, body, user, metadata }: ConcludeCaseReview): Promise<CommandResponse> {
    return this.executor.runFor(caseReviewId, metadata, async (unitOfWork) => {
      const caseReview = await loadVisibleCaseReview(unitOfWork, caseReviewId, user);
      requireCaseReviewScope('case-review.conclude', user, caseReview.state);
      unitOfWork.record(
        caseReview,
        caseReviewDecider.decide(
          { type: 'ConcludeCaseReview', conclusion: body.conclusion, concludedBy: user.userId, now: this.clock.now() },
          caseReview.state,
        ),
      );
    });
  }
}
