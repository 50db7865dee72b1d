import { ApiProperty } from '@nestjs/swagger';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { agreementDecider, partnershipAgreementsStreamId } from '@telemed/domain/agreement';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock } from '../infrastructure/tokens';
import { IsInstant, IsText, utcInstant } from '../requests/dto';
import { AgreementPartnership } from './agreement-partnership';

export class TerminateAgreementDto {
  @ApiProperty({ example: 'superseded by the 2026 agreement' })
  @IsText()
  reason: string;

  @ApiProperty({ example: '2026-01-01T00:00:00+08:00', description: 'the instant from which the agreement no longer holds; not before its validFrom' })
  @IsInstant()
  effectiveAt: string;
}

export class TerminateAgreement extends Command<CommandResponse> {
  constructor(
    readonly agreementId: string,
    readonly body: TerminateAgreementDto,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(TerminateAgreement)
export class TerminateAgreementHandler implements ICommandHandler<TerminateAgreement, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
    private readonly partnershipOf: AgreementPartnership,
  ) {}

  async execute({ agreementId, body, metadata }: TerminateAgreement): Promise<CommandResponse> {
    const partnershipId = await this.partnershipOf.of(agreementId);
    return this.executor.runFor(agreementId, metadata, async (unitOfWork) => {
      await unitOfWork.decide(partnershipAgreementsStreamId(partnershipId), agreementDecider, {
        type: 'TerminateAgreement',
        agreementId,
        reason: body.reason,
        effectiveAt: utcInstant(body.effectiveAt),
        terminatedBy: metadata.actor.userId,
        now: this.clock.now(),
      });
    });
  }
}
