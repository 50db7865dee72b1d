import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { NotFound } from '@telemed/domain/core';
import { TRAINING_STATUSES, type TrainingStatus } from '@telemed/domain/training';
import type { ReadModelStore, SqlValue } from '@telemed/projections';
import { READ_MODELS } from '../infrastructure/tokens';
import { IsId } from '../requests/dto';
import { readNewestFirst } from '../reading/keyset-page';
import { PageQueryDto } from '../reading/page-query.dto';

type Row = Record<string, any>;


export function trainingSessionView(row: Row) {
  const personTimes = Number(row.person_times);
  return {
    id: row.id,
    status: row.status as TrainingStatus,
    partnershipId: row.partnership_id,
    pairingId: row.pairing_id,
    givingHospitalId: row.giving_hospital_id,
    receivingHospitalId: row.receiving_hospital_id,
    title: row.title,
    format: row.format,
    slot: { start: row.slot_start, end: row.slot_end },
    trainerExpertIds: JSON.parse(row.trainer_expert_ids) as string[],
    audienceDepartmentIds: JSON.parse(row.audience_department_ids) as string[],
    ...(row.credit_category ? { credits: { category: row.credit_category as 'I' | 'II', points: Number(row.credit_points) } } : {}),
    plannedBy: row.planned_by,
    plannedAt: row.planned_at,
    rescheduleCount: Number(row.reschedule_count),
    heldAt: row.held_at,
    /** Distinct people recorded as attending; one person counts once per session. */
    attendeeCount: personTimes,
    personTimes,
    cancelledAt: row.cancelled_at,
    cancelReason: row.cancel_reason,
    updatedAt: row.updated_at,
    position: String(row.last_position),
  };
}

export class GetTrainingSession {
  constructor(readonly trainingSessionId: string) {}
}

@QueryHandler(GetTrainingSession)
export class GetTrainingSessionHandler implements IQueryHandler<GetTrainingSession> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ trainingSessionId }: GetTrainingSession) {
    const row = await this.db.get<Row>('SELECT * FROM training_sessions WHERE id = ?', [trainingSessionId]);
    if (!row) throw new NotFound('training session', trainingSessionId);
    return trainingSessionView(row);
  }
}

export class ListTrainingSessionsDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsId()
  partnershipId?: string;

  @ApiPropertyOptional({ enum: TRAINING_STATUSES })
  @IsOptional()
  @IsIn(TRAINING_STATUSES)
  status?: TrainingStatus;
}

export class ListTrainingSessions {
  constructor(readonly filter: ListTrainingSessionsDto) {}
}

/** Sessions latest first by their start, paged by keyset. */
@QueryHandler(ListTrainingSessions)
export class ListTrainingSessionsHandler implements IQueryHandler<ListTrainingSessions> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ filter }: ListTrainingSessions) {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (filter.partnershipId) {
      where.push('partnership_id = ?');
      params.push(filter.partnershipId);
    }
    if (filter.status) {
      where.push('status = ?');
      params.push(filter.status);
    }
    const { rows: page, nextCursor } = await readNewestFirst<Row>(this.db, 'training_sessions', 'slot_start', { where, params }, filter);
    return {
      items: page.map(trainingSessionView),
      nextCursor,
    };
  }
}
