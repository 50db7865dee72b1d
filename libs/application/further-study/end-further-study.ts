import { ApiProperty } from '@nestjs/swagger';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { NotFound } from '@telemed/domain/core';
import { furtherStudyDecider, furtherStudyStreamId, traineeDecider, traineeStreamId, undoStudyCalendarChange, type FurtherStudyCommand } from '@telemed/domain/further-study';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock } from '../infrastructure/tokens';
import { IsCalendarDate, IsName, IsText } from '../requests/dto';

export class CompleteFurtherStudyDto {
  @ApiProperty({ example: '2026-08-31', description: 'the day it ended (Beijing date)' })
  @IsCalendarDate()
  at: string;

  @ApiProperty({ example: 'RJ-2026-0413', description: 'the certificate’s number' })
  @IsName()
  certificate: string;
}

export class WithdrawFromFurtherStudyDto {
  @ApiProperty({ example: '2026-05-15' })
  @IsCalendarDate()
  at: string;

  @ApiProperty({ example: 'family illness' })
  @IsText()
  reason: string;
}

export type FurtherStudyEnding = { kind: 'completed'; body: CompleteFurtherStudyDto } | { kind: 'withdrawn'; body: WithdrawFromFurtherStudyDto };

export class EndFurtherStudy extends Command<CommandResponse> {
  constructor(
    readonly furtherStudyId: string,
    readonly ending: FurtherStudyEnding,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/** Completion or withdrawal; an end before the planned one frees the rest of the period in the person's study calendar. */
@CommandHandler(EndFurtherStudy)
export class EndFurtherStudyHandler implements ICommandHandler<EndFurtherStudy, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  execute({ furtherStudyId, ending, user, metadata }: EndFurtherStudy): Promise<CommandResponse> {
    return this.executor.runFor(furtherStudyId, metadata, async (unitOfWork) => {
      const placement = await unitOfWork.load(furtherStudyStreamId(furtherStudyId), furtherStudyDecider);
      if (placement.state.status === 'not-started') throw new NotFound('further study', furtherStudyId);
      const now = this.clock.now();
      const by = user.userId;
      const command: FurtherStudyCommand =
        ending.kind === 'completed'
          ? { type: 'CompleteFurtherStudy', completedOn: ending.body.at, certificate: ending.body.certificate, by, now }
          : { type: 'WithdrawFromFurtherStudy', withdrawnOn: ending.body.at, reason: ending.body.reason, by, now };
      unitOfWork.record(placement, furtherStudyDecider.decide(command, placement.state));
      const { receivingHospitalId: hospitalId, staffId } = placement.state;
      const calendar = await unitOfWork.load(traineeStreamId(hospitalId, staffId), traineeDecider);
      const shortened = traineeDecider.decide({ type: 'ShortenStudyPeriod', hospitalId, staffId, furtherStudyId, endsOn: ending.body.at }, calendar.state);
      // A reservation: undone if the ending cannot follow it (see UnitOfWork.commit).
      unitOfWork.record(calendar, shortened, { compensate: undoStudyCalendarChange(shortened, calendar.state.periods[furtherStudyId]) });
    });
  }
}
