import { ApiPropertyOptional } from '@nestjs/swagger';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IsOptional } from 'class-validator';
import { InvalidValue } from '@telemed/domain/core';
import { consultationDecider } from '@telemed/domain/consultation';
import { expertDecider, expertStreamId } from '@telemed/domain/expert';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../infrastructure/command-executor';
import { Clock } from '../infrastructure/tokens';
import { IsId } from '../http/dto';
import { loadVisibleConsultation } from './consultation-access';

export class AcceptConsultationDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'the expert who takes the consultation; defaults to the caller' })
  @IsOptional()
  @IsId()
  expertId?: string;
}

export class AcceptConsultation {
  constructor(
    readonly consultationId: string,
    readonly body: AcceptConsultationDto,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {}
}

@CommandHandler(AcceptConsultation)
export class AcceptConsultationHandler implements ICommandHandler<AcceptConsultation, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  execute({ consultationId, body, user, metadata }: AcceptConsultation): Promise<CommandResponse> {
    return this.executor.runFor(consultationId, metadata, async (unitOfWork) => {
      const consultation = await loadVisibleConsultation(unitOfWork, consultationId, user);
      const expertId = body.expertId ?? user.userId;
      const expert = await unitOfWork.load(expertStreamId(expertId), expertDecider);
      if (expert.state.status !== 'registered') throw new InvalidValue('expertId', 'no such expert', 'unknown-expert');
      unitOfWork.record(
        consultation,
        consultationDecider.decide(
          {
            type: 'AcceptConsultation',
            expert: { expertId, hospitalId: expert.state.hospitalId, title: expert.state.title },
            acceptedBy: user.userId,
            now: this.clock.now(),
          },
          consultation.state,
        ),
      );
    });
  }
}
