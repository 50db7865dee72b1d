import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { acceptedPanelists, caseReviewDecider } from '@telemed/domain/case-review';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock } from '../infrastructure/tokens';
import { ReasonDto } from '../consultations/decline-consultation';
import { loadVisibleCaseReview } from './case-review-access';
import { finishBookings, releaseExperts } from '../network/expert-bookings';

export class CancelCaseReview extends Command<CommandResponse> {
  constructor(
    readonly caseReviewId: string,
    readonly body: ReasonDto,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/** Cancelling frees the slot in every panelist's calendar in the same append; under way, what is left of it. */
@CommandHandler(CancelCaseReview)
export class CancelCaseReviewHandler implements ICommandHandler<CancelCaseReview, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  execute({ caseReviewId, body, user, metadata }: CancelCaseReview): Promise<CommandResponse> {
    return this.executor.runFor(caseReviewId, metadata, async (unitOfWork) => {
      const now = this.clock.now();
      const caseReview = await loadVisibleCaseReview(unitOfWork, caseReviewId, user);
      unitOfWork.record(
        caseReview,
        caseReviewDecider.decide({ type: 'CancelCaseReview', reason: body.reason, cancelledBy: user.userId, now }, caseReview.state),
      );
      if (caseReview.state.slot) {
        // The expert's calendar is not encrypted: the clinician's reason stays in the case's own (encrypted) stream.
        const reason = 'case review cancelled';
        const panelists = acceptedPanelists(caseReview.state);
        if (caseReview.state.status === 'in-progress') await finishBookings(unitOfWork, { bookingId: caseReviewId, reason, finishedBy: user.userId, now }, panelists);
        else await releaseExperts(unitOfWork, { bookingId: caseReviewId, reason, releasedBy: user.userId, now }, panelists);
      }
    });
  }
}
