import { ApiProperty } from '@nestjs/swagger';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { consultationDecider } from '@telemed/domain/consultation';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock, IdGenerator } from '../infrastructure/tokens';
import { IsText } from '../requests/dto';
import { loadVisibleConsultation } from './consultation-access';

export class QuestionDto {
  @ApiProperty({ example: 'Please send the latest echocardiogram: what was the ejection fraction?' })
  @IsText()
  question: string;
}

export class RequestInformation extends Command<CommandResponse> {
  constructor(
    readonly consultationId: string,
    readonly body: QuestionDto,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/** The assigned expert's question to the requesting clinician: the consultation waits, and its answer clock pauses. */
@CommandHandler(RequestInformation)
export class RequestInformationHandler implements ICommandHandler<RequestInformation, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  execute({ consultationId, body, user, metadata }: RequestInformation): Promise<CommandResponse> {
    const questionId = this.ids.next();
    return this.executor.runFor(consultationId, metadata, async (unitOfWork) => {
      const consultation = await loadVisibleConsultation(unitOfWork, consultationId, user);
      unitOfWork.record(
        consultation,
        consultationDecider.decide(
          { type: 'RequestInformation', questionId, expertId: user.userId, question: body.question, now: this.clock.now() },
          consultation.state,
        ),
      );
    });
  }
}
