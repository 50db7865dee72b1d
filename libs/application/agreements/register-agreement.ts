import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { NotFound } from '@telemed/domain/core';
import { agreementDecider, partnershipAgreementsStreamId } from '@telemed/domain/agreement';
import { partnershipDecider, partnershipStreamId } from '@telemed/domain/partnership';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock, IdGenerator } from '../infrastructure/tokens';
import { AgreementTermsDto } from './agreement-terms.dto';
import { agreementTerms } from './agreement-terms';

export class RegisterAgreement extends Command<CommandResponse> {
  constructor(
    readonly partnershipId: string,
    readonly body: AgreementTermsDto,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(RegisterAgreement)
export class RegisterAgreementHandler implements ICommandHandler<RegisterAgreement, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  execute({ partnershipId, body, metadata }: RegisterAgreement): Promise<CommandResponse> {
    const agreementId = this.ids.next();
    return this.executor.runFor(agreementId, metadata, async (unitOfWork) => {
      const partnership = await unitOfWork.load(partnershipStreamId(partnershipId), partnershipDecider);
      if (partnership.state.status !== 'established') throw new NotFound('partnership', partnershipId);
      await unitOfWork.decide(partnershipAgreementsStreamId(partnershipId), agreementDecider, {
        type: 'RegisterAgreement',
        agreementId,
        partnership: partnership.state,
        terms: agreementTerms(body),
        registeredBy: metadata.actor.userId,
        now: this.clock.now(),
      });
    });
  }
}
