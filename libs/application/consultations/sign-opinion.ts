import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IsOptional } from 'class-validator';
import { consultationDecider } from '@telemed/domain/consultation';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock } from '../infrastructure/tokens';
import { IsText } from '../requests/dto';
import { finishBookings } from '../network/expert-bookings';
import { loadVisibleConsultation } from './consultation-access';

export class SignOpinionDto {
  @ApiProperty({ description: 'the expert opinion; the receiving side keeps the decision on diagnosis and treatment' })
  @IsText()
  opinion: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsText()
  recommendations?: string;
}

export class SignOpinion extends Command<CommandResponse> {
  constructor(
    readonly consultationId: string,
    readonly body: SignOpinionDto,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/**
 * The opinion report is signed by the physician who gave it: the caller, who must be the assigned
 * expert. Signing completes the consultation: the unused rest of the expert's booking is freed.
 */
@CommandHandler(SignOpinion)
export class SignOpinionHandler implements ICommandHandler<SignOpinion, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  execute({ consultationId, body, user, metadata }: SignOpinion): Promise<CommandResponse> {
    return this.executor.runFor(consultationId, metadata, async (unitOfWork) => {
      const now = this.clock.now();
      const consultation = await loadVisibleConsultation(unitOfWork, consultationId, user);
      unitOfWork.record(
        consultation,
        consultationDecider.decide(
          {
            type: 'SignOpinion',
            expertId: user.userId,
            opinion: body.opinion,
            recommendations: body.recommendations,
            signedBy: user.userId,
            now,
          },
          consultation.state,
        ),
      );
      const finish = { bookingId: consultationId, reason: 'consultation completed', finishedBy: user.userId, now };
      await finishBookings(unitOfWork, finish, [consultation.state.expertId!]);
    });
  }
}
