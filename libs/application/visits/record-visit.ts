import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsObject, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { InvalidValue } from '@telemed/domain/core';
import { expertDecider, expertStreamId } from '@telemed/domain/expert';
import { isActiveOn } from '@telemed/domain/partnership';
import { VISIT_KINDS, visitDecider, visitStreamId, type VisitKind } from '@telemed/domain/visit';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock, IdGenerator } from '../infrastructure/tokens';
import { IsCalendarDate, IsId, IsName } from '../requests/dto';
import { loadEstablishedPartnership } from '../network/established-partnership';

export class VisitOutcomesDto {
  @ApiPropertyOptional({ minimum: 0, description: 'mobile clinics held (巡回医疗)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  clinicsHeld?: number;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  patientsSeen?: number;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  operationsGuided?: number;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  lectures?: number;
}

export class RecordVisitDto {
  @ApiProperty({ format: 'uuid' })
  @IsId()
  partnershipId: string;

  @ApiProperty({ enum: VISIT_KINDS })
  @IsIn(VISIT_KINDS)
  kind: VisitKind;

  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 100, description: 'registered experts of the giving hospital' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsId({ each: true })
  expertIds: string[];

  @ApiProperty({ example: '2026-05-10', description: 'first day of the visit (Beijing date)' })
  @IsCalendarDate()
  start: string;

  @ApiProperty({ example: '2026-05-16', description: 'last day of the visit, not before start and not after today' })
  @IsCalendarDate()
  end: string;

  @ApiPropertyOptional({ example: 'Yengisar county people’s hospital' })
  @IsOptional()
  @IsName()
  place?: string;

  @ApiPropertyOptional({ type: VisitOutcomesDto, description: 'counts of what the visit did; 0 when left out' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => VisitOutcomesDto)
  outcomes?: VisitOutcomesDto;
}

export class RecordVisit extends Command<CommandResponse> {
  constructor(
    readonly body: RecordVisitDto,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/** Records a short visit once it is over: every expert must be a registered expert of the giving hospital. */
@CommandHandler(RecordVisit)
export class RecordVisitHandler implements ICommandHandler<RecordVisit, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  async execute({ body, user, metadata }: RecordVisit): Promise<CommandResponse> {
    const visitId = this.ids.next();
    const outcome = await this.executor.run(metadata, async (unitOfWork) => {
      const { state: partnership } = await loadEstablishedPartnership(unitOfWork, body.partnershipId);
      const strangers: string[] = [];
      for (const expertId of new Set(body.expertIds)) {
        const { state } = await unitOfWork.load(expertStreamId(expertId), expertDecider);
        if (state.status !== 'registered' || state.hospitalId !== partnership.givingHospitalId) strangers.push(expertId);
      }
      if (strangers.length > 0) {
        throw new InvalidValue('expertIds', 'not registered experts of the giving hospital: {experts}', 'unknown-expert', {
          experts: strangers.join(', '),
        });
      }
      unitOfWork.start(visitStreamId(visitId), visitDecider, {
        type: 'RecordShortVisit',
        visitId,
        partnership: {
          partnershipId: body.partnershipId,
          givingHospitalId: partnership.givingHospitalId,
          receivingHospitalId: partnership.receivingHospitalId,
          // Noon Beijing time on the first day: the partnership's validity is judged on that date.
          activeOnStart: isActiveOn(partnership, `${body.start}T04:00:00Z`),
        },
        kind: body.kind,
        expertIds: body.expertIds,
        start: body.start,
        end: body.end,
        place: body.place,
        outcomes: body.outcomes,
        recordedBy: user.userId,
        now: this.clock.now(),
      });
    });
    return { id: visitId, position: outcome.position.toString() };
  }
}
