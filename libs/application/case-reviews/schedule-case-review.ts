import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { caseReviewDecider } from '@telemed/domain/case-review';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor } from '../commands/command-executor';
import { Clock } from '../infrastructure/tokens';
import type { ScheduleResponse } from '../consultations/schedule-consultation';
import { SlotDto } from '../network/publish-availability';
import { utcSlot } from '../requests/dto';
import { loadVisibleCaseReview } from './case-review-access';
import { bookExperts, slotWarnings } from '../network/expert-bookings';

export class ScheduleCaseReview extends Command<ScheduleResponse> {
  constructor(
    readonly caseReviewId: string,
    readonly body: SlotDto,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/**
 * Schedules (or reschedules) the discussion and books the slot into the calendar of every panelist
 * who accepted, all in one atomic append: if any panelist is already booked, nothing is written.
 */
@CommandHandler(ScheduleCaseReview)
export class ScheduleCaseReviewHandler implements ICommandHandler<ScheduleCaseReview, ScheduleResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  async execute({ caseReviewId, body, user, metadata }: ScheduleCaseReview): Promise<ScheduleResponse> {
    const outcome = await this.executor.run(metadata, async (unitOfWork) => {
      const now = this.clock.now();
      const caseReview = await loadVisibleCaseReview(unitOfWork, caseReviewId, user);
      const events = caseReviewDecider.decide(
        { type: 'ScheduleCaseReview', ...utcSlot(body), scheduledBy: user.userId, now },
        caseReview.state,
      );
      unitOfWork.record(caseReview, events);
      const booked = events.find((event) => event.type === 'CaseReviewScheduled' || event.type === 'CaseReviewRescheduled');
      if (!booked) return [];
      const slot = { start: booked.data.start, end: booked.data.end };
      const { panelistIds } = booked.data;
      await bookExperts(unitOfWork, { bookingId: caseReviewId, activity: 'case-review', slot, bookedBy: user.userId, now }, panelistIds);
      const panelHospitalIds = panelistIds.map((expertId) => caseReview.state.invitations[expertId].hospitalId);
      return slotWarnings(unitOfWork, slot, [...panelHospitalIds, caseReview.state.requestingHospitalId]);
    });
    return { id: caseReviewId, position: outcome.position.toString(), warnings: outcome.result };
  }
}
