import { PartialType } from '@nestjs/swagger';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { agreementDecider, partnershipAgreementsStreamId } from '@telemed/domain/agreement';
import { partnershipDecider, partnershipStreamId } from '@telemed/domain/partnership';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock } from '../infrastructure/tokens';
import { AgreementPartnership } from './agreement-partnership';
import { AgreementTermsDto } from './agreement-terms.dto';
import { agreementTerms } from './agreement-terms';

/** Any term of the agreement; those given replace the current ones, the rest stand. */
export class AmendAgreementDto extends PartialType(AgreementTermsDto) {}

export class AmendAgreement extends Command<CommandResponse> {
  constructor(
    readonly agreementId: string,
    readonly body: AmendAgreementDto,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(AmendAgreement)
export class AmendAgreementHandler implements ICommandHandler<AmendAgreement, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
    private readonly partnershipOf: AgreementPartnership,
  ) {}

  async execute({ agreementId, body, metadata }: AmendAgreement): Promise<CommandResponse> {
    const partnershipId = await this.partnershipOf.of(agreementId);
    return this.executor.runFor(agreementId, metadata, async (unitOfWork) => {
      const partnership = await unitOfWork.load(partnershipStreamId(partnershipId), partnershipDecider);
      await unitOfWork.decide(partnershipAgreementsStreamId(partnershipId), agreementDecider, {
        type: 'AmendAgreement',
        agreementId,
        partnership: partnership.state,
        changes: agreementTerms(body),
        amendedBy: metadata.actor.userId,
        now: this.clock.now(),
      });
    });
  }
}
