import { ApiProperty } from '@nestjs/swagger';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsObject, ValidateNested } from 'class-validator';
import { NotFound } from '@telemed/domain/core';
import { expertDecider, expertStreamId } from '@telemed/domain/expert';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock } from '../infrastructure/tokens';
import { IsInstant } from '../requests/dto';
import { requireAllowed } from '../access/scope';

export class SlotDto {
  @ApiProperty({ example: '2024-05-06T01:00:00Z' })
  @IsInstant()
  start: string;

  @ApiProperty({ example: '2024-05-06T04:00:00Z' })
  @IsInstant()
  end: string;
}

export class PublishAvailabilityDto {
  @ApiProperty({ type: [SlotDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => SlotDto)
  slots: SlotDto[];
}

export class PublishAvailability extends Command<CommandResponse> {
  constructor(
    readonly expertId: string,
    readonly body: PublishAvailabilityDto,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(PublishAvailability)
export class PublishAvailabilityHandler implements ICommandHandler<PublishAvailability, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  execute({ expertId, body, user, metadata }: PublishAvailability): Promise<CommandResponse> {
    return this.executor.runFor(expertId, metadata, (unitOfWork) =>
      unitOfWork.decide(expertStreamId(expertId), expertDecider, (expert) => {
        if (expert.status !== 'registered') throw new NotFound('expert', expertId);
        requireAllowed('expert.publish-availability', user, { ownerId: expertId }, 'an expert publishes only their own availability');
        return {
          type: 'PublishAvailability' as const,
          slots: body.slots.map((slot) => ({ start: slot.start, end: slot.end })),
          publishedBy: metadata.actor.userId,
          now: this.clock.now(),
        };
      }),
    );
  }
}
