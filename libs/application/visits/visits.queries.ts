import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { NotFound } from '@telemed/domain/core';
import { VISIT_KINDS, type VisitKind } from '@telemed/domain/visit';
import type { AuthenticatedUser } from '@telemed/auth';
import type { ReadModelStore } from '@telemed/projections';
import { READ_MODELS } from '../infrastructure/tokens';
import { IsCalendarDate, IsId } from '../requests/dto';
import { ReadQueryDto } from '../reading/read-query.dto';
import { IsCursor } from '../reading/cursor';
import { readKeysetPage } from '../reading/keyset-page';
import { ledgerListConditions } from '../reading/ledger-list-conditions';
import { scopeOf } from '../access/policy';
import { withinScope } from '../access/scope';

type Row = Record<string, any>;

export function visitView(row: Row) {
  return {
    id: row.id,
    kind: row.kind as VisitKind,
    partnershipId: row.partnership_id,
    givingHospitalId: row.giving_hospital_id,
    receivingHospitalId: row.receiving_hospital_id,
    expertIds: JSON.parse(row.expert_ids) as string[],
    start: row.start_date,
    end: row.end_date,
    place: row.place ?? undefined,
    outcomes: {
      clinicsHeld: Number(row.clinics_held),
      patientsSeen: Number(row.patients_seen),
      operationsGuided: Number(row.operations_guided),
      lectures: Number(row.lectures),
    },
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
    position: String(row.last_position),
  };
}

export class GetVisit {
  constructor(
    readonly visitId: string,
    readonly user: AuthenticatedUser,
  ) {}
}

@QueryHandler(GetVisit)
export class GetVisitHandler implements IQueryHandler<GetVisit> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ visitId, user }: GetVisit) {
    const row = await this.db.get<Row>('SELECT * FROM visits WHERE id = ?', [visitId]);
    const hospitalIds = row ? [row.giving_hospital_id, row.receiving_hospital_id] : [];
    // A visit outside the caller's scope answers as if it did not exist.
    if (!row || !withinScope(scopeOf('visit.read', user.role), user, { hospitalIds })) throw new NotFound('visit', visitId);
    return visitView(row);
  }
}

export class ListVisitsDto extends ReadQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsId()
  partnershipId?: string;

  @ApiPropertyOptional({ enum: VISIT_KINDS })
  @IsOptional()
  @IsIn(VISIT_KINDS)
  kind?: VisitKind;

  @ApiPropertyOptional({ example: '2026-01-01', description: 'visits ending on or after this day' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'visits starting on or before this day' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

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

export class ListVisits {
  constructor(
    readonly filter: ListVisitsDto,
    readonly user: AuthenticatedUser,
  ) {}
}

/** Visits by first day, latest first, paged by keyset; clinicians and experts see their own hospital's. */
@QueryHandler(ListVisits)
export class ListVisitsHandler implements IQueryHandler<ListVisits> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ filter, user }: ListVisits) {
    const { where, params } = ledgerListConditions('visit.read', user, [
      ['partnership_id = ?', filter.partnershipId],
      ['kind = ?', filter.kind],
      ['end_date >= ?', filter.from],
      ['start_date <= ?', filter.to],
    ]);
    const { rows, nextCursor } = await readKeysetPage<Row>(this.db, {
      select: 'SELECT * FROM visits',
      where,
      params,
      sortColumn: 'start_date',
      idColumn: 'id',
      sortKeyOf: (row) => row.start_date,
      idOf: (row) => row.id,
      direction: 'descending',
      cursor: filter.cursor,
      limit: filter.limit ?? 50,
    });
    return {
      items: rows.map(visitView),
      nextCursor,
    };
  }
}
