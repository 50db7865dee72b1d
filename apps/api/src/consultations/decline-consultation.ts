import { ApiProperty } from '@nestjs/swagger';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { consultationDecider } from '@telemed/domain/consultation';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../infrastructure/command-executor';
import { Clock } from '../infrastructure/tokens';
import { IsText } from '../http/dto';
import { loadVisibleConsultation } from './consultation-access';

export class ReasonDto {
  @ApiProperty({ example: 'no cardiologist is available within the requested time' })
  @IsText()
  reason: string;
}

export class DeclineConsultation {
  constructor(
    readonly consultationId: string,
    readonly body: ReasonDto,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {}
}

@CommandHandler(DeclineConsultation)
export class DeclineConsultationHandler implements ICommandHandler<DeclineConsultation, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  execute({ consultationId, body, user, metadata }: DeclineConsultation): Promise<CommandResponse> {
    return this.executor.runFor(consultationId, metadata, async (unitOfWork) => {
      const consultation = await loadVisibleConsultation(unitOfWork, consultationId, user);
      unitOfWork.record(
        consultation,
        consultationDecider.decide(
          { type: 'DeclineConsultation', reason: body.reason, declinedBy: user.userId, now: this.clock.now() },
          consultation.state,
        ),
      );
    });
  }
}
