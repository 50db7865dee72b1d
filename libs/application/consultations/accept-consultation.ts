import { ApiPropertyOptional } from '@nestjs/swagger';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IsOptional } from 'class-validator';
import { consultationDecider } from '@telemed/domain/consultation';
import { partnershipDecider, partnershipStreamId } from '@telemed/domain/partnership';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock } from '../infrastructure/tokens';
import { IsId } from '../requests/dto';
import { requireExpertRegistration } from '../network/expert-registration';
import { loadVisibleConsultation } from './consultation-access';

export class AcceptConsultationDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'the expert who takes the consultation; defaults to the caller' })
  @IsOptional()
  @IsId()
  expertId?: string;
}

export class AcceptConsultation extends Command<CommandResponse> {
  constructor(
    readonly consultationId: string,
    readonly body: AcceptConsultationDto,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
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
      const expert = await requireExpertRegistration(unitOfWork, expertId);
      const partnership = await unitOfWork.load(partnershipStreamId(consultation.state.partnershipId), partnershipDecider);
      const pairing = partnership.state.status === 'established' ? partnership.state.pairings[consultation.state.pairingId] : undefined;
      unitOfWork.record(
        consultation,
        consultationDecider.decide(
          {
            type: 'AcceptConsultation',
            expert: { expertId, hospitalId: expert.hospitalId, title: expert.title, specialty: expert.specialty, departmentId: expert.departmentId },
            pairedDepartmentIds: pairing ? [pairing.givingDepartmentId] : [],
            acceptedBy: user.userId,
            now: this.clock.now(),
          },
          consultation.state,
        ),
      );
    });
  }
}
