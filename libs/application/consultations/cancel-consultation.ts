import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { consultationDecider } from '@telemed/domain/consultation';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock } from '../infrastructure/tokens';
import { loadVisibleConsultation } from './consultation-access';
import { ReasonDto } from './decline-consultation';
import { finishBookings, releaseExperts } from '../network/expert-bookings';

export class CancelConsultation extends Command<CommandResponse> {
  constructor(
    readonly consultationId: string,
    readonly body: ReasonDto,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/** Cancelling a scheduled consultation frees the expert's slot in the same append; one under way frees what is left of it. */
@CommandHandler(CancelConsultation)
export class CancelConsultationHandler implements ICommandHandler<CancelConsultation, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  execute({ consultationId, body, user, metadata }: CancelConsultation): Promise<CommandResponse> {
    return this.executor.runFor(consultationId, metadata, async (unitOfWork) => {
      const now = this.clock.now();
      const consultation = await loadVisibleConsultation(unitOfWork, consultationId, user);
      unitOfWork.record(
        consultation,
        consultationDecider.decide({ type: 'CancelConsultation', reason: body.reason, cancelledBy: user.userId, now }, consultation.state),
      );
      const { expertId, slot, status } = consultation.state;
      if (expertId && slot) {
        // The expert's calendar is not encrypted: the clinician's reason stays in the case's own (encrypted) stream.
        const reason = 'consultation cancelled';
        if (status === 'in-progress') await finishBookings(unitOfWork, { bookingId: consultationId, reason, finishedBy: user.userId, now }, [expertId]);
        else await releaseExperts(unitOfWork, { bookingId: consultationId, reason, releasedBy: user.userId, now }, [expertId]);
      }
    });
  }
}
