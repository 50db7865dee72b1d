import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsNumber, IsObject, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { InvalidValue } from '@telemed/domain/core';
import { expertDecider, expertStreamId } from '@telemed/domain/expert';
import { isActiveOn } from '@telemed/domain/partnership';
import {
  CREDIT_CATEGORIES,
  MAX_SESSION_POINTS,
  TRAINING_FORMATS,
  trainingDecider,
  trainingSessionStreamId,
  type CreditCategory,
  type TrainingFormat,
} from '@telemed/domain/training';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor } from '../commands/command-executor';
import { Clock, IdGenerator } from '../infrastructure/tokens';
import { IsId, IsInstant, IsName, utcSlot } from '../requests/dto';
import { bookExperts, slotWarnings } from '../network/expert-bookings';
import type { ScheduleResponse } from '../consultations/schedule-consultation';
import { loadEstablishedPartnership } from '../network/established-partnership';

export class TrainingCreditsDto {
  @ApiProperty({ enum: CREDIT_CATEGORIES, description: 'I类 or II类 continuing medical education credits' })
  @IsIn(CREDIT_CATEGORIES)
  category: CreditCategory;

  @ApiProperty({ minimum: 0.5, maximum: MAX_SESSION_POINTS, multipleOf: 0.5, example: 2, description: 'points for attending the whole session' })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 1 })
  @Min(0.5)
  @Max(MAX_SESSION_POINTS)
  points: number;
}

export class PlanTrainingSessionDto {
  @ApiProperty({ format: 'uuid' })
  @IsId()
  partnershipId: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'the department pairing the session serves; must belong to the partnership' })
  @IsOptional()
  @IsId()
  pairingId?: string;

  @ApiProperty({ example: 'Reading coronary angiograms' })
  @IsName()
  title: string;

  @ApiProperty({ enum: TRAINING_FORMATS })
  @IsIn(TRAINING_FORMATS)
  format: TrainingFormat;

  @ApiProperty({ example: '2026-04-01T02:00:00Z' })
  @IsInstant()
  start: string;

  @ApiProperty({ example: '2026-04-01T04:00:00Z' })
  @IsInstant()
  end: string;

  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 20 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsId({ each: true })
  trainerExpertIds: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 50, description: 'receiving-hospital departments the session is for' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsId({ each: true })
  audienceDepartmentIds?: string[];

  @ApiPropertyOptional({ type: TrainingCreditsDto, description: 'the continuing-education credits the session awards' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TrainingCreditsDto)
  credits?: TrainingCreditsDto;
}

export class PlanTrainingSession extends Command<ScheduleResponse> {
  constructor(
    readonly body: PlanTrainingSessionDto,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/** Plans a session under a partnership and books it into every trainer's calendar in the same append. */
@CommandHandler(PlanTrainingSession)
export class PlanTrainingSessionHandler implements ICommandHandler<PlanTrainingSession, ScheduleResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  async execute({ body, user, metadata }: PlanTrainingSession): Promise<ScheduleResponse> {
    const trainingSessionId = this.ids.next();
    const outcome = await this.executor.run(metadata, async (unitOfWork) => {
      const now = this.clock.now();
      const partnership = await loadEstablishedPartnership(unitOfWork, body.partnershipId);
      if (body.pairingId !== undefined && !Object.hasOwn(partnership.state.pairings, body.pairingId)) {
        throw new InvalidValue('pairingId', 'is not a department pairing of this partnership', 'unknown-pairing');
      }
      const trainerHospitalIds: string[] = [];
      const unknown: string[] = [];
      for (const expertId of new Set(body.trainerExpertIds)) {
        const { state } = await unitOfWork.load(expertStreamId(expertId), expertDecider);
        if (state.status === 'registered') trainerHospitalIds.push(state.hospitalId);
        else unknown.push(expertId);
      }
      if (unknown.length > 0) {
        throw new InvalidValue('trainerExpertIds', 'not registered experts: {experts}', 'unknown-expert', { experts: unknown.join(', ') });
      }
      const { events } = unitOfWork.start(trainingSessionStreamId(trainingSessionId), trainingDecider, {
        type: 'PlanTrainingSession',
        trainingSessionId,
        partnership: {
          partnershipId: body.partnershipId,
          givingHospitalId: partnership.state.givingHospitalId,
          receivingHospitalId: partnership.state.receivingHospitalId,
          active: isActiveOn(partnership.state, now),
        },
        pairingId: body.pairingId,
        title: body.title,
        format: body.format,
        ...utcSlot(body),
        trainerExpertIds: body.trainerExpertIds,
        audienceDepartmentIds: body.audienceDepartmentIds,
        ...(body.credits !== undefined && { credits: { category: body.credits.category, points: body.credits.points } }),
        plannedBy: user.userId,
        now,
      });
      const planned = events.find((event) => event.type === 'TrainingSessionPlanned');
      if (!planned) return [];
      const slot = { start: planned.data.start, end: planned.data.end };
      const booking = { bookingId: trainingSessionId, activity: 'training' as const, slot, bookedBy: user.userId, now };
      await bookExperts(unitOfWork, booking, planned.data.trainerExpertIds);
      return slotWarnings(unitOfWork, slot, [...trainerHospitalIds, partnership.state.receivingHospitalId]);
    });
    return { id: trainingSessionId, position: outcome.position.toString(), warnings: outcome.result };
  }
}
