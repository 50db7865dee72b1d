import { ApiProperty } from '@nestjs/swagger';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { caseReviewDecider } from '@telemed/domain/case-review';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock } from '../infrastructure/tokens';
import { IsText } from '../requests/dto';
import { loadVisibleCaseReview } from './case-review-access';

export class RecordContributionDto {
  @ApiProperty({ description: 'the panelist\'s opinion on the case, recorded under their name' })
  @IsText()
  opinion: string;
}

export class RecordContribution extends Command<CommandResponse> {
  constructor(
    readonly caseReviewId: string,
    readonly body: RecordContributionDto,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/** A contribution is the caller's own: the decider refuses anyone who is not an accepted panelist. */
@CommandHandler(RecordContribution)
export class RecordContributionHandler implements ICommandHandler<RecordContribution, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  execute({ caseReviewId, body, user, metadata }: RecordContribution): Promise<CommandResponse> {
    return this.executor.runFor(caseReviewId, metadata, async (unitOfWork) => {
      const caseReview = await loadVisibleCaseReview(unitOfWork, caseReviewId, user);
      unitOfWork.record(
        caseReview,
        caseReviewDecider.decide(
          { type: 'RecordContribution', expertId: user.userId, opinion: body.opinion, recordedBy: user.userId, now: this.clock.now() },
          caseReview.state,
        ),
      );
    });
  }
}
