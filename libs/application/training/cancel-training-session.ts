import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { trainingDecider } from '@telemed/domain/training';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock } from '../infrastructure/tokens';
import { ReasonDto } from '../consultations/decline-consultation';
import { releaseExperts } from '../network/expert-bookings';
import { loadTrainingSession } from './training-session-access';

export class CancelTrainingSession extends Command<CommandResponse> {
  constructor(
    readonly trainingSessionId: string,
    readonly body: ReasonDto,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/** Cancelling frees the slot in every trainer's calendar in the same append. */
@CommandHandler(CancelTrainingSession)
export class CancelTrainingSessionHandler implements ICommandHandler<CancelTrainingSession, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  execute({ trainingSessionId, body, user, metadata }: CancelTrainingSession): Promise<CommandResponse> {
    return this.executor.runFor(trainingSessionId, metadata, async (unitOfWork) => {
      const now = this.clock.now();
      const session = await loadTrainingSession(unitOfWork, trainingSessionId);
      unitOfWork.record(
        session,
        trainingDecider.decide({ type: 'CancelTrainingSession', reason: body.reason, cancelledBy: user.userId, now }, session.state),
      );
      const release = { bookingId: trainingSessionId, reason: `training session cancelled: ${body.reason}`, releasedBy: user.userId, now };
      await releaseExperts(unitOfWork, release, session.state.trainerExpertIds);
    });
  }
}
