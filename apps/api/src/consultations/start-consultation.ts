import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { consultationDecider } from '@telemed/domain/consultation';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../infrastructure/command-executor';
import { Clock } from '../infrastructure/tokens';
import { loadVisibleConsultation, requireConsultationScope } from './consultation-access';

export class StartConsultation {
  constructor(
    readonly consultationId: string,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {}
}

@CommandHandler(StartConsultation)
export class StartConsultationHandler implements ICommandHandler<StartConsultation, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  execute({ consultationId, user, metadata }: StartConsultation): Promise<CommandResponse> {
    return this.executor.runFor(consultationId, metadata, async (unitOfWork) => {
      const consultation = await loadVisibleConsultation(unitOfWork, consultationId, user);
      requireConsultationScope('consultation.start', user, consultation.state);
      unitOfWork.record(
        consultation,
        consultationDecider.decide({ type: 'StartConsultation', startedBy: user.userId, now: this.clock.now() }, consultation.state),
      );
    });
  }
}
