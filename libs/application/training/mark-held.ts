import { ApiPropertyOptional } from '@nestjs/swagger';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IsOptional } from 'class-validator';
import { trainingDecider } from '@telemed/domain/training';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock } from '../infrastructure/tokens';
import { IsInstant, utcInstant } from '../requests/dto';
import { loadTrainingSession, requireTrainingScope } from './training-session-access';

export class MarkHeldDto {
  @ApiPropertyOptional({ description: 'when the session took place; the planned start unless given', example: '2026-04-01T02:00:00Z' })
  @IsOptional()
  @IsInstant()
  heldAt?: string;
}

export class MarkHeld extends Command<CommandResponse> {
  constructor(
    readonly trainingSessionId: string,
    readonly body: MarkHeldDto,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/** Records that the session took place; `heldAt` is the business time it counts at. */
@CommandHandler(MarkHeld)
export class MarkHeldHandler implements ICommandHandler<MarkHeld, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  execute({ trainingSessionId, body, user, metadata }: MarkHeld): Promise<CommandResponse> {
    return this.executor.runFor(trainingSessionId, metadata, async (unitOfWork) => {
      const session = await loadTrainingSession(unitOfWork, trainingSessionId);
      requireTrainingScope('training.mark-held', user, session.state);
      unitOfWork.record(
        session,
        trainingDecider.decide(
          { type: 'MarkTrainingSessionHeld', heldAt: body.heldAt && utcInstant(body.heldAt), recordedBy: user.userId, now: this.clock.now() },
          session.state,
        ),
      );
    });
  }
}
