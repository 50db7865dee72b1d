import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { trainingDecider } from '@telemed/domain/training';
import { expertDecider, expertStreamId } from '@telemed/domain/expert';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor } from '../commands/command-executor';
import { Clock } from '../infrastructure/tokens';
import { SlotDto } from '../network/publish-availability';
import { utcSlot } from '../requests/dto';
import { bookExperts, slotWarnings } from '../network/expert-bookings';
import type { ScheduleResponse } from '../consultations/schedule-consultation';
import { loadTrainingSession } from './training-session-access';

export class RescheduleTrainingSession extends Command<ScheduleResponse> {
  constructor(
    readonly trainingSessionId: string,
    readonly body: SlotDto,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/** Moves a planned session and every trainer's booking with it, atomically. */
@CommandHandler(RescheduleTrainingSession)
export class RescheduleTrainingSessionHandler implements ICommandHandler<RescheduleTrainingSession, ScheduleResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  async execute({ trainingSessionId, body, user, metadata }: RescheduleTrainingSession): Promise<ScheduleResponse> {
    const outcome = await this.executor.run(metadata, async (unitOfWork) => {
      const now = this.clock.now();
      const session = await loadTrainingSession(unitOfWork, trainingSessionId);
      const slot = utcSlot(body);
      unitOfWork.record(
        session,
        trainingDecider.decide({ type: 'RescheduleTrainingSession', ...slot, by: user.userId, now }, session.state),
      );
      const { trainerExpertIds, receivingHospitalId } = session.state;
      await bookExperts(unitOfWork, { bookingId: trainingSessionId, activity: 'training', slot, bookedBy: user.userId, now }, trainerExpertIds);
      const trainerHospitalIds: string[] = [];
      for (const expertId of trainerExpertIds) {
        const { state } = await unitOfWork.load(expertStreamId(expertId), expertDecider);
        if (state.status === 'registered') trainerHospitalIds.push(state.hospitalId);
      }
      return slotWarnings(unitOfWork, slot, [...trainerHospitalIds, receivingHospitalId]);
    });
    return { id: trainingSessionId, position: outcome.position.toString(), warnings: outcome.result };
  }
}
