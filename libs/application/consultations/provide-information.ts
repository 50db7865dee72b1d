import { ApiProperty } from '@nestjs/swagger';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { consultationDecider } from '@telemed/domain/consultation';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock } from '../infrastructure/tokens';
import { IsText } from '../requests/dto';
import { loadVisibleConsultation } from './consultation-access';

export class AnswerDto {
  @ApiProperty({ example: 'Echocardiogram of 3 May: ejection fraction 45%, moderate mitral regurgitation.' })
  @IsText()
  answer: string;
}

export class ProvideInformation extends Command<CommandResponse> {
  constructor(
    readonly consultationId: string,
    readonly body: AnswerDto,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/** The requesting clinician's answer to the open question: the consultation resumes, its answer deadline moved on. */
@CommandHandler(ProvideInformation)
export class ProvideInformationHandler implements ICommandHandler<ProvideInformation, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  execute({ consultationId, body, user, metadata }: ProvideInformation): Promise<CommandResponse> {
    return this.executor.runFor(consultationId, metadata, async (unitOfWork) => {
      const consultation = await loadVisibleConsultation(unitOfWork, consultationId, user);
      unitOfWork.record(
        consultation,
        consultationDecider.decide({ type: 'ProvideInformation', answer: body.answer, answeredBy: user.userId, now: this.clock.now() }, consultation.state),
      );
    });
  }
}
