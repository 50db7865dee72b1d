import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { caseReviewDecider } from '@telemed/domain/case-review';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock } from '../infrastructure/tokens';
import { ReasonDto } from '../consultations/decline-consultation';
import { loadVisibleCaseReview } from './case-review-access';

export class DeclineInvitation extends Command<CommandResponse> {
  constructor(
    readonly caseReviewId: string,
    readonly body: ReasonDto,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/** The invited expert (the caller) declines, and says why. */
@CommandHandler(DeclineInvitation)
export class DeclineInvitationHandler implements ICommandHandler<DeclineInvitation, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  execute({ caseReviewId, body, user, metadata }: DeclineInvitation): Promise<CommandResponse> {
    return this.executor.runFor(caseReviewId, metadata, async (unitOfWork) => {
      const caseReview = await loadVisibleCaseReview(unitOfWork, caseReviewId, user);
      unitOfWork.record(
        caseReview,
        caseReviewDecider.decide(
          { type: 'DeclineInvitation', expertId: user.userId, reason: body.reason, declinedBy: user.userId, now: this.clock.now() },
          caseReview.state,
        ),
      );
    });
  }
}
