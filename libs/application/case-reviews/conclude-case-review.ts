import { ApiProperty } from '@nestjs/swagger';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { acceptedPanelists, caseReviewDecider } from '@telemed/domain/case-review';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock } from '../infrastructure/tokens';
import { IsText } from '../requests/dto';
import { finishBookings } from '../network/expert-bookings';
import { loadVisibleCaseReview, requireCaseReviewScope } from './case-review-access';

export class ConcludeCaseReviewDto {
  @ApiProperty({ description: 'the panel\'s conclusion; the receiving side keeps the decision on diagnosis and treatment' })
  @IsText()
  conclusion: string;
}

export class ConcludeCaseReview extends Command<CommandResponse> {
  constructor(
    readonly caseReviewId: string,
    readonly body: ConcludeCaseReviewDto,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/** The conclusion closes a discussion that has started, and frees the unused rest of every panelist's booking. */
@CommandHandler(ConcludeCaseReview)
export class ConcludeCaseReviewHandler implements ICommandHandler<ConcludeCaseReview, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  execute({ caseReviewId, body, user, metadata }: ConcludeCaseReview): Promise<CommandResponse> {
    return this.executor.runFor(caseReviewId, metadata, async (unitOfWork) => {
      const now = this.clock.now();
      const caseReview = await loadVisibleCaseReview(unitOfWork, caseReviewId, user);
      // The state is judged before the role, as when starting.
      const events = caseReviewDecider.decide({ type: 'ConcludeCaseReview', conclusion: body.conclusion, concludedBy: user.userId, now }, caseReview.state);
      requireCaseReviewScope('case-review.conclude', user, caseReview.state);
      unitOfWork.record(caseReview, events);
      const finish = { bookingId: caseReviewId, reason: 'case review concluded', finishedBy: user.userId, now };
      await finishBookings(unitOfWork, finish, acceptedPanelists(caseReview.state));
    });
  }
}
