import { ApiProperty } from '@nestjs/swagger';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { postingDecider, type PostingCommand } from '@telemed/domain/posting';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock } from '../infrastructure/tokens';
import { IsCalendarDate, IsText } from '../requests/dto';
import { loadPosting } from './posting-access';

export class PostingDateDto {
  @ApiProperty({ example: '2026-03-02', description: 'the Beijing calendar date it happened' })
  @IsCalendarDate()
  at: string;
}

export class ExtendPostingDto {
  @ApiProperty({ example: '2027-08-31', description: 'the new last day of the term, after the current one' })
  @IsCalendarDate()
  newEnd: string;
}

export class CutPostingShortDto extends PostingDateDto {
  @ApiProperty({ example: 'recalled to Shanghai' })
  @IsText()
  reason: string;
}

/** What happened to a posting after its dispatch, as the routes name it. */
export type PostingChange =
  | { kind: 'arrived'; body: PostingDateDto }
  | { kind: 'extended'; body: ExtendPostingDto }
  | { kind: 'cut-short'; body: CutPostingShortDto }
  | { kind: 'returned'; body: PostingDateDto };

export class RecordPostingChange extends Command<CommandResponse> {
  constructor(
    readonly postingId: string,
    readonly change: PostingChange,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

function commandOf(change: PostingChange, by: string, now: string): PostingCommand {
  switch (change.kind) {
    case 'arrived':
      return { type: 'RecordPostingArrival', arrivedOn: change.body.at, by, now };
    case 'extended':
      return { type: 'ExtendPosting', newEnd: change.body.newEnd, by, now };
    case 'cut-short':
      return { type: 'CutPostingShort', endsOn: change.body.at, reason: change.body.reason, by, now };
    case 'returned':
      return { type: 'RecordPostingReturn', returnedOn: change.body.at, by, now };
  }
}

/** Arrival, extension, cut and return: each one event on the posting's stream, decided on its state. */
@CommandHandler(RecordPostingChange)
export class RecordPostingChangeHandler implements ICommandHandler<RecordPostingChange, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  execute({ postingId, change, user, metadata }: RecordPostingChange): Promise<CommandResponse> {
    return this.executor.runFor(postingId, metadata, async (unitOfWork) => {
      const posting = await loadPosting(unitOfWork, postingId);
      unitOfWork.record(posting, postingDecider.decide(commandOf(change, user.userId, this.clock.now()), posting.state));
    });
  }
}
