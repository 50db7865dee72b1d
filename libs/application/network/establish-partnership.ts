import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IsIn, IsOptional } from 'class-validator';
import { hospitalDecider, hospitalStreamId } from '@telemed/domain/hospital';
import { PROGRAMMES, partnershipDecider, partnershipStreamId, type Programme } from '@telemed/domain/partnership';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock, IdGenerator } from '../infrastructure/tokens';
import { IsCalendarDate, IsId } from '../requests/dto';

export class EstablishPartnershipDto {
  @ApiProperty({ format: 'uuid' })
  @IsId()
  givingHospitalId: string;

  @ApiProperty({ format: 'uuid' })
  @IsId()
  receivingHospitalId: string;

  @ApiProperty({ enum: PROGRAMMES })
  @IsIn(PROGRAMMES)
  programme: Programme;

  @ApiProperty({ example: '2024-01-01' })
  @IsCalendarDate()
  validFrom: string;

  @ApiPropertyOptional({ example: '2026-12-31' })
  @IsOptional()
  @IsCalendarDate()
  validUntil?: string;
}

export class EstablishPartnership extends Command<CommandResponse> {
  constructor(
    readonly body: EstablishPartnershipDto,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(EstablishPartnership)
export class EstablishPartnershipHandler implements ICommandHandler<EstablishPartnership, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  execute({ body, metadata }: EstablishPartnership): Promise<CommandResponse> {
    const partnershipId = this.ids.next();
    return this.executor.runFor(partnershipId, metadata, async (unitOfWork) => {
      const giving = await unitOfWork.load(hospitalStreamId(body.givingHospitalId), hospitalDecider);
      const receiving = await unitOfWork.load(hospitalStreamId(body.receivingHospitalId), hospitalDecider);
      unitOfWork.start(partnershipStreamId(partnershipId), partnershipDecider, {
        type: 'EstablishPartnership',
        partnershipId,
        givingHospital: giving.state,
        receivingHospital: receiving.state,
        programme: body.programme,
        validFrom: body.validFrom,
        validUntil: body.validUntil,
        establishedBy: metadata.actor.userId,
        now: this.clock.now(),
      });
    });
  }
}
