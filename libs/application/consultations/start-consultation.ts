import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { slotAsStarted } from '@telemed/domain/core';
import { consultationDecider } from '@telemed/domain/consultation';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock } from '../infrastructure/tokens';
import { bookExperts } from '../network/expert-bookings';
import { loadVisibleConsultation, requireConsultationScope } from './consultation-access';

export class StartConsultation extends Command<CommandResponse> {
  constructor(
    readonly consultationId: string,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/**
 * A session started before its slot moves the expert's booking to begin now, keeping its length,
 * in the same append (refused as a double booking if that collides with another of theirs).
 */
@CommandHandler(StartConsultation)
export class StartConsultationHandler implements ICommandHandler<StartConsultation, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  execute({ consultationId, user, metadata }: StartConsultation): Promise<CommandResponse> {
    return this.executor.runFor(consultationId, metadata, async (unitOfWork) => {
      const now = this.clock.now();
      const consultation = await loadVisibleConsultation(unitOfWork, consultationId, user);
      // The state is judged before the role: until someone accepts, no expert is assigned to be checked against.
      const events = consultationDecider.decide({ type: 'StartConsultation', startedBy: user.userId, now }, consultation.state);
      requireConsultationScope('consultation.start', user, consultation.state);
      unitOfWork.record(consultation, events);
      const { expertId, slot } = consultation.state;
      const asStarted = slotAsStarted(slot!, now);
      if (asStarted !== slot) {
        const booking = { bookingId: consultationId, activity: 'consultation' as const, slot: asStarted, bookedBy: user.userId, now };
        await bookExperts(unitOfWork, booking, [expertId!]);
      }
    });
  }
}
