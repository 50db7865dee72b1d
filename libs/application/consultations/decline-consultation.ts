import { ApiProperty } from '@nestjs/swagger';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IsIn } from 'class-validator';
import { consultationDecider, DECLINE_REASON_CODES, type DeclineReasonCode } from '@telemed/domain/consultation';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock } from '../infrastructure/tokens';
import { IsText } from '../requests/dto';
import { loadVisibleConsultation } from './consultation-access';

export class ReasonDto {
  @ApiProperty({ example: 'no cardiologist is available within the requested time' })
  @IsText()
  reason: string;
}

export class DeclineConsultationDto extends ReasonDto {
  @ApiProperty({ enum: DECLINE_REASON_CODES, description: 'why, from the list; `reason` says it in words' })
  @IsIn(DECLINE_REASON_CODES)
  reasonCode: DeclineReasonCode;
}

export class DeclineConsultation extends Command<CommandResponse> {
  constructor(
    readonly consultationId: string,
    readonly body: DeclineConsultationDto,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
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
          { type: 'DeclineConsultation', reasonCode: body.reasonCode, reason: body.reason, declinedBy: user.userId, now: this.clock.now() },
          consultation.state,
        ),
      );
    });
  }
}
