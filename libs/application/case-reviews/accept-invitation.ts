import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { caseReviewDecider } from '@telemed/domain/case-review';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock } from '../infrastructure/tokens';
import { loadVisibleCaseReview } from './case-review-access';
import { bookExperts } from '../network/expert-bookings';

export class AcceptInvitation extends Command<CommandResponse> {
  constructor(
    readonly caseReviewId: string,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/**
 * The invited expert (the caller) joins the panel. When the discussion is already scheduled, the
 * slot goes into their calendar in the same append, so a clash refuses the acceptance.
 */
@CommandHandler(AcceptInvitation)
export class AcceptInvitationHandler implements ICommandHandler<AcceptInvitation, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  execute({ caseReviewId, user, metadata }: AcceptInvitation): Promise<CommandResponse> {
    return this.executor.runFor(caseReviewId, metadata, async (unitOfWork) => {
      const now = this.clock.now();
      const caseReview = await loadVisibleCaseReview(unitOfWork, caseReviewId, user);
      unitOfWork.record(
        caseReview,
        caseReviewDecider.decide({ type: 'AcceptInvitation', expertId: user.userId, acceptedBy: user.userId, now }, caseReview.state),
      );
      if (caseReview.state.status === 'scheduled' && caseReview.state.slot) {
        const booking = { bookingId: caseReviewId, activity: 'case-review' as const, slot: caseReview.state.slot, bookedBy: user.userId, now };
        await bookExperts(unitOfWork, booking, [user.userId]);
      }
    });
  }
}
