import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { NotFound } from '@telemed/domain/core';
import { TRAINING_STATUSES, type TrainingStatus } from '@telemed/domain/training';
import type { ReadModelStore, SqlValue } from '@telemed/projections';
import { READ_MODELS } from '../infrastructure/tokens';
import { IsId } from '../requests/dto';
import { ReadQueryDto } from '../reading/read-query.dto';
import { Cursor, decodeCursor, encodeCursor, IsCursor } from '../reading/cursor';

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

export class ListTrainingSessionsDto extends ReadQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsId()
  partnershipId?: string;

  @ApiPropertyOptional({ enum: TRAINING_STATUSES })
  @IsOptional()
  @IsIn(TRAINING_STATUSES)
  status?: TrainingStatus;

  @ApiPropertyOptional({ description: 'opaque cursor from the previous page' })
  @IsOptional()
  @IsCursor()
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
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
    const cursor: Cursor | undefined = filter.cursor ? decodeCursor(filter.cursor) : undefined;
    if (cursor) {
      where.push('(slot_start < ? OR (slot_start = ? AND id < ?))');
      params.push(cursor.at, cursor.at, cursor.id);
    }
    const limit = filter.limit ?? 50;
    const rows = await this.db.all<Row>(
      `SELECT * FROM training_sessions ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY slot_start DESC, id DESC LIMIT ?`,
      [...params, limit + 1],
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(trainingSessionView),
      nextCursor: rows.length > limit && last ? encodeCursor({ at: last.slot_start, id: last.id }) : null,
    };
  }
}
