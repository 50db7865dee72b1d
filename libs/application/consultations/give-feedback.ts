import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { consultationDecider } from '@telemed/domain/consultation';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock } from '../infrastructure/tokens';
import { IsText } from '../requests/dto';
import { loadVisibleConsultation } from './consultation-access';

export class FeedbackDto {
  @ApiProperty({ minimum: 1, maximum: 5, description: 'how useful the signed opinion was, 1 (not at all) to 5 (very)' })
  @IsInt()
  @Min(1)
  @Max(5)
  usefulness: number;

  @ApiPropertyOptional({ example: 'clear advice; the patient was spared a transfer' })
  @IsOptional()
  @IsText()
  comment?: string;
}

export class GiveFeedback extends Command<CommandResponse> {
  constructor(
    readonly consultationId: string,
    readonly body: FeedbackDto,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/** The requesting clinician rates the signed opinion, once. */
@CommandHandler(GiveFeedback)
export class GiveFeedbackHandler implements ICommandHandler<GiveFeedback, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  execute({ consultationId, body, user, metadata }: GiveFeedback): Promise<CommandResponse> {
    return this.executor.runFor(consultationId, metadata, async (unitOfWork) => {
      const consultation = await loadVisibleConsultation(unitOfWork, consultationId, user);
      unitOfWork.record(
        consultation,
        consultationDecider.decide(
          { type: 'GiveFeedback', usefulness: body.usefulness, ...(body.comment !== undefined && { comment: body.comment }), givenBy: user.userId, now: this.clock.now() },
          consultation.state,
        ),
      );
    });
  }
}
