import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { slotAsStarted } from '@telemed/domain/core';
import { acceptedPanelists, caseReviewDecider } from '@telemed/domain/case-review';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock } from '../infrastructure/tokens';
import { bookExperts } from '../network/expert-bookings';
import { loadVisibleCaseReview, requireCaseReviewScope } from './case-review-access';

export class StartCaseReview extends Command<CommandResponse> {
  constructor(
    readonly caseReviewId: string,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/**
 * The scheduled discussion begins; from now on panelists record contributions. Begun before its
 * slot, every panelist's booking moves to begin now, keeping its length (409 if that collides).
 */
@CommandHandler(StartCaseReview)
export class StartCaseReviewHandler implements ICommandHandler<StartCaseReview, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  execute({ caseReviewId, user, metadata }: StartCaseReview): Promise<CommandResponse> {
    return this.executor.runFor(caseReviewId, metadata, async (unitOfWork) => {
      const now = this.clock.now();
      const caseReview = await loadVisibleCaseReview(unitOfWork, caseReviewId, user);
      // The state is judged before the role: until the panel has accepted, no panelist can be checked against.
      const events = caseReviewDecider.decide({ type: 'StartCaseReview', startedBy: user.userId, now }, caseReview.state);
      requireCaseReviewScope('case-review.start', user, caseReview.state);
      unitOfWork.record(caseReview, events);
      const slot = caseReview.state.slot!;
      const asStarted = slotAsStarted(slot, now);
      if (asStarted !== slot) {
        const booking = { bookingId: caseReviewId, activity: 'case-review' as const, slot: asStarted, bookedBy: user.userId, now };
        await bookExperts(unitOfWork, booking, acceptedPanelists(caseReview.state));
      }
    });
  }
}
